// The sync engine's own connection to the workstation database. Foreign keys are off on it: the
// cache mirrors central, which enforces integrity, and synced rows name operators of other
// workstations that have no local row. Durability as on the main connection, except for bootstrap
// ingest (NORMAL: a lost tail of pages after a power cut is simply fetched again).
import Database from 'better-sqlite3'

export function openSyncConnection(file: string, durability: 'FULL' | 'NORMAL' = 'FULL'): Database.Database {
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma(`synchronous = ${durability}`)
  sqlite.pragma('foreign_keys = OFF')
  sqlite.pragma('busy_timeout = 10000')
  return sqlite
}
