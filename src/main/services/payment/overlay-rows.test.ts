import { describe, expect, it } from 'vitest'
import type { RowQuery } from '../../commands'
import type { WireRow } from '../../sync/protocol'
import { OverlayRows } from './overlay-rows'

const stored: Record<string, WireRow[]> = {
  drivers: [
    { id: 'd1', person_id: 'p1', cycle_points: 3 },
    { id: 'd2', person_id: 'p2', cycle_points: 0 }
  ],
  decisions: []
}
const base = { load: (q: RowQuery): WireRow[] => (stored[q.table] ?? []).filter((r) => String(r[q.column]) === q.value) }

describe('rows with the writes of decisions not taken yet laid over them', () => {
  it('answers with the written version of a row, new rows included, and leaves the store alone', () => {
    const rows = new OverlayRows(base)
    rows.apply([
      { table: 'drivers', op: 'upsert', row: { id: 'd1', person_id: 'p1', cycle_points: 9 } },
      { table: 'decisions', op: 'upsert', row: { id: 'x1', violation_id: 'v1' } }
    ])
    expect(rows.load({ table: 'drivers', column: 'person_id', value: 'p1' })).toEqual([{ id: 'd1', person_id: 'p1', cycle_points: 9 }])
    expect(rows.load({ table: 'decisions', column: 'violation_id', value: 'v1' })).toEqual([{ id: 'x1', violation_id: 'v1' }])
    expect(rows.load({ table: 'drivers', column: 'person_id', value: 'p2' })).toEqual([{ id: 'd2', person_id: 'p2', cycle_points: 0 }])
    expect(stored.drivers![0]!.cycle_points).toBe(3)
  })

  it('drops a row whose written version no longer matches, and a deleted one', () => {
    const rows = new OverlayRows(base)
    rows.apply([{ table: 'drivers', op: 'upsert', row: { id: 'd1', person_id: 'p9', cycle_points: 3 } }, { table: 'drivers', op: 'delete', id: 'd2' }])
    expect(rows.load({ table: 'drivers', column: 'person_id', value: 'p1' })).toEqual([])
    expect(rows.load({ table: 'drivers', column: 'person_id', value: 'p2' })).toEqual([])
    expect(rows.load({ table: 'drivers', column: 'person_id', value: 'p9' })).toHaveLength(1)
  })
})
