import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TABLES } from '.'
import { seededStore, type SeededStore } from './seed.test-support'

/** SHA-256 of every row of a table, in insert order. */
function tableChecksum(sqlite: Database.Database, table: string): string {
  const hash = createHash('sha256')
  for (const row of sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().iterate()) {
    hash.update(JSON.stringify(row))
    hash.update('\n')
  }
  return hash.digest('hex')
}

function checksums(s: SeededStore): Record<string, string> {
  return Object.fromEntries(TABLES.map((t) => [t, tableChecksum(s.store.sqlite, t)]))
}

describe('seedDatabase determinism', () => {
  const runs: SeededStore[] = []
  beforeAll(() => {
    runs.push(seededStore({ seed: 42, people: 1500 }))
    runs.push(seededStore({ seed: 42, people: 1500 }))
    runs.push(seededStore({ seed: 43, people: 1500 }))
  })
  afterAll(() => runs.forEach((r) => r.dispose()))

  it('gives byte-identical tables, ids included, for the same seed and options', () => {
    const [a, b] = runs as [SeededStore, SeededStore]
    expect(checksums(a)).toEqual(checksums(b))
    expect(a.summary).toEqual(b.summary)
  })

  it('gives different data for a different seed, in every table', () => {
    const [a, , c] = runs as [SeededStore, SeededStore, SeededStore]
    const ca = checksums(a)
    const cc = checksums(c)
    for (const table of TABLES) expect(cc[table], table).not.toBe(ca[table])
    const ids = (s: SeededStore) => s.store.sqlite.prepare('SELECT id_number FROM people ORDER BY rowid LIMIT 50').pluck().all()
    expect(ids(c)).not.toEqual(ids(a))
  })

  it('makes UUID-shaped ids that sort in insert order', () => {
    const sqlite = (runs[0] as SeededStore).store.sqlite
    for (const table of TABLES) {
      const ids = sqlite.prepare(`SELECT id FROM ${table} ORDER BY rowid`).pluck().all() as string[]
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      const sorted = [...ids].sort()
      // People, vehicles and violations are written in id order; the few tables written
      // out of order (accounts of units) still have unique ids.
      if (['people', 'vehicles', 'violations', 'decisions', 'payments', 'drivers'].includes(table)) expect(ids).toEqual(sorted)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('is stable by prefix: the first people of a larger data set are the same people', () => {
    const small = seededStore({ seed: 42, people: 300 })
    try {
      const cols = 'id, id_number, name, gender, birth_date, address, phone'
      const first = (s: SeededStore) => s.store.sqlite.prepare(`SELECT ${cols} FROM people ORDER BY rowid LIMIT 300`).raw().all()
      expect(first(small)).toEqual(first(runs[0] as SeededStore))
    } finally {
      small.dispose()
    }
  })
})
