// Plain calendar arithmetic on YYYY-MM-DD strings. The validators have no clock: "today" is always
// injected by the caller (from the platform clock), so results are reproducible in tests.

export interface Ymd {
  year: number
  month: number
  day: number
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Parses 8 digits YYYYMMDD into a real calendar date, or undefined (e.g. 20230229, 19991301). */
export function parseCompactDate(yyyymmdd: string): Ymd | undefined {
  if (!/^\d{8}$/.test(yyyymmdd)) return undefined
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

/** Parses an ISO date YYYY-MM-DD into a real calendar date, or undefined. */
export function parseIsoDate(iso: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (m === null) return undefined
  return parseCompactDate(`${m[1]}${m[2]}${m[3]}`)
}

export function toIsoDate(date: Ymd): string {
  const mm = String(date.month).padStart(2, '0')
  const dd = String(date.day).padStart(2, '0')
  return `${String(date.year).padStart(4, '0')}-${mm}-${dd}`
}

/** The date as a clerk reads it: 2024年02月29日. */
export function toChineseDate(date: Ymd): string {
  return `${date.year}年${String(date.month).padStart(2, '0')}月${String(date.day).padStart(2, '0')}日`
}

/**
 * Reads the injected "today". A malformed value is a programming error in the caller (the clock
 * adapter), not a clerk's typo, so it throws instead of producing a validation message.
 */
export function requireToday(today: string): Ymd {
  const parsed = parseIsoDate(today)
  if (parsed === undefined) {
    throw new RangeError(`today must be a real date in YYYY-MM-DD form, got "${today}"`)
  }
  return parsed
}
