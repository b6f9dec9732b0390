// Central-side transactions the tests hold open or interleave on purpose: a transaction kept open
// until the test commits it, a row lock held while pushes queue behind it, and transaction ids
// used up so that two transactions' ids differ in their number of digits.
import type { Querier } from '../../../src/central/db'
import type { Cursor } from '../../../src/main/sync/protocol'
import type { TestCentral } from './harness'

/**
 * Uses up transaction ids (subtransactions that write) until the next one has more digits than
 * `xid`: xid8 compares as a number, its text form does not ('10000' < '9999'). Skipped on a
 * long-lived server whose next power of ten is too far away.
 */
export async function burnXidsPastDigits(central: TestCentral, xid: string): Promise<void> {
  const next = 10n ** BigInt(xid.length)
  const current = BigInt((await central.db.transaction((q) => q.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x')))[0]!.x)
  const n = next - current
  if (n <= 0n || n > 200_000n) return
  await central.db.query(
    `DO $$ BEGIN
       CREATE TEMP TABLE xid_burn (i int) ON COMMIT DROP;
       FOR i IN 1..${n.toString()} LOOP
         BEGIN INSERT INTO xid_burn VALUES (i); EXCEPTION WHEN others THEN NULL; END;
       END LOOP;
     END $$`
  )
}

/**
 * Runs `write` in a transaction that stays open until commit(); position is where its first
 * change sits in central's change log (its xid, and the seq of that change).
 */
export async function openTransaction(central: TestCentral, write: (q: Querier) => Promise<string>): Promise<{ position: Cursor; commit(): Promise<void> }> {
  let commit!: () => void
  const committed = new Promise<void>((r) => (commit = r))
  let written!: (position: Cursor) => void
  const position = new Promise<Cursor>((r) => (written = r))
  const tx = central.db.transaction(async (q) => {
    const x = await write(q)
    const s = (await q.query<{ s: string }>('SELECT min(seq)::text AS s FROM change_log WHERE xid = pg_current_xact_id()'))[0]!.s
    written({ x, s: Number(s) })
    await committed
  })
  const at = await Promise.race([position, tx.then(() => Promise.reject(new Error('the transaction ended before writing')))])
  return {
    position: at,
    async commit() {
      commit()
      await tx
    }
  }
}

/** A transaction holding a violation's row lock until released (PostgreSQL only). */
export async function holdRowLock(central: TestCentral, violationId: string): Promise<{ release(): Promise<void> }> {
  let release!: () => void
  const released = new Promise<void>((r) => (release = r))
  let locked!: () => void
  const lockTaken = new Promise<void>((r) => (locked = r))
  const tx = central.db.transaction(async (q) => {
    await q.query('SELECT id FROM violations WHERE id = $1 FOR UPDATE', [violationId])
    locked()
    await released
  })
  await Promise.race([lockTaken, tx])
  return {
    async release() {
      release()
      await tx
    }
  }
}

/** Waits until `n` sessions of this database wait on a lock (the pushes queued behind the gate). */
export async function waitForLockWaiters(central: TestCentral, n: number): Promise<void> {
  const until = Date.now() + 15_000
  for (;;) {
    const rows = await central.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    if (rows[0]!.n >= n) return
    if (Date.now() > until) throw new Error(`only ${rows[0]!.n} of ${n} pushes reached the locked row`)
    await new Promise((r) => setTimeout(r, 10))
  }
}
