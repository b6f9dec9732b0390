// The tables the workstation mirrors from central, and how their rows travel. Rows are plain
// objects keyed by the database column names (the same on SQLite and PostgreSQL); booleans travel
// as JSON booleans and are 0/1 in SQLite. Operators, the audit trail, the outbox and the review
// list are the workstation's own and never travel as rows.
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import * as schema from '../store/schema'
import type { WireRow } from './protocol'

export type ColumnKind = 'text' | 'integer' | 'boolean'

export interface SyncedTable {
  name: string
  columns: { name: string; kind: ColumnKind; notNull: boolean }[]
}

// Parents before children: bootstrap and checksums walk them in this order.
const SOURCES: SQLiteTable[] = [
  schema.people,
  schema.units,
  schema.drivers,
  schema.vehicles,
  schema.accounts,
  schema.bindings,
  schema.violations,
  schema.decisions,
  schema.payments,
  schema.disputes,
  schema.serviceRecords
]

function describe(table: SQLiteTable): SyncedTable {
  const config = getTableConfig(table)
  return {
    name: config.name,
    columns: config.columns.map((c) => ({
      name: c.name,
      kind: c.columnType === 'SQLiteBoolean' ? 'boolean' : c.columnType === 'SQLiteInteger' ? 'integer' : 'text',
      notNull: c.notNull
    }))
  }
}

export const SYNCED_TABLES: readonly SyncedTable[] = SOURCES.map(describe)
const BY_NAME = new Map(SYNCED_TABLES.map((t) => [t.name, t]))

export function syncedTable(name: string): SyncedTable | undefined {
  return BY_NAME.get(name)
}

export type SqliteValue = string | number | null

/** A wire row into SQLite parameters; throws on an unknown column or a value of the wrong kind. */
export function toSqliteRow(table: SyncedTable, row: WireRow): Record<string, SqliteValue> {
  const out: Record<string, SqliteValue> = {}
  for (const column of table.columns) {
    const value = row[column.name]
    if (value === undefined || value === null) {
      if (column.notNull) throw new RowShapeError(table.name, column.name, 'missing')
      out[column.name] = null
    } else if (column.kind === 'boolean') {
      if (typeof value !== 'boolean') throw new RowShapeError(table.name, column.name, 'not a boolean')
      out[column.name] = value ? 1 : 0
    } else if (column.kind === 'integer') {
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new RowShapeError(table.name, column.name, 'not an integer')
      out[column.name] = value
    } else {
      if (typeof value !== 'string') throw new RowShapeError(table.name, column.name, 'not text')
      out[column.name] = value
    }
  }
  for (const key of Object.keys(row)) {
    if (!table.columns.some((c) => c.name === key)) throw new RowShapeError(table.name, key, 'unknown column')
  }
  return out
}

/** A SQLite row back into its wire form. */
export function fromSqliteRow(table: SyncedTable, row: Record<string, unknown>): WireRow {
  const out: WireRow = {}
  for (const column of table.columns) {
    const value = row[column.name]
    if (value === null || value === undefined) out[column.name] = null
    else if (column.kind === 'boolean') out[column.name] = value === 1 || value === true
    else out[column.name] = value as string | number
  }
  return out
}

export class RowShapeError extends Error {
  constructor(
    readonly table: string,
    readonly column: string,
    readonly problem: string
  ) {
    super(`row of ${table}: column ${column} ${problem}`)
    this.name = 'RowShapeError'
  }
}
