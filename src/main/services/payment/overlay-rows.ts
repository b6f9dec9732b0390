// The store's rows with the writes of decisions not taken yet laid over them, in memory. The batch
// preview decides each selected violation on the rows as the ones before it will have left them
// (the driver's points added up), without writing anything or taking the write lock.
import type { RowQuery, RowWrite } from '../../commands'
import type { WireRow } from '../../sync/protocol'

export interface RowSource {
  load(query: RowQuery): WireRow[]
}

export class OverlayRows implements RowSource {
  /** table → id → the row as the writes left it (null: deleted). */
  private readonly overlay = new Map<string, Map<string, WireRow | null>>()

  constructor(private readonly base: RowSource) {}

  load(query: RowQuery): WireRow[] {
    const changed = this.overlay.get(query.table)
    const stored = this.base.load(query)
    if (changed === undefined) return stored
    const kept = stored.filter((row) => !changed.has(String(row.id)))
    // A written row answers the query by its current value, whatever it was before.
    const written = [...changed.values()].filter((row): row is WireRow => row !== null && String(row[query.column]) === query.value)
    return [...kept, ...written].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0))
  }

  apply(writes: readonly RowWrite[]): void {
    for (const w of writes) {
      let table = this.overlay.get(w.table)
      if (table === undefined) {
        table = new Map()
        this.overlay.set(w.table, table)
      }
      if (w.op === 'delete') table.set(w.id, null)
      else table.set(String(w.row.id), w.row)
    }
  }
}
