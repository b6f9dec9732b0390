// What every process-fault test asserts once the faults are over: nothing lost, nothing doubled.
// Central holds one row per command id, one decision per violation and one payment per receipt
// number; each action a clerk saw saved ends applied or visibly rejected, on both sides alike; the
// workstation's audit chain is intact and pairs one to one with its outbox.
import Database from 'better-sqlite3'
import { expect } from 'vitest'
import type { CentralDb } from '../../../src/central/db'
import { verifyAuditChain } from '../../../src/main/audit/verify'
import type { SyncList, SyncStatusDto } from '../../../src/shared/contract'
import type { TestWorkstation } from './harness'

/** A small seeded PRNG (mulberry32), so a failing run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** Reads the workstation's file on a connection of its own, as `counterdesk audit verify` does. */
export function readLocal<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

/** The outbox's sequence is gap-free and the next number is the one after the last. */
export function expectGapFreeOutbox(file: string): number {
  return readLocal(file, (db) => {
    const seqs = db.prepare('SELECT seq FROM outbox ORDER BY seq').pluck().all() as number[]
    expect(seqs).toEqual(seqs.map((_, i) => i + 1))
    const next = db.prepare("SELECT value FROM sync_state WHERE key = 'outbox.nextSeq'").pluck().get() as string | undefined
    expect(Number(next ?? '1')).toBe(seqs.length + 1)
    return seqs.length
  })
}

/** Central's own uniqueness: ids, sequences, decisions per violation, receipts, violations processed. */
export async function expectCentralUnique(db: CentralDb): Promise<void> {
  const twice = (sql: string): Promise<unknown[]> => db.query(sql)
  expect(await twice('SELECT id FROM commands GROUP BY id HAVING count(*) > 1')).toEqual([])
  expect(await twice('SELECT workstation_id, seq FROM commands GROUP BY workstation_id, seq HAVING count(*) > 1')).toEqual([])
  expect(await twice('SELECT violation_id FROM decisions GROUP BY violation_id HAVING count(*) > 1')).toEqual([])
  expect(await twice('SELECT receipt_no FROM payments GROUP BY receipt_no HAVING count(*) > 1')).toEqual([])
  expect(await twice('SELECT decision_id FROM payments GROUP BY decision_id HAVING count(*) > 1')).toEqual([])
  // The same violation applied by two commands (from any channel) would be a double effect even
  // if the second decision had replaced the first.
  expect(
    await twice(
      `SELECT payload->'data'->>'violationId' AS violation FROM commands
       WHERE type = 'violation.process' AND status = 'applied'
       GROUP BY 1 HAVING count(*) > 1`
    )
  ).toEqual([])
}

export interface CentralCommand extends Record<string, unknown> {
  id: string
  workstation_id: string
  seq: string
  status: 'applied' | 'rejected'
  code: string | null
  message: string | null
  client_time: string
  effective_time: string
  received_ms: number
}

export async function centralCommands(db: CentralDb, ids: string[]): Promise<Map<string, CentralCommand[]>> {
  const rows = await db.query<CentralCommand>(
    `SELECT id::text AS id, workstation_id::text AS workstation_id, seq::text AS seq, status, code, message, client_time, effective_time,
            (extract(epoch FROM received_at) * 1000)::float8 AS received_ms
     FROM commands WHERE id::text = ANY($1::text[])`,
    [ids]
  )
  const out = new Map<string, CentralCommand[]>(ids.map((id) => [id, []]))
  for (const r of rows) out.get(r.id)!.push({ ...r, received_ms: Number(r.received_ms) })
  return out
}

/**
 * Syncs until nothing is pending or waiting for its confirmed rows. Faults may still fail a
 * cycle now and then; a drain that cannot finish within the deadline fails the test.
 */
export async function drain(ws: TestWorkstation, deadlineMs = 20_000): Promise<SyncStatusDto> {
  const until = Date.now() + deadlineMs
  let last: unknown = null
  for (;;) {
    try {
      await ws.core.sync.syncNow()
      const status = await ws.call<SyncStatusDto>('sync:status')
      if (status.pending === 0 && status.awaitingPull === 0) return status
    } catch (error) {
      last = error
    }
    if (Date.now() > until) throw new Error(`drain did not finish: ${last instanceof Error ? last.message : String(last)}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

export interface OutboxRow {
  id: string
  seq: number
  type: string
  status: 'pending' | 'applied' | 'rejected'
  settled: number
  result_code: string | null
  result_message: string | null
  payload: string
}

export function readOutbox(databaseFile: string): OutboxRow[] {
  return readLocal(databaseFile, (db) => db.prepare('SELECT id, seq, type, status, settled, result_code, result_message, payload FROM outbox ORDER BY seq').all() as OutboxRow[])
}

/**
 * Each saved action is, on the workstation, applied or rejected (a rejection with its reason in
 * the 需处理 list), and central holds exactly one row for it with the same outcome.
 */
export async function expectSettledOnce(ws: TestWorkstation, db: CentralDb, commandIds: string[]): Promise<{ applied: number; rejected: number }> {
  const local = new Map(readOutbox(ws.databaseFile).map((r) => [r.id, r]))
  const central = await centralCommands(db, commandIds)
  const list = await ws.call<SyncList>('sync:list')
  const listed = new Map(list.rejected.map((r) => [r.id, r]))
  const counts = { applied: 0, rejected: 0 }
  for (const id of commandIds) {
    const mine = local.get(id)
    expect(mine, `command ${id} saved on screen is missing from the outbox`).toBeDefined()
    const theirs = central.get(id)!
    expect(theirs, `central holds ${theirs.length} rows for command ${id}`).toHaveLength(1)
    expect(mine!.status, `command ${id}: workstation and central disagree`).toBe(theirs[0]!.status)
    counts[mine!.status === 'applied' ? 'applied' : 'rejected'] += 1
    if (mine!.status === 'rejected') {
      const item = listed.get(id)
      expect(item, `rejected command ${id} is not in the 需处理 list`).toBeDefined()
      expect(item!.reasonCode).toBeTruthy()
      expect(item!.reasonMessage).toMatch(/\p{Script=Han}/u)
    }
  }
  return counts
}

/**
 * `counterdesk audit verify` on the file, plus the pairing the write path promises: each command
 * action's audit entry has exactly one outbox command anchored to it, and each outbox command
 * names an entry of its own action.
 */
export function expectAuditPairsOutbox(databaseFile: string, commandActions: Record<string, string> = { 'violation.process': 'violation.process' }): void {
  readLocal(databaseFile, (sqlite) => {
    const verdict = verifyAuditChain(sqlite)
    expect(verdict, JSON.stringify(verdict)).toMatchObject({ ok: true })
    const entries = sqlite.prepare('SELECT seq, action, hash FROM audit_log ORDER BY seq').all() as { seq: number; action: string; hash: string }[]
    const bySeq = new Map(entries.map((e) => [e.seq, e]))
    const anchored = new Map<number, number>()
    for (const row of sqlite.prepare('SELECT type, payload FROM outbox').all() as { type: string; payload: string }[]) {
      const audit = (JSON.parse(row.payload) as { audit: { seq: number; hash: string } }).audit
      const entry = bySeq.get(audit.seq)
      expect(entry, `outbox ${row.type} names audit entry ${audit.seq}, which does not exist`).toBeDefined()
      expect(entry!.hash).toBe(audit.hash)
      expect(entry!.action).toBe(commandActions[row.type] ?? row.type)
      anchored.set(audit.seq, (anchored.get(audit.seq) ?? 0) + 1)
    }
    const actions = new Set(Object.values(commandActions))
    for (const e of entries) {
      if (!actions.has(e.action)) continue
      expect(anchored.get(e.seq) ?? 0, `audit entry ${e.seq} (${e.action}) has ${anchored.get(e.seq) ?? 0} outbox commands`).toBe(1)
    }
  })
}

/** Violations central holds as unprocessed, each with a different driver far from 12 points. */
export async function freshTargets(db: CentralDb, limit: number, options: { occurredBeforeDays?: number } = {}): Promise<{ violationId: string; personId: string }[]> {
  const rows = await db.query<{ id: string; person_id: string }>(
    `SELECT DISTINCT ON (d.person_id) v.id, d.person_id FROM violations v
       JOIN vehicles ve ON ve.id = v.vehicle_id
       JOIN drivers d ON d.person_id = ve.owner_person_id
     WHERE v.status = 'unprocessed' AND v.penalty IS NOT NULL AND d.status = 'A' AND d.cycle_points + v.points < 12
       AND v.occurred_at < to_char(now() - make_interval(days => $2::int), 'YYYY-MM-DD')
       AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.violation_id = v.id)
       AND NOT EXISTS (SELECT 1 FROM disputes x WHERE x.violation_id = v.id)
     ORDER BY d.person_id, v.id LIMIT $1`,
    [limit, options.occurredBeforeDays ?? 0]
  )
  return rows.map((r) => ({ violationId: r.id, personId: r.person_id }))
}

/** Two unprocessed violations with points, of one driver far from 12, for races on the driver's row. */
export async function driverWithTwoViolations(db: CentralDb): Promise<{ personId: string; violationIds: [string, string] } | null> {
  const rows = await db.query<{ person_id: string; ids: string[] }>(
    `SELECT d.person_id, (array_agg(v.id ORDER BY v.id))[1:2] AS ids FROM violations v
       JOIN vehicles ve ON ve.id = v.vehicle_id
       JOIN drivers d ON d.person_id = ve.owner_person_id
     WHERE v.status = 'unprocessed' AND v.penalty IS NOT NULL AND v.points > 0 AND d.status = 'A'
       AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.violation_id = v.id)
       AND NOT EXISTS (SELECT 1 FROM disputes x WHERE x.violation_id = v.id)
     GROUP BY d.person_id, d.cycle_points
     HAVING count(*) >= 2 AND d.cycle_points + sum(v.points) < 12
     ORDER BY d.person_id LIMIT 1`
  )
  const r = rows[0]
  return r === undefined ? null : { personId: r.person_id, violationIds: [r.ids[0]!, r.ids[1]!] }
}
