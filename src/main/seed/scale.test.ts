// A quick scale smoke: 50k people stream through in one call with progress reports. Timing is
// printed, not asserted (the machine is shared); the 1M figure is measured by hand (see report).
import { describe, expect, it } from 'vitest'
import { seedDatabase, type SeedProgress } from '.'
import { tempStore, TEST_NOW } from './seed.test-support'

describe('seedDatabase at scale', () => {
  it('seeds 50,000 people with progress reports and reports rows/s', () => {
    const { store, dispose } = tempStore()
    try {
      const progress: SeedProgress[] = []
      const started = performance.now()
      const summary = seedDatabase(store.sqlite, { seed: 5, people: 50_000, now: TEST_NOW, onProgress: (p) => progress.push(p) })
      const seconds = (performance.now() - started) / 1000
      console.log(`seeded ${summary.totalRows} rows (${JSON.stringify(summary.counts)}) in ${seconds.toFixed(1)} s: ${Math.round(summary.totalRows / seconds)} rows/s`)
      expect(summary.counts.people).toBe(50_000)
      expect(summary.counts.violations).toBeGreaterThan(150_000)
      const people = progress.filter((p) => p.table === 'people')
      expect(people.length).toBeGreaterThan(3)
      expect(people.every((p) => p.total === 50_000)).toBe(true)
      expect(people.map((p) => p.done)).toEqual([...people.map((p) => p.done)].sort((a, b) => a - b))
      expect(people.at(-1)?.done).toBe(50_000)
      // The last report of every table is exact.
      const last = new Map(progress.map((p) => [p.table, p]))
      for (const [table, p] of last) expect([p.done, p.total], table).toEqual([summary.counts[table as keyof typeof summary.counts], p.done])
      expect(store.sqlite.prepare('SELECT count(*) FROM violations').pluck().get()).toBe(summary.counts.violations)
    } finally {
      dispose()
    }
  }, 300_000)
})
