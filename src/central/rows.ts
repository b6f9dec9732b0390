// Generic row access on central's mirrored tables, for the commands' reads and writes. Table and
// column names come only from SYNCED_TABLES (never from a request), values are parameters.
import { SYNCED_TABLES, syncedTable, type SyncedTable } from '../main/sync/tables'
import type { WireRow } from '../main/sync/protocol'
import type { RowQuery, RowWrite } from '../main/commands'
import type { Querier, Row } from './db'

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`

function tableOf(name: string): SyncedTable {
  const table = syncedTable(name)
  if (table === undefined) throw new Error(`not a synced table: ${name}`)
  return table
}

export function toWire(table: SyncedTable, row: Row): WireRow {
  const out: WireRow = {}
  for (const c of table.columns) {
    const v = row[c.name]
    out[c.name] = v === undefined || v === null ? null : c.kind === 'integer' ? Number(v) : (v as string | boolean)
  }
  return out
}

const selectCache = new Map<string, string>()
function selectList(table: SyncedTable): string {
  let list = selectCache.get(table.name)
  if (list === undefined) {
    list = table.columns.map((c) => quote(c.name)).join(', ')
    selectCache.set(table.name, list)
  }
  return list
}

/** Rows matching a command's query; `lock` takes row locks so concurrent commands serialise. */
export async function loadRows(q: Querier, query: RowQuery, lock: boolean): Promise<WireRow[]> {
  const table = tableOf(query.table)
  if (!table.columns.some((c) => c.name === query.column)) throw new Error(`no column ${query.column} in ${table.name}`)
  const rows = await q.query(
    `SELECT ${selectList(table)} FROM ${quote(table.name)} WHERE ${quote(query.column)} = $1 ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
    [query.value]
  )
  return rows.map((r) => toWire(table, r))
}

/** Writes rows and appends each change to the change log, in the caller's transaction. */
export async function writeRows(q: Querier, writes: RowWrite[]): Promise<void> {
  for (const w of writes) {
    const table = tableOf(w.table)
    if (w.op === 'delete') {
      await q.query(`DELETE FROM ${quote(table.name)} WHERE id = $1`, [w.id])
      await q.query(`INSERT INTO change_log (op, table_name, row_id, body) VALUES ('delete', $1, $2, NULL)`, [table.name, w.id])
      continue
    }
    const names = table.columns.map((c) => c.name)
    const values = names.map((n) => w.row[n] ?? null)
    const placeholders = names.map((_, i) => `$${i + 1}`).join(', ')
    const updates = names.filter((n) => n !== 'id').map((n) => `${quote(n)} = EXCLUDED.${quote(n)}`).join(', ')
    await q.query(
      `INSERT INTO ${quote(table.name)} (${names.map(quote).join(', ')}) VALUES (${placeholders}) ON CONFLICT (id) DO UPDATE SET ${updates}`,
      values
    )
    const row = toWire(table, Object.fromEntries(names.map((n, i) => [n, values[i]])))
    await q.query(`INSERT INTO change_log (op, table_name, row_id, body) VALUES ('upsert', $1, $2, $3)`, [table.name, String(row.id), JSON.stringify(row)])
  }
}

/**
 * Bulk insert for loading central's initial data set, before any workstation is enrolled: no
 * change-log entries (a workstation's bootstrap reads the tables themselves).
 */
export async function insertRowsBulk(q: Querier, tableName: string, rows: WireRow[]): Promise<void> {
  if (rows.length === 0) return
  const table = tableOf(tableName)
  const names = table.columns.map((c) => c.name)
  // One statement per batch, values as one JSON array: far fewer round trips than row by row.
  const typed = table.columns.map((c) => `${quote(c.name)} ${c.kind === 'boolean' ? 'boolean' : c.kind === 'integer' ? 'integer' : 'text'}`).join(', ')
  await q.query(
    `INSERT INTO ${quote(table.name)} (${names.map(quote).join(', ')})
     SELECT ${names.map(quote).join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${typed})`,
    [JSON.stringify(rows)]
  )
}

export { SYNCED_TABLES }
