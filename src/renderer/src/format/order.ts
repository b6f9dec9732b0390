// Display order of a person's violations: newest first, by instant (offsets may differ).
import type { ViolationView } from '../../../shared/contract'
import { instantOf } from './time'

export function newestFirst(violations: readonly ViolationView[]): ViolationView[] {
  return [...violations].sort((a, b) => instantOf(b.occurredAt) - instantOf(a.occurredAt))
}
