// Opens the workstation's SQLite file: WAL, FULL durability (every commit that carries an outbox
// command must survive a power cut), foreign keys on, migrations applied.
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema'
import { applyMigrations } from './migrate'
import { findMigrationsDir } from './migrations-dir'

export type Schema = typeof schema
export type Db = BetterSQLite3Database<Schema>

/** About 40 MB of WAL before a commit would checkpoint by itself. */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000

export interface Store {
  sqlite: Database.Database
  db: Db
  close(): void
}

export interface OpenStoreOptions {
  /** Path to the SQLite file; ':memory:' only in unit tests that need no file. */
  file: string
  migrationsFolder?: string
}

export function openStore(options: OpenStoreOptions): Store {
  const sqlite = new Database(options.file)
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    // The clerk's commit never pays for a checkpoint: the core checkpoints between actions
    // (app-core, every few seconds). The high limit only bounds the WAL if that ever stops
    // (docs/BENCHMARKS.md, clerk actions: the automatic checkpoint was the whole p99 tail).
    sqlite.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`)
    const db = drizzle(sqlite, { schema })
    applyMigrations(sqlite, db as BetterSQLite3Database<Record<string, unknown>>, options.migrationsFolder ?? findMigrationsDir())
    return { sqlite, db, close: () => sqlite.close() }
  } catch (error) {
    sqlite.close()
    throw error
  }
}
