// Test-only helpers: a seeded database in its own temporary folder, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openStore, type Store } from '../store/db'
import { seedDatabase, type SeedSummary } from '.'
import type { SeedOptions } from './model'

/** "Now" of the generated test data: 2026-11-21 14:46:35.123 in Shanghai. */
export const TEST_NOW = new Date('2026-11-21T06:46:35.123Z')
export const TEST_TODAY = '2026-11-21'

export interface SeededStore {
  store: Store
  summary: SeedSummary
  dispose(): void
}

export function tempStore(): { store: Store; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'counterdesk-seed-'))
  const store = openStore({ file: path.join(dir, 'db.sqlite') })
  return {
    store,
    dispose: () => {
      store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export function seededStore(options: Partial<SeedOptions> & { people: number }): SeededStore {
  const { store, dispose } = tempStore()
  try {
    const summary = seedDatabase(store.sqlite, { seed: 1, now: TEST_NOW, ...options })
    return { store, summary, dispose }
  } catch (error) {
    dispose()
    throw error
  }
}
