// The rows a command reads, loaded by its host (SQLite on the workstation, PostgreSQL at central)
// and handed to decide as a StateView. Asking for rows that were not loaded is a programming
// error and throws: decide must never take "not loaded" for "does not exist".
import type { WireRow } from '../sync/protocol'
import type { CommandDef, RowQuery, StateView } from './types'

const key = (q: RowQuery): string => `${q.table}|${q.column}|${q.value}`

export class StateCache implements StateView {
  private readonly loaded = new Map<string, WireRow[]>()

  byId(table: string, id: string): WireRow | undefined {
    return this.where(table, 'id', id)[0]
  }

  where(table: string, column: string, value: string): WireRow[] {
    const rows = this.loaded.get(key({ table, column, value }))
    if (rows !== undefined) return rows
    // A row loaded by another query answers an id lookup too.
    if (column === 'id') {
      for (const [k, list] of this.loaded) {
        if (!k.startsWith(`${table}|`)) continue
        const found = list.find((r) => r.id === value)
        if (found) return [found]
      }
    }
    throw new Error(`rows of ${table} by ${column}=${value} were read without being loaded`)
  }

  peek = (table: string, column: string, value: string): WireRow[] | undefined => this.loaded.get(key({ table, column, value }))

  has(q: RowQuery): boolean {
    return this.loaded.has(key(q))
  }

  put(q: RowQuery, rows: WireRow[]): void {
    this.loaded.set(key(q), rows)
  }

  /** Every row loaded, by table, for a rejection's "current server state". */
  rows(): { table: string; row: WireRow }[] {
    const out = new Map<string, { table: string; row: WireRow }>()
    for (const [k, list] of this.loaded) {
      const table = k.slice(0, k.indexOf('|'))
      for (const row of list) out.set(`${table}|${String(row.id)}`, { table, row })
    }
    return [...out.values()]
  }
}

const MAX_ROUNDS = 4

function nextQueries(def: CommandDef, payload: unknown, cache: StateCache): RowQuery[] {
  return def.reads(payload, cache.peek).filter((q) => !cache.has(q))
}

export function loadStateSync(def: CommandDef, payload: unknown, load: (q: RowQuery) => WireRow[]): StateCache {
  const cache = new StateCache()
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const queries = nextQueries(def, payload, cache)
    if (queries.length === 0) break
    for (const q of queries) cache.put(q, load(q))
  }
  return cache
}

export async function loadStateAsync(def: CommandDef, payload: unknown, load: (q: RowQuery) => Promise<WireRow[]>): Promise<StateCache> {
  const cache = new StateCache()
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const queries = nextQueries(def, payload, cache)
    if (queries.length === 0) break
    for (const q of queries) cache.put(q, await load(q))
  }
  return cache
}
