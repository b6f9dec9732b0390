// Whole-day arithmetic on YYYY-MM-DD strings (no clock, no time zone: a date is a calendar date).
import { parseIsoDate, toIsoDate } from '../validators/calendar'

const DAY_MS = 86_400_000

function toUtcMs(iso: string): number {
  const ymd = parseIsoDate(iso)
  // A malformed date here is a programming error: facts are validated before they reach the
  // calculators, so throwing is better than computing with NaN.
  if (ymd === undefined) throw new RangeError(`expected a real date in YYYY-MM-DD form, got "${iso}"`)
  return Date.UTC(ymd.year, ymd.month - 1, ymd.day)
}

export function addDays(iso: string, days: number): string {
  const d = new Date(toUtcMs(iso) + days * DAY_MS)
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS)
}

/** Adds calendar months, clamping to the month's last day (2026-08-31 + 6 months = 2027-02-28). */
export function addMonths(iso: string, months: number): string {
  const ymd = parseIsoDate(iso)
  if (ymd === undefined) throw new RangeError(`expected a real date in YYYY-MM-DD form, got "${iso}"`)
  const index = ymd.year * 12 + (ymd.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return toIsoDate({ year, month, day: Math.min(ymd.day, last) })
}
