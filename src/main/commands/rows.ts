// Reading wire rows inside decide: typed accessors that fail loudly on a malformed row instead of
// letting `undefined` flow into a rule.
import type { WireRow } from '../sync/protocol'

export function text(row: WireRow, column: string): string {
  const v = row[column]
  if (typeof v !== 'string') throw new TypeError(`column ${column}: expected text, got ${JSON.stringify(v)}`)
  return v
}

export function textOrNull(row: WireRow, column: string): string | null {
  const v = row[column]
  if (v === null || v === undefined) return null
  if (typeof v !== 'string') throw new TypeError(`column ${column}: expected text, got ${JSON.stringify(v)}`)
  return v
}

export function int(row: WireRow, column: string): number {
  const v = row[column]
  if (typeof v !== 'number') throw new TypeError(`column ${column}: expected a number, got ${JSON.stringify(v)}`)
  return v
}

export function bool(row: WireRow, column: string): boolean {
  const v = row[column]
  if (typeof v !== 'boolean') throw new TypeError(`column ${column}: expected a boolean, got ${JSON.stringify(v)}`)
  return v
}
