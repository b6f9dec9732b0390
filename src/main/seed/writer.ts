// Bulk insertion: one prepared statement per table, positional parameters (the cheapest binding in
// better-sqlite3), explicit transactions of `batchRows` rows, and bulk-load pragmas that are
// always put back (`restore`), even when generation throws.
import type Database from 'better-sqlite3'

export const TABLES = [
  'people',
  'drivers',
  'units',
  'vehicles',
  'bindings',
  'accounts',
  'violations',
  'decisions',
  'payments'
] as const

export type TableName = (typeof TABLES)[number]
export type TableCounts = Record<TableName, number>

const COLUMNS: Record<TableName, readonly string[]> = {
  people: ['id', 'id_type', 'id_number', 'name', 'gender', 'birth_date', 'address', 'phone', 'updated_at'],
  drivers: ['id', 'person_id', 'file_no', 'classes', 'status', 'first_issue_date', 'valid_until', 'cycle_points', 'full_score_count', 'issuing_organ', 'phone', 'updated_at'],
  units: ['id', 'credit_code', 'name', 'manager_person_id', 'manager_phone', 'address', 'updated_at'],
  vehicles: ['id', 'plate', 'plate_type', 'use_code', 'model', 'vehicle_kind', 'status', 'owner_type', 'owner_person_id', 'owner_unit_id', 'phone', 'registered_at', 'updated_at'],
  bindings: ['id', 'person_id', 'vehicle_id', 'status', 'consent', 'bound_at', 'unbound_at', 'channel'],
  accounts: ['id', 'kind', 'person_id', 'unit_id', 'phone', 'channel', 'status', 'registered_at', 'registered_by'],
  violations: ['id', 'record_no', 'source', 'vehicle_id', 'plate', 'plate_type', 'driver_person_id', 'code', 'behaviour', 'penalty', 'fine_fen', 'points', 'status', 'occurred_at', 'place', 'region_code', 'discovering_organ', 'on_internet', 'updated_at'],
  decisions: ['id', 'decision_no', 'provisional', 'violation_id', 'person_id', 'fine_fen', 'points', 'decided_at', 'due_date', 'organ', 'operator_id'],
  payments: ['id', 'decision_id', 'fine_fen', 'late_fee_fen', 'receipt_no', 'channel', 'paid_at', 'operator_id']
}

export type SqlValue = string | number | null

interface SavedPragmas {
  synchronous: number
  foreignKeys: number
  cacheSize: number
  journalMode: string
}

export class BulkWriter {
  readonly counts: TableCounts
  private readonly statements: Record<TableName, Database.Statement>
  private inTransaction = false
  private rowsInTransaction = 0
  private saved: SavedPragmas | undefined

  constructor(
    private readonly sqlite: Database.Database,
    private readonly batchRows = 50_000
  ) {
    this.counts = Object.fromEntries(TABLES.map((t) => [t, 0])) as TableCounts
    this.statements = Object.fromEntries(
      TABLES.map((table) => {
        const columns = COLUMNS[table]
        const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
        return [table, sqlite.prepare(sql)]
      })
    ) as Record<TableName, Database.Statement>
  }

  /**
   * Bulk-load settings: no fsync per commit and no foreign-key lookups (rows reference each
   * other across batches by construction; tests run `PRAGMA foreign_key_check` on seeded data),
   * a large page cache for the index B-trees. The journal stays WAL: switching it needs exclusive
   * access, and journal_mode=MEMORY or rarer checkpoints measured within 6% (the time goes to
   * maintaining the schema's 20 secondary indexes). A crash mid-load can lose the data being
   * generated, which is all the load writes.
   */
  beginBulk(): void {
    this.saved = {
      synchronous: this.sqlite.pragma('synchronous', { simple: true }) as number,
      foreignKeys: this.sqlite.pragma('foreign_keys', { simple: true }) as number,
      cacheSize: this.sqlite.pragma('cache_size', { simple: true }) as number,
      journalMode: this.sqlite.pragma('journal_mode', { simple: true }) as string
    }
    this.sqlite.pragma('synchronous = OFF')
    this.sqlite.pragma('foreign_keys = OFF')
    this.sqlite.pragma('cache_size = -1048576') // 1 GiB, allocated only as used
  }

  insert(table: TableName, ...values: SqlValue[]): void {
    if (!this.inTransaction) {
      this.sqlite.exec('BEGIN')
      this.inTransaction = true
    }
    this.statements[table].run(...values)
    this.counts[table]++
    this.rowsInTransaction++
  }

  /** Commits when the batch is full; returns whether it did. Call between whole people. */
  maybeCommit(): boolean {
    if (this.rowsInTransaction < this.batchRows) return false
    this.commit()
    return true
  }

  commit(): void {
    if (!this.inTransaction) return
    this.sqlite.exec('COMMIT')
    this.inTransaction = false
    this.rowsInTransaction = 0
  }

  /** Rolls back an open batch (after an error) and puts the pragmas back as they were. */
  restore(failed: boolean): void {
    if (this.inTransaction) {
      this.sqlite.exec(failed ? 'ROLLBACK' : 'COMMIT')
      this.inTransaction = false
    }
    const saved = this.saved
    if (saved === undefined) return
    this.saved = undefined
    this.sqlite.pragma(`cache_size = ${saved.cacheSize}`)
    this.sqlite.pragma(`foreign_keys = ${saved.foreignKeys}`)
    this.sqlite.pragma(`synchronous = ${saved.synchronous}`)
    if (saved.journalMode === 'wal') this.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  }
}
