// Seeds a small, deterministic demo data set into an empty database, and remembers a few
// example search keys so every later start can print them for the person trying the app.
import type { Store } from '../store/db'
import { seedDatabase } from '../seed'

const EXAMPLES_KEY = 'demo.examples'
export const DEMO_SEED = 20261121

export interface DemoExample {
  label: string
  key: string
}

export function ensureDemoData(store: Store, options: { people: number; now: Date; timeZone: string }): DemoExample[] {
  const stored = store.sqlite.prepare('SELECT value FROM sync_state WHERE key = ?').pluck().get(EXAMPLES_KEY) as string | undefined
  if (stored) return JSON.parse(stored) as DemoExample[]
  const people = store.sqlite.prepare('SELECT count(*) FROM people').pluck().get() as number
  if (people > 0) return []
  const summary = seedDatabase(store.sqlite, { seed: DEMO_SEED, people: options.people, now: options.now, timeZone: options.timeZone })
  const examples = summary.examples.map((e) => ({ label: e.label, key: e.key }))
  store.sqlite
    .prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(EXAMPLES_KEY, JSON.stringify(examples))
  return examples
}
