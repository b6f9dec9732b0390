// Loading central's data set: the deterministic generator writes a scratch SQLite file (the only
// writer it has), then the synced tables are copied into PostgreSQL in batches. Used for the
// demo central of `npm start`, tests and benchmarks; refuses a central that already has people.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openStore } from '../main/store/db'
import { seedDatabase, type SeedExample } from '../main/seed'
import { SYNCED_TABLES, fromSqliteRow } from '../main/sync/tables'
import type { CentralDb } from './db'
import { insertRowsBulk } from './rows'

export interface LoadOptions {
  seed: number
  people: number
  violationsPerPerson?: number
  now: Date
  timeZone: string
  batch?: number
  onProgress?: (table: string, rows: number) => void
}

export interface LoadSummary {
  rows: Record<string, number>
  examples: SeedExample[]
}

export async function loadDemoData(db: CentralDb, options: LoadOptions): Promise<LoadSummary> {
  const existing = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM people')
  if (existing[0]!.n !== '0') throw new Error(`central already holds ${existing[0]!.n} people; data can only be loaded into an empty central`)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counterdesk-central-load-'))
  const store = openStore({ file: path.join(dir, 'scratch.sqlite') })
  try {
    const summary = seedDatabase(store.sqlite, {
      seed: options.seed,
      people: options.people,
      violationsPerPerson: options.violationsPerPerson,
      now: options.now,
      timeZone: options.timeZone
    })
    const rows: Record<string, number> = {}
    const batch = options.batch ?? 5000
    for (const table of SYNCED_TABLES) {
      const select = store.sqlite.prepare(`SELECT * FROM "${table.name}" ORDER BY id`)
      let pending = []
      let count = 0
      for (const raw of select.iterate() as Iterable<Record<string, unknown>>) {
        pending.push(fromSqliteRow(table, raw))
        if (pending.length >= batch) {
          const chunk = pending
          pending = []
          await db.transaction((q) => insertRowsBulk(q, table.name, chunk))
          count += chunk.length
          options.onProgress?.(table.name, count)
        }
      }
      if (pending.length > 0) {
        const chunk = pending
        await db.transaction((q) => insertRowsBulk(q, table.name, chunk))
        count += chunk.length
      }
      rows[table.name] = count
    }
    return { rows, examples: summary.examples }
  } finally {
    store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
