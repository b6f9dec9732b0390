// Pull and bootstrap (sync-protocol.md §4, §5). A pull returns changes after the cursor in commit
// order: commit_log numbers every transaction that wrote the change log at its commit, under one
// lock (migration 0002), so a number is visible only once every smaller one has committed, and
// a transaction that committed late can never be skipped, nor an older copy of a row delivered
// after a newer one. Pages end on transaction boundaries, so a workstation never holds half of a
// central transaction.
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
  /** commit_log.seq of the writing transaction. */
  commit: string
  seq: string
  op: 'upsert' | 'delete' | 'command'
  table_name: string | null
  row_id: string | null
  body: unknown
}

function toChange(r: LogRow): Change {
  if (r.op === 'upsert') return { op: 'upsert', table: r.table_name!, row: r.body as Record<string, string | number | boolean | null> }
  if (r.op === 'delete') return { op: 'delete', table: r.table_name!, id: r.row_id! }
  const b = r.body as { workstationId: string; seq: number; status: 'applied' | 'rejected'; code: string | null; message: string | null }
  return { op: 'command', id: r.row_id!, workstationId: b.workstationId, seq: b.seq, status: b.status, code: b.code, message: b.message }
}

/** The newest commit visible in this snapshot (0 when none). */
async function lastCommit(q: Querier): Promise<bigint> {
  const rows = await q.query<{ n: string }>('SELECT coalesce(max(seq), 0)::text AS n FROM commit_log')
  return BigInt(rows[0]!.n)
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
      const newest = await lastCommit(q)
      // A cursor beyond anything this database committed comes from another database (a restore).
      if (BigInt(args.from.x) > newest + 1n) throw new CursorUnknownError('ahead')
      const select = `SELECT c.seq::text AS commit, l.seq::text AS seq, l.op, l.table_name, l.row_id, l.body
                      FROM commit_log c JOIN change_log l ON l.xid = c.xid`
      // `c.seq >= $1` follows from the row comparison; stated on its own it lets the planner start at
      // the cursor in commit_log's key instead of hash-joining the whole change log (with 5M logged
      // changes an empty pull took 2.1 s; docs/BENCHMARKS.md, sync).
      const rows = await q.query<LogRow>(`${select} WHERE (c.seq, l.seq) > ($1::bigint, $2::bigint) AND c.seq >= $1::bigint ORDER BY c.seq, l.seq LIMIT $3`, [
        args.from.x,
        args.from.s,
        limit + 1
      ])
      let hasMore = rows.length > limit
      const page = rows.slice(0, limit)
      const last = page[page.length - 1]
      if (hasMore && last !== undefined && rows[limit]!.commit === last.commit) {
        // Finish the transaction the page ended inside.
        page.push(...(await q.query<LogRow>(`${select} WHERE c.seq = $1::bigint AND l.seq > $2::bigint ORDER BY l.seq`, [last.commit, last.seq])))
        const tail = page[page.length - 1]!
        hasMore = BigInt(tail.commit) < newest
      }
      const end = page[page.length - 1]
      const to: Cursor = end === undefined ? args.from : { x: end.commit, s: Number(end.seq) }
      if (compareCursor(to, args.from) < 0) throw new Error('cursor moved backwards')
      const processed = await q.query<{ n: string }>('SELECT coalesce(max(seq), 0)::text AS n FROM commands WHERE workstation_id = $1', [
        args.workstationId
      ])
      const changes = page.map(toChange)
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
 * Where a new workstation starts: just after the newest commit in this snapshot, so every
 * transaction in the tables it will page through is behind the cursor and every later one is
 * pulled after (a change already seen in a page is re-applied harmlessly: rows are whole).
 */
export async function bootstrapStart(db: CentralDb, timeZone: string, now: () => Date): Promise<BootstrapStart> {
  return db.transaction(
    async (q) => {
      const newest = await lastCommit(q)
      const tables: { table: string; rows: number }[] = []
      for (const t of SYNCED_TABLES) {
        // Estimates are enough for a progress bar and free on a large table.
        const n = await q.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${t.name}"`)
        tables.push({ table: t.name, rows: Number(n[0]!.n) })
      }
      return { cursor: { x: String(newest + 1n), s: 0 }, tables, serverTime: toZonedIso(now(), timeZone), epoch: await epoch(q) }
    },
    { isolation: 'repeatable read', readOnly: true }
  )
}

export async function bootstrapPage(db: CentralDb, tableName: string, after: string, limit: number): Promise<BootstrapPage | null> {
  const table = syncedTable(tableName)
  if (table === undefined) return null
  const columns = table.columns.map((c) => c.name)
  // `done` must compare with the limit actually used: a larger request is served 20,000 rows a page.
  const size = Number.isSafeInteger(limit) ? Math.max(1, Math.min(limit, 20_000)) : 5000
  const rows = await db.query(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table.name}" WHERE id > $1 ORDER BY id LIMIT $2`, [after, size])
  const arrays = rows.map((r) => {
    const w = toWire(table, r)
    return columns.map((c) => w[c] ?? null)
  })
  const last = rows.length > 0 ? String(rows[rows.length - 1]!.id) : null
  return { table: table.name, after, columns, rows: arrays, last, done: rows.length < size, count: arrays.length }
}

export function newEpoch(): string {
  return randomUUID()
}
