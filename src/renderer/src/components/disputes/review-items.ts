// The 审核 screen's one list: objections awaiting review, window bindings sent to review and actions
// central refused (需处理), as items of one shape, oldest first, and the filters by type, age and
// clerk. Pure, so the filtering is tested without a screen.
import type { SyncItem } from '../../../../shared/contract'
import type { BindingReviewItem } from '../../../../shared/contract/workflows/binding-schemas'
import type { DisputeSummary } from '../../../../shared/contract/workflows/disputes-schemas'
import { instantOf } from '../../format/time'

export type ReviewKind = 'dispute' | 'binding' | 'conflict'

interface Common {
  key: string
  /** One line naming the case (plate, record). */
  title: string
  subtitle: string
  /** Who proposed it: 姓名（警号）, or the operator's name for a refused action. */
  clerk: string | null
  /** When it was sent to review (zoned ISO). */
  at: string
}

export type ReviewItem =
  | (Common & { kind: 'dispute'; dispute: DisputeSummary })
  | (Common & { kind: 'binding'; binding: BindingReviewItem })
  | (Common & { kind: 'conflict'; conflict: SyncItem })

export type AgeFilter = 'all' | 'today' | 'over1' | 'over3'

export interface ReviewFilter {
  kind: ReviewKind | 'all'
  age: AgeFilter
  /** A clerk label as shown, or null for every clerk. */
  clerk: string | null
}

export const NO_FILTER: ReviewFilter = { kind: 'all', age: 'all', clerk: null }

export function reviewItems(
  disputes: readonly DisputeSummary[],
  bindings: readonly BindingReviewItem[],
  conflicts: readonly SyncItem[],
  names: { dispute: (d: DisputeSummary) => string; binding: (b: BindingReviewItem) => string }
): ReviewItem[] {
  const items: ReviewItem[] = [
    ...disputes.map((d) => ({
      kind: 'dispute' as const,
      key: `dispute-${d.id}`,
      title: `${d.record.plate} · ${d.record.behaviour}`,
      subtitle: names.dispute(d),
      clerk: d.proposedBy,
      at: d.proposedAt ?? d.filedAt,
      dispute: d
    })),
    ...bindings.map((b) => ({
      kind: 'binding' as const,
      key: `binding-${b.bindingId}`,
      title: `${b.plate}（${b.plateTypeName}）`,
      subtitle: names.binding(b),
      clerk: b.proposerName === null ? null : `${b.proposerName}（${b.proposerNo ?? ''}）`,
      at: b.requestedAt,
      binding: b
    })),
    ...conflicts
      .filter((c) => c.resolution === null)
      .map((c) => ({ kind: 'conflict' as const, key: `conflict-${c.id}`, title: c.summary, subtitle: c.reasonMessage ?? c.typeName, clerk: c.operatorName, at: c.createdAt, conflict: c }))
  ]
  return items.sort((a, b) => instantOf(a.at) - instantOf(b.at))
}

const DAY_MS = 86_400_000

/** Days since the item was sent to review. */
export function ageInDays(item: Pick<ReviewItem, 'at'>, nowMs: number): number {
  return (nowMs - instantOf(item.at)) / DAY_MS
}

export function filterItems(items: readonly ReviewItem[], filter: ReviewFilter, nowMs: number, today: string): ReviewItem[] {
  return items.filter((item) => {
    if (filter.kind !== 'all' && item.kind !== filter.kind) return false
    if (filter.clerk !== null && item.clerk !== filter.clerk) return false
    if (filter.age === 'today') return item.at.slice(0, 10) === today
    if (filter.age === 'over1') return ageInDays(item, nowMs) > 1
    if (filter.age === 'over3') return ageInDays(item, nowMs) > 3
    return true
  })
}

/** The clerks present in the list, for the 经办人 filter. */
export function clerksOf(items: readonly ReviewItem[]): string[] {
  return [...new Set(items.map((i) => i.clerk).filter((c): c is string => c !== null))].sort()
}
