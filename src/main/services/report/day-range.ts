// The days a report covers, and where each begins and ends as an instant. A "day" is a calendar
// day in the workstation's zone (config.timeZone). Stored times carry the offset of whoever wrote
// them (this window, another window, central), so a day is never found by the text of a time:
// 2026-11-21T00:10+08:00 belongs to the 21st here although it is still the 20th in UTC.
import { DomainError } from '../../../shared/contract/result'
import { REPORT_MAX_DAYS, type ReportRangeInput } from '../../../shared/contract/workflows/report-schemas'
import { wallClock } from '../../../shared/wall-clock'
import { addDays, daysBetween } from '../../rules/calculators/calendar-days'
import { parseIsoDate } from '../../rules/validators/calendar'

export interface ReportDay {
  date: string
  /** Seconds since the epoch of the day's first instant, and of the next day's (exclusive). */
  startS: number
  endS: number
}

export interface DayRange {
  from: string
  to: string
  days: ReportDay[]
  /**
   * Text bounds on stored times, wide enough for any offset (their date part is at most a day
   * from the zone's date): a cheap first cut before the exact comparison of instants.
   */
  looseFrom: string
  looseTo: string
}

/** Seconds between the epoch and the instant the wall clock reads `date 00:00:00` in `timeZone`. */
export function dayStartSeconds(date: string, timeZone: string): number {
  const ymd = parseIsoDate(date)
  if (ymd === undefined) throw new RangeError(`not a date: ${date}`)
  const asUtc = Date.UTC(ymd.year, ymd.month - 1, ymd.day)
  const offsetAt = (ms: number): number => {
    const w = wallClock(new Date(ms), timeZone)
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - ms
  }
  // The offset at the guessed instant may differ from the one at local midnight (a change of
  // daylight time in between): correct once with the offset found there.
  let instant = asUtc - offsetAt(asUtc)
  instant = asUtc - offsetAt(instant)
  return Math.round(instant / 1000)
}

function realDate(value: string, field: 'from' | 'to'): string {
  if (parseIsoDate(value) === undefined) throw new DomainError('REPORT_DATE_INVALID', `${value}不是有效的日期`, field)
  return value
}

/** The range asked for, checked: real dates, not after today, in order, at most REPORT_MAX_DAYS days. */
export function dayRange(input: ReportRangeInput, today: string, timeZone: string): DayRange {
  const to = realDate(input.to ?? today, 'to')
  const from = realDate(input.from ?? to, 'from')
  if (to > today) throw new DomainError('REPORT_DATE_IN_FUTURE', `截止日期不能晚于今天（${today}）`, 'to')
  if (from > to) throw new DomainError('REPORT_RANGE_REVERSED', '起始日期不能晚于截止日期', 'from')
  const length = daysBetween(from, to) + 1
  if (length > REPORT_MAX_DAYS) {
    throw new DomainError('REPORT_RANGE_TOO_LONG', `一次最多统计${REPORT_MAX_DAYS}天，所选为${length}天`, 'from')
  }
  const days: ReportDay[] = []
  for (let i = 0; i < length; i++) {
    const date = addDays(from, i)
    days.push({ date, startS: dayStartSeconds(date, timeZone), endS: dayStartSeconds(addDays(date, 1), timeZone) })
  }
  return { from, to, days, looseFrom: addDays(from, -2), looseTo: addDays(to, 3) }
}
