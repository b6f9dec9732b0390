// Applies the committed migrations, after checking that what the database already applied is a
// prefix of what this build ships. A database that ran a migration this build does not know
// (a newer app, or a hand-edited history) is refused instead of being silently "upgraded".
import type Database from 'better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { DomainError } from '../../shared/contract/result'

const MIGRATIONS_TABLE = '__drizzle_migrations'

interface AppliedRow {
  hash: string
  created_at: number
}

export function checkMigrationHistory(sqlite: Database.Database, migrationsFolder: string): void {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE)
  if (!table) return
  const applied = sqlite
    .prepare(`SELECT hash, created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at, id`)
    .all() as AppliedRow[]
  const shipped = readMigrationFiles({ migrationsFolder })
  if (applied.length > shipped.length) {
    throw new DomainError(
      'DB_NEWER_THAN_APP',
      `数据库已应用 ${applied.length} 个结构版本，本程序只认识 ${shipped.length} 个：请升级程序后再打开此数据库。`
    )
  }
  applied.forEach((row, i) => {
    const expected = shipped[i]
    if (!expected || expected.hash !== row.hash || expected.folderMillis !== Number(row.created_at)) {
      throw new DomainError(
        'DB_MIGRATION_DIVERGED',
        `数据库的第 ${i + 1} 个结构版本与本程序不一致，已拒绝打开，以免损坏数据。请联系信息技术人员。`
      )
    }
  })
}

export function applyMigrations(
  sqlite: Database.Database,
  db: BetterSQLite3Database<Record<string, unknown>>,
  migrationsFolder: string
): void {
  checkMigrationHistory(sqlite, migrationsFolder)
  migrate(db, { migrationsFolder })
}
