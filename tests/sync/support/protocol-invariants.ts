// What every sync fault test proves once the network is healed: nothing lost (each action saved on
// screen ends applied or visibly rejected, in the outbox and in what the clerk sees), nothing
// doubled (central holds at most one effect per command id and per payment reference, applied in
// the workstation's sequence order), and the workstation's cache equal to central's, table by table.
import Database from 'better-sqlite3'
import { expect } from 'vitest'
import type { CentralDb } from '../../../src/central/db'
import type { Cursor } from '../../../src/main/sync/protocol'
import type { ProcessResult, SyncList, SyncStatusDto } from '../../../src/shared/contract'
import { centralChecksums, processableViolations, workstationChecksums, type TestWorkstation } from './harness'

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

function readOnly<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

export function readOutbox(file: string): OutboxRow[] {
  return readOnly(file, (db) => db.prepare('SELECT id, seq, type, status, settled, result_code, result_message, payload FROM outbox ORDER BY seq').all() as OutboxRow[])
}

export function readCursor(file: string): Cursor | null {
  return readOnly(file, (db) => {
    const v = db.prepare("SELECT value FROM sync_state WHERE key = 'sync.cursor'").pluck().get() as string | undefined
    return v === undefined ? null : (JSON.parse(v) as Cursor)
  })
}

export function openConflictTasks(file: string): string[] {
  return readOnly(file, (db) => db.prepare("SELECT subject_id FROM review_tasks WHERE kind = 'sync_conflict' AND status = 'open' ORDER BY subject_id").pluck().all() as string[])
}

/** Violations central holds as processable, at most one per driver (one action must not change another's facts). */
export async function targets(db: CentralDb, n: number): Promise<{ violationId: string; personId: string }[]> {
  const seen = new Set<string>()
  const out: { violationId: string; personId: string }[] = []
  for (const t of await processableViolations(db, 1000)) {
    if (seen.has(t.personId)) continue
    seen.add(t.personId)
    out.push({ violationId: t.violationId, personId: t.personId })
    if (out.length === n) return out
  }
  throw new Error(`only ${out.length} processable violations with distinct drivers left, ${n} needed`)
}

/** The clerk processes each target at the window; returns the outbox command ids saved on screen. */
export async function processAll(ws: TestWorkstation, picks: { violationId: string; personId: string }[]): Promise<string[]> {
  const ids: string[] = []
  for (const t of picks) {
    const r = await ws.call<ProcessResult>('violation:process', { violationId: t.violationId, personId: t.personId, confirmed: ['WILL_REACH_12'] })
    ids.push(r.commandId)
  }
  return ids
}

export interface CentralCommand {
  id: string
  seq: number
  type: string
  status: 'applied' | 'rejected'
  code: string | null
}

export async function centralCommandsOf(db: CentralDb, workstationId: string): Promise<CentralCommand[]> {
  const rows = await db.query<{ id: string; seq: string; type: string; status: 'applied' | 'rejected'; code: string | null }>(
    // Qualified: a bare ORDER BY seq would sort by the text alias.
    'SELECT c.id::text AS id, c.seq::text AS seq, c.type, c.status, c.code FROM commands c WHERE c.workstation_id = $1 ORDER BY c.seq',
    [workstationId]
  )
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }))
}

/** Central holds at most one effect per command id and per payment reference, over all its clients. */
export async function expectAtMostOnceAtCentral(db: CentralDb): Promise<void> {
  const none = async (sql: string): Promise<void> => expect(await db.query(sql), sql).toEqual([])
  await none('SELECT violation_id FROM decisions GROUP BY violation_id HAVING count(*) > 1')
  await none('SELECT decision_id FROM payments GROUP BY decision_id HAVING count(*) > 1')
  await none('SELECT receipt_no FROM payments GROUP BY receipt_no HAVING count(*) > 1')
  await none('SELECT workstation_id, seq FROM commands GROUP BY workstation_id, seq HAVING count(*) > 1')
  // Each settlement and each created decision or payment is written to the change log once.
  await none("SELECT row_id FROM change_log WHERE op = 'command' GROUP BY row_id HAVING count(*) > 1")
  await none("SELECT table_name, row_id FROM change_log WHERE op = 'upsert' AND table_name IN ('decisions', 'payments') GROUP BY table_name, row_id HAVING count(*) > 1")
  // An applied command left exactly its effect; a rejected one left none.
  await none(`SELECT c.id FROM commands c WHERE c.type = 'violation.process' AND (c.status = 'applied') <> EXISTS (SELECT 1 FROM decisions d WHERE d.id = c.payload->'data'->>'decisionId')`)
  await none(`SELECT c.id FROM commands c WHERE c.type = 'payment.record' AND (c.status = 'applied') <> EXISTS (SELECT 1 FROM payments p WHERE p.id = c.payload->'data'->>'paymentId')`)
}

export async function expectCachesEqual(ws: TestWorkstation, db: CentralDb): Promise<void> {
  expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(db))
}

/**
 * Every action saved on screen is answered: applied, or rejected and on the 需处理 list with
 * central's Chinese reason; central processed the workstation's commands once each, as 1..n in
 * order; the clerk's status and lists say the same as the outbox. Returns the outbox.
 */
export async function expectAllAnswered(ws: TestWorkstation, db: CentralDb, saved: string[]): Promise<OutboxRow[]> {
  const workstationId = ws.core.sync.store.enrolment()!.workstationId
  const outbox = readOutbox(ws.databaseFile)
  const byId = new Map(outbox.map((o) => [o.id, o]))
  for (const id of saved) expect(byId.get(id), `saved action ${id} is in the outbox`).toBeDefined()
  expect(outbox.filter((o) => o.status === 'pending').map((o) => o.seq)).toEqual([])
  expect(outbox.map((o) => o.seq)).toEqual(outbox.map((_, i) => i + 1))

  const commands = await centralCommandsOf(db, workstationId)
  expect(commands.map((c) => c.seq)).toEqual(outbox.map((o) => o.seq))
  expect(commands.map((c) => [c.id, c.status])).toEqual(outbox.map((o) => [o.id, o.status]))
  // Settled in the order the clerks saved them: the change log's settlements of this workstation.
  const settled = await db.query<{ seq: string }>(
    "SELECT l.body->>'seq' AS seq FROM change_log l WHERE l.op = 'command' AND l.body->>'workstationId' = $1 ORDER BY l.xid, l.seq",
    [workstationId]
  )
  expect(settled.map((s) => Number(s.seq))).toEqual(outbox.map((o) => o.seq))

  const rejected = outbox.filter((o) => o.status === 'rejected')
  const status = await ws.call<SyncStatusDto>('sync:status')
  expect(status).toMatchObject({ pending: 0, awaitingPull: 0, rejectedOpen: rejected.length })
  const list = await ws.call<SyncList>('sync:list')
  expect(list.pending).toEqual([])
  expect(list.rejected.map((r) => r.id).sort()).toEqual(rejected.map((r) => r.id).sort())
  for (const r of list.rejected) expect(r.reasonMessage ?? '').toMatch(/\p{Script=Han}/u)
  expect(openConflictTasks(ws.databaseFile)).toEqual(rejected.map((r) => r.id).sort())
  const applied = outbox.filter((o) => o.status === 'applied' && o.type !== 'audit.personViewed')
  if (applied.length <= 50) expect(list.recent.map((r) => r.id).sort()).toEqual(applied.map((o) => o.id).sort())
  await expectAtMostOnceAtCentral(db)
  return outbox
}
