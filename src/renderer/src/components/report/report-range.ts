// Date ranges of the 业务统计 screen: the quick choices, paging a range back and forth, and the
// checks the screen makes as the supervisor types (main checks again and has the last word).
// Dates are YYYY-MM-DD calendar dates; "today" is main's (the workstation's zone), never the browser's.
import { REPORT_MAX_DAYS } from '../../../../shared/contract/workflows/report-schemas'
import { t } from '../../i18n/zh-CN'

export interface DateRange {
  from: string
  to: string
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

function utcMs(date: string): number | null {
  const m = DATE.exec(date)
  if (m === null) return null
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  // Date.UTC rolls 02-30 over to March: a date that does not round-trip does not exist.
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : null
}

export function isRealDate(date: string): boolean {
  return utcMs(date) !== null
}

export function addDays(date: string, days: number): string {
  const ms = utcMs(date)
  if (ms === null) throw new RangeError(`not a date: ${date}`)
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10)
}

/** Days in the range, both ends included. */
export function rangeDays(range: DateRange): number {
  const from = utcMs(range.from)
  const to = utcMs(range.to)
  return from === null || to === null ? 0 : Math.round((to - from) / DAY_MS) + 1
}

export type QuickRange = 'today' | 'yesterday' | 'lastSeven' | 'thisMonth'
export const QUICK_RANGES: readonly QuickRange[] = ['today', 'yesterday', 'lastSeven', 'thisMonth']

export function quickRange(kind: QuickRange, today: string): DateRange {
  switch (kind) {
    case 'today':
      return { from: today, to: today }
    case 'yesterday':
      return { from: addDays(today, -1), to: addDays(today, -1) }
    case 'lastSeven':
      return { from: addDays(today, -6), to: today }
    case 'thisMonth':
      return { from: `${today.slice(0, 8)}01`, to: today }
  }
}

/** The range of the same length just before (-1) or after (+1); null when it would pass today. */
export function pageRange(range: DateRange, direction: -1 | 1, today: string): DateRange | null {
  const days = rangeDays(range)
  if (days === 0) return null
  const next = { from: addDays(range.from, direction * days), to: addDays(range.to, direction * days) }
  if (next.to > today) return null
  return next
}

/** The reason the range cannot be asked for, at the field it concerns; null when it may. */
export function rangeProblem(range: DateRange, today: string): { field: 'from' | 'to'; message: string } | null {
  const r = t.report.range
  if (!isRealDate(range.from)) return { field: 'from', message: r.invalid }
  if (!isRealDate(range.to)) return { field: 'to', message: r.invalid }
  if (range.to > today) return { field: 'to', message: r.future(today) }
  if (range.from > range.to) return { field: 'from', message: r.reversed }
  const days = rangeDays(range)
  if (days > REPORT_MAX_DAYS) return { field: 'from', message: r.tooLong(REPORT_MAX_DAYS, days) }
  return null
}
