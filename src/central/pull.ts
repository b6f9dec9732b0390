// Pull and bootstrap (sync-protocol.md §4, §5). A pull returns changes after the cursor in
// (xid, seq) order, limited to transactions below the snapshot's xmin: every transaction with a
// smaller id has ended, so a transaction that committed late is still ahead of the cursor and
// can never be skipped. Pages end on transaction boundaries, so a workstation never holds half
// of a central transaction.
import { randomUUID } from 'node:crypto'
import type { BootstrapPage, BootstrapStart, Change, Cursor, PullResponse } from '../main/sync/protocol'
import { compareCursor, MAX_PULL_PAGE } from '../main/sync/protocol'
import { SYNCED_TABLES, syncedTable } from '../main/sync/tables'
import { toZonedIso } from '../main/platform/zoned-time'
import type { CentralDb, Querier, Row } from './db'
import { toWire } from './rows'

export class CursorUnknownError extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'CursorUnknownError'
  }
}

interface LogRow extends Row {
  seq: string
  xid: string
  op: 'upsert' | 'delete' | 'command'
  table_name: string | null
  row_id: string | null
  body: unknown
}

type CurrentRows = Map<string, Record<string, string | number | boolean | null>>

/**
 * A logged row change is delivered as the row's CURRENT state in the pull's snapshot (or a delete
 * when the row is gone), not as the copy logged with it. Transaction ids order changes safely for
 * completeness, but not for conflicting writes: T1 (lower id) may write a row after T2 (higher id)
 * wrote and committed it, so replaying logged copies in id order would end on T2's older copy.
 * Reading the current row makes every delivery move the row forward; the last entry for a row
 * always delivers its latest committed state.
 */
function toChange(r: LogRow, current: CurrentRows): Change {
  if (r.op === 'command') {
    const b = r.body as { workstationId: string; seq: number; status: 'applied' | 'rejected'; code: string | null; message: string | null }
    return { op: 'command', id: r.row_id!, workstationId: b.workstationId, seq: b.seq, status: b.status, code: b.code, message: b.message }
  }
  const row = current.get(`${r.table_name!}|${r.row_id!}`)
  return row === undefined ? { op: 'delete', table: r.table_name!, id: r.row_id! } : { op: 'upsert', table: r.table_name!, row }
}

async function currentRows(q: Querier, page: LogRow[]): Promise<CurrentRows> {
  const ids = new Map<string, Set<string>>()
  for (const r of page) {
    if (r.op === 'command' || r.table_name === null || r.row_id === null) continue
    let set = ids.get(r.table_name)
    if (set === undefined) ids.set(r.table_name, (set = new Set()))
    set.add(r.row_id)
  }
  const out: CurrentRows = new Map()
  for (const [name, set] of ids) {
    const table = syncedTable(name)
    if (table === undefined) throw new Error(`change log names an unknown table: ${name}`)
    const rows = await q.query(`SELECT ${table.columns.map((c) => `"${c.name}"`).join(', ')} FROM "${table.name}" WHERE id = ANY($1::text[])`, [[...set]])
    for (const row of rows) out.set(`${name}|${String(row.id)}`, toWire(table, row))
  }
  return out
}

async function horizon(q: Querier): Promise<{ xmin: string; xmax: string }> {
  const rows = await q.query<{ xmin: string; xmax: string }>(
    'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_snapshot_xmax(pg_current_snapshot())::text AS xmax'
  )
  return rows[0]!
}

export async function epoch(db: Querier): Promise<string> {
  const rows = await db.query<{ epoch: string }>('SELECT epoch::text AS epoch FROM central_meta WHERE id = 1')
  if (rows[0] === undefined) throw new Error('central is not initialised (central_meta is empty)')
  return rows[0].epoch
}

export async function pull(
  db: CentralDb,
  args: { workstationId: string; epoch: string; from: Cursor; limit: number; timeZone: string; now: () => Date }
): Promise<PullResponse> {
  const limit = Math.max(1, Math.min(args.limit, MAX_PULL_PAGE))
  return db.transaction(
    async (q) => {
      if ((await epoch(q)) !== args.epoch) throw new CursorUnknownError('epoch')
      const { xmin, xmax } = await horizon(q)
      if (BigInt(args.from.x) > BigInt(xmax)) throw new CursorUnknownError('ahead')
      // ORDER BY names the table's columns: a bare `xid, seq` would mean the text aliases of the
      // select list and sort '1000' before '999', delivering out of order and skipping changes.
      const rows = await q.query<LogRow>(
        `SELECT l.seq::text AS seq, l.xid::text AS xid, l.op, l.table_name, l.row_id, l.body FROM change_log l
         WHERE (l.xid, l.seq) > ($1::xid8, $2::bigint) AND l.xid < $3::xid8
         ORDER BY l.xid, l.seq LIMIT $4`,
        [args.from.x, args.from.s, xmin, limit + 1]
      )
      let hasMore = rows.length > limit
      const page = rows.slice(0, limit)
      const last = page[page.length - 1]
      if (hasMore && last !== undefined && rows[limit]!.xid === last.xid) {
        // Finish the transaction the page ended inside.
        const rest = await q.query<LogRow>(
          `SELECT l.seq::text AS seq, l.xid::text AS xid, l.op, l.table_name, l.row_id, l.body FROM change_log l
           WHERE l.xid = $1::xid8 AND l.seq > $2::bigint ORDER BY l.seq`,
          [last.xid, last.seq]
        )
        page.push(...rest)
        const tail = page[page.length - 1]!
        const after = await q.query<{ n: string }>(
          'SELECT count(*)::text AS n FROM (SELECT 1 FROM change_log WHERE (xid, seq) > ($1::xid8, $2::bigint) AND xid < $3::xid8 LIMIT 1) s',
          [tail.xid, tail.seq, xmin]
        )
        hasMore = after[0]!.n !== '0'
      }
      const end = page[page.length - 1]
      const to: Cursor = end === undefined ? args.from : { x: end.xid, s: Number(end.seq) }
      if (compareCursor(to, args.from) < 0) throw new Error('cursor moved backwards')
      const processed = await q.query<{ n: string }>(
        'SELECT coalesce(max(seq), 0)::text AS n FROM commands WHERE workstation_id = $1 AND xid < $2::xid8',
        [args.workstationId, xmin]
      )
      const current = await currentRows(q, page)
      const changes = page.map((r) => toChange(r, current))
      return {
        from: args.from,
        to,
        changes,
        hasMore,
        serverTime: toZonedIso(args.now(), args.timeZone),
        lastProcessedSeq: Number(processed[0]!.n),
        count: changes.length
      }
    },
    { isolation: 'repeatable read', readOnly: true }
  )
}

/**
 * Where a new workstation starts: the cursor is the snapshot's xmin, so every transaction that had
 * ended is in the tables it will page through, and every later one is pulled after (replaying a
 * change already seen in a page is harmless: rows are whole).
 */
export async function bootstrapStart(db: CentralDb, timeZone: string, now: () => Date): Promise<BootstrapStart> {
  return db.transaction(
    async (q) => {
      const { xmin } = await horizon(q)
      const tables: { table: string; rows: number }[] = []
      for (const t of SYNCED_TABLES) {
        // Estimates are enough for a progress bar and free on a large table.
        const n = await q.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${t.name}"`)
        tables.push({ table: t.name, rows: Number(n[0]!.n) })
      }
      return { cursor: { x: xmin, s: 0 }, tables, serverTime: toZonedIso(now(), timeZone), epoch: await epoch(q) }
    },
    { isolation: 'repeatable read', readOnly: true }
  )
}

export async function bootstrapPage(db: CentralDb, tableName: string, after: string, limit: number): Promise<BootstrapPage | null> {
  const table = syncedTable(tableName)
  if (table === undefined) return null
  const columns = table.columns.map((c) => c.name)
  const rows = await db.query(
    `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table.name}" WHERE id > $1 ORDER BY id LIMIT $2`,
    [after, Math.max(1, Math.min(limit, 20_000))]
  )
  const arrays = rows.map((r) => {
    const w = toWire(table, r)
    return columns.map((c) => w[c] ?? null)
  })
  const last = rows.length > 0 ? String(rows[rows.length - 1]!.id) : null
  return { table: table.name, after, columns, rows: arrays, last, done: rows.length < limit, count: arrays.length }
}

export function newEpoch(): string {
  return randomUUID()
}
