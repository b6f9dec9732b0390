// Generic row access on the workstation's synced tables, for commands and sync ingest. Every
// write on behalf of a pending action first saves the confirmed version of the row in
// sync_shadow (once), so rewind() can put central's data back exactly.
import type Database from 'better-sqlite3'
import type { RowQuery, RowWrite } from '../commands'
import type { WireRow } from './protocol'
import { RowShapeError, fromSqliteRow, syncedTable, toSqliteRow, type SqliteValue, type SyncedTable } from './tables'

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`

function tableOf(name: string): SyncedTable {
  const table = syncedTable(name)
  if (table === undefined) throw new Error(`not a synced table: ${name}`)
  return table
}

/** Prepared statements per connection and table, built on first use. */
export class LocalRows {
  private readonly cache = new Map<string, Database.Statement>()

  constructor(readonly sqlite: Database.Database) {}

  private stmt(key: string, sql: () => string): Database.Statement {
    let s = this.cache.get(key)
    if (s === undefined) {
      s = this.sqlite.prepare(sql())
      this.cache.set(key, s)
    }
    return s
  }

  load(query: RowQuery): WireRow[] {
    const table = tableOf(query.table)
    if (!table.columns.some((c) => c.name === query.column)) throw new Error(`no column ${query.column} in ${table.name}`)
    const rows = this.stmt(`sel|${table.name}|${query.column}`, () => `SELECT * FROM ${quote(table.name)} WHERE ${quote(query.column)} = ? ORDER BY id`).all(
      query.value
    ) as Record<string, unknown>[]
    return rows.map((r) => fromSqliteRow(table, r))
  }

  upsert(tableName: string, row: WireRow): void {
    const table = tableOf(tableName)
    const names = table.columns.map((c) => c.name)
    this.stmt(`ups|${table.name}`, () => {
      const updates = names.filter((n) => n !== 'id').map((n) => `${quote(n)} = excluded.${quote(n)}`)
      return `INSERT INTO ${quote(table.name)} (${names.map(quote).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})
              ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`
    }).run(toSqliteRow(table, row))
  }

  /**
   * Upserts a bootstrap page: rows as arrays in the page's column order. The same checks as
   * toSqliteRow on the row `upsert` would get from Object.fromEntries(columns ↦ values), in the
   * same order and with the same errors, but bound by position: no object per row, no name lookups
   * (bulk ingest of millions of rows spends its time here).
   */
  upsertMany(tableName: string, columns: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): void {
    if (rows.length === 0) return
    const table = tableOf(tableName)
    // Where each table column sits in the page: the last occurrence wins, as in Object.fromEntries.
    const at = table.columns.map((c) => columns.lastIndexOf(c.name))
    // toSqliteRow refuses the first key of the row object the table lacks, after checking the values.
    const unknown = Object.keys(Object.fromEntries(columns.map((c) => [c, null]))).find((key) => !table.columns.some((c) => c.name === key))
    const stmt = this.stmt(`upsp|${table.name}`, () => {
      const names = table.columns.map((c) => c.name)
      const updates = names.filter((n) => n !== 'id').map((n) => `${quote(n)} = excluded.${quote(n)}`)
      return `INSERT INTO ${quote(table.name)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})
              ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`
    })
    const params: SqliteValue[] = new Array<SqliteValue>(table.columns.length)
    for (const values of rows) {
      for (let k = 0; k < table.columns.length; k++) {
        const column = table.columns[k]!
        const i = at[k]!
        const value = i < 0 ? null : (values[i] ?? null)
        if (value === null) {
          if (column.notNull) throw new RowShapeError(table.name, column.name, 'missing')
          params[k] = null
        } else if (column.kind === 'boolean') {
          if (typeof value !== 'boolean') throw new RowShapeError(table.name, column.name, 'not a boolean')
          params[k] = value ? 1 : 0
        } else if (column.kind === 'integer') {
          if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new RowShapeError(table.name, column.name, 'not an integer')
          params[k] = value
        } else {
          if (typeof value !== 'string') throw new RowShapeError(table.name, column.name, 'not text')
          params[k] = value
        }
      }
      if (unknown !== undefined) throw new RowShapeError(table.name, unknown, 'unknown column')
      stmt.run(params)
    }
  }

  delete(tableName: string, id: string): void {
    const table = tableOf(tableName)
    this.stmt(`del|${table.name}`, () => `DELETE FROM ${quote(table.name)} WHERE id = ?`).run(id)
  }

  /** Saves the confirmed version of a row before a pending action first changes it. */
  private shadow(tableName: string, id: string): void {
    const current = this.load({ table: tableName, column: 'id', value: id })[0]
    this.stmt('shadow', () => 'INSERT OR IGNORE INTO sync_shadow (table_name, row_id, row_json) VALUES (?, ?, ?)').run(
      tableName,
      id,
      current === undefined ? null : JSON.stringify(current)
    )
  }

  /** Writes a pending action's effect, shadowing each row it touches. */
  applyPending(writes: RowWrite[]): void {
    for (const w of writes) {
      const id = w.op === 'delete' ? w.id : String(w.row.id)
      this.shadow(w.table, id)
      if (w.op === 'delete') this.delete(w.table, id)
      else this.upsert(w.table, w.row)
    }
  }

  hasShadows(): boolean {
    return this.stmt('anyShadow', () => 'SELECT 1 FROM sync_shadow LIMIT 1').get() !== undefined
  }

  /** Puts central's confirmed rows back where pending actions changed them, and forgets the shadows. */
  rewind(): number {
    const shadows = this.stmt('allShadows', () => 'SELECT table_name, row_id, row_json FROM sync_shadow').all() as {
      table_name: string
      row_id: string
      row_json: string | null
    }[]
    // Deletions first: a pending row removed frees its unique keys for the confirmed rows coming back.
    shadows.sort((a, b) => Number(a.row_json !== null) - Number(b.row_json !== null))
    for (const s of shadows) {
      if (s.row_json === null) this.delete(s.table_name, s.row_id)
      else this.upsert(s.table_name, JSON.parse(s.row_json) as WireRow)
    }
    this.stmt('clearShadows', () => 'DELETE FROM sync_shadow').run()
    return shadows.length
  }
}
