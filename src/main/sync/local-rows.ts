// Generic row access on the workstation's synced tables, for commands and sync ingest. Every
// write on behalf of a pending action first saves the confirmed version of the row in
// sync_shadow (once), so rewind() can put central's data back exactly.
import type Database from 'better-sqlite3'
import type { RowQuery, RowWrite } from '../commands'
import type { WireRow } from './protocol'
import { fromSqliteRow, syncedTable, toSqliteRow, type SyncedTable } from './tables'

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
