// Pull delivers central's change log in (xid, seq) order, numerically, even where the numbers gain
// a digit (…999 → 1000): text order would put '1000' before '999', applying a transaction's writes
// out of order and moving the cursor past changes never delivered. Positions are pushed to such a
// boundary on purpose (the change log's sequence set forward, transaction ids spent).
import { randomUUID } from 'node:crypto'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CentralDb } from '../../src/central/db'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { startTestCentral, startWorkstation, type TestCentral, type TestWorkstation } from './support/harness'
import { cameraRecords, enrolChannel, processData } from './support/protocol-channels'
import { expectCachesEqual, targets } from './support/protocol-invariants'

/** Rows of the workstation's database, read on a connection of their own. */
function workstationRows(ws: TestWorkstation, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  const db = new Database(ws.databaseFile, { readonly: true })
  try {
    return db.prepare(sql).all(...params) as Record<string, unknown>[]
  } finally {
    db.close()
  }
}

const nextPowerOfTen = (n: bigint): bigint => {
  let p = 10n
  while (p <= n) p *= 10n
  return p
}

/**
 * Another window processes a record and takes its fine in one push: one central transaction of
 * nine changes (the record written twice: processed, then paid; a history row for each business)
 * numbered boundary-3 … boundary+5.
 */
async function processAndPayAcrossSequenceBoundary(central: TestCentral): Promise<{ violationId: string; decisionId: string }> {
  const [target] = await targets(central.db, 1)
  const [violation] = await central.db.query<{ fine_fen: number }>('SELECT fine_fen::int AS fine_fen FROM violations WHERE id = $1', [target!.violationId])
  const [{ max }] = (await central.db.query<{ max: string }>('SELECT coalesce(max(seq), 0)::text AS max FROM change_log')) as [{ max: string }]
  const boundary = Number(nextPowerOfTen(BigInt(max) + 10n))
  await central.db.query("SELECT setval(pg_get_serial_sequence('change_log', 'seq'), $1)", [boundary - 4])
  const other = await enrolChannel(central, 'window')
  const process = processData(target!)
  const pay = { paymentId: randomUUID(), decisionId: process.decisionId, receiptNo: `WIN${randomUUID().slice(0, 8)}`, fineFen: violation!.fine_fen, lateFeeFen: 0, channel: 'window' }
  const answer = await other.push([other.command('violation.process', process), other.command('payment.record', pay)])
  expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied'])
  const seqs = await central.db.query<{ seq: string }>('SELECT l.seq::text AS seq FROM change_log l WHERE l.seq > $1 ORDER BY l.seq', [boundary - 4])
  expect(seqs.map((x) => Number(x.seq))).toEqual([-3, -2, -1, 0, 1, 2, 3, 4, 5].map((d) => boundary + d))
  return { violationId: target!.violationId, decisionId: process.decisionId }
}

/** Makes central's next transaction id fall `margin` below a power of ten, spending ids in subtransactions. */
async function spendTransactionIdsBelowPowerOfTen(db: CentralDb, margin: number): Promise<string> {
  const [{ next }] = (await db.query<{ next: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next')) as [{ next: string }]
  const boundary = nextPowerOfTen(BigInt(next) + BigInt(margin) + 5n)
  const spend = Number(boundary - BigInt(next)) - margin
  await db.transaction(async (q) => {
    await q.query('CREATE TEMP TABLE xid_spend (i int) ON COMMIT DROP')
    // Each write inside an exception block is a subtransaction and takes a transaction id.
    await q.query(`DO $$ BEGIN FOR i IN 1..${spend} LOOP BEGIN INSERT INTO xid_spend VALUES (i); EXCEPTION WHEN others THEN NULL; END; END LOOP; END $$`)
  })
  return boundary.toString()
}

describe.each(CENTRAL_DB_KINDS)('pull order across digit boundaries, central on %s', (kind) => {
  let central: TestCentral

  beforeAll(async () => {
    central = await startTestCentral(kind)
  }, 120_000)
  afterAll(async () => {
    await central?.close()
  })

  it('the changes of one transaction arrive in sequence order: the last write to a row wins', async () => {
    const ws = await startWorkstation(central.url, await central.issueCode())
    try {
      await ws.core.sync.syncNow()
      const { violationId } = await processAndPayAcrossSequenceBoundary(central)
      await ws.core.sync.syncNow()
      expect(workstationRows(ws, 'SELECT status FROM violations WHERE id = ?', violationId)).toEqual([{ status: 'paid' }])
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })

  it('a page that ends inside such a transaction skips none of its changes', async () => {
    const ws = await startWorkstation(central.url, await central.issueCode(), { engine: { pullLimit: 3 } })
    try {
      await ws.core.sync.syncNow()
      const { violationId, decisionId } = await processAndPayAcrossSequenceBoundary(central)
      await ws.core.sync.syncNow()
      expect(workstationRows(ws, 'SELECT id FROM decisions WHERE id = ?', decisionId)).toEqual([{ id: decisionId }])
      expect(workstationRows(ws, 'SELECT status FROM violations WHERE id = ?', violationId)).toEqual([{ status: 'paid' }])
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })
})

// Transaction ids belong to the whole PostgreSQL server, which the entire test run shares: reaching
// its next power of ten could cost millions of ids. An in-process PGlite starts near 1000.
describe('pull order across a transaction id digit boundary, central on pglite', () => {
  let central: TestCentral

  beforeAll(async () => {
    central = await startTestCentral('pglite')
  }, 120_000)
  afterAll(async () => {
    await central?.close()
  })

  it('transactions on both sides of …999 → 1000 are all delivered, across small pages', async () => {
    const ws = await startWorkstation(central.url, await central.issueCode(), { engine: { pullLimit: 3 } })
    try {
      await ws.core.sync.syncNow()
      const intake = await enrolChannel(central, 'intake')
      const boundary = await spendTransactionIdsBelowPowerOfTen(central.db, 9)
      // Camera records, one central transaction each, on both sides of the boundary.
      const records = await cameraRecords(central.db, 8)
      await intake.sendEach('camera.record', records)
      const ids = records.map((r) => r.id)
      const sides = await central.db.query<{ below: boolean }>(
        "SELECT (l.xid < $2::xid8) AS below FROM change_log l WHERE l.op = 'upsert' AND l.table_name = 'violations' AND l.row_id = ANY($1::text[])",
        [ids, boundary]
      )
      expect(new Set(sides.map((s) => s.below))).toEqual(new Set([true, false]))

      await ws.core.sync.syncNow()
      const local = workstationRows(ws, 'SELECT id FROM violations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id', JSON.stringify(ids))
      expect(local.map((r) => r.id)).toEqual([...ids].sort())
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })
})
