// Fast local dates and zoned timestamps for the generator. `toZonedIso` builds an
// Intl.DateTimeFormat per call (tens of microseconds), far too slow for 20M rows; this produces the
// same strings (tested against it) by caching the zone's UTC offset per day and formatting by hand.
// Dates are handled as "local epoch days": whole days since 1970-01-01 in the local calendar.
import { toZonedIso } from '../platform/zoned-time'

export const MS_PER_DAY = 86_400_000
const MS_PER_HOUR = 3_600_000
const MS_PER_BLOCK = 8 * MS_PER_DAY
/** Days from 1900-01-01 to 1970-01-01, and from 1970 to 2040: the cached date range. */
const DATE_BASE = 25_567

const PAD2: string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'))
const PAD3: string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'))

export interface Ymd {
  year: number
  month: number
  day: number
}

export class ZonedCalendar {
  /** The local epoch day of `now`. */
  readonly today: number
  private readonly blockOffsets = new Map<number, number>()
  private readonly hourOffsets = new Map<number, number>()
  private readonly offsetText = new Map<number, string>()
  /** YYYY-MM-DD by epoch day + DATE_BASE (1900 … 2100); a sparse array is faster than a Map here. */
  private readonly dateText: (string | undefined)[] = []

  constructor(
    now: Date,
    readonly timeZone: string
  ) {
    // Fails early, with the runtime's message, on an unknown zone name.
    toZonedIso(now, timeZone)
    this.today = this.localDay(now.getTime())
  }

  /** The zone's UTC offset in minutes at an instant. */
  offsetMinutes(instantMs: number): number {
    // Offsets are cached per block of 8 days: zones change offset at most twice a year, months
    // apart, so a block whose first and last instants agree has one offset throughout.
    const block = Math.floor(instantMs / MS_PER_BLOCK)
    let start = this.blockOffsets.get(block)
    if (start === undefined) {
      start = this.computeOffset(block * MS_PER_BLOCK)
      const end = this.computeOffset((block + 1) * MS_PER_BLOCK - 1)
      // A block with a change is marked NaN and resolved hour by hour.
      this.blockOffsets.set(block, start === end ? start : Number.NaN)
      if (start !== end) start = Number.NaN
    }
    if (!Number.isNaN(start)) return start
    const hour = Math.floor(instantMs / MS_PER_HOUR)
    let offset = this.hourOffsets.get(hour)
    if (offset === undefined) {
      offset = this.computeOffset(instantMs)
      this.hourOffsets.set(hour, offset)
    }
    return offset
  }

  private computeOffset(instantMs: number): number {
    const iso = toZonedIso(new Date(instantMs), this.timeZone)
    const tail = iso.slice(-6) // "+08:00"
    const minutes = Number(tail.slice(1, 3)) * 60 + Number(tail.slice(4, 6))
    return tail.startsWith('-') ? -minutes : minutes
  }

  localDay(instantMs: number): number {
    return Math.floor((instantMs + this.offsetMinutes(instantMs) * 60_000) / MS_PER_DAY)
  }

  /** The instant at a local wall-clock time (day + milliseconds into it). */
  instant(day: number, msOfDay: number): number {
    const local = day * MS_PER_DAY + msOfDay
    const guess = local - this.offsetMinutes(local) * 60_000
    const offset = this.offsetMinutes(guess)
    return local - offset * 60_000
  }

  /** ISO 8601 with the zone's offset, e.g. 2026-11-21T14:46:35.123+08:00 (same as toZonedIso). */
  iso(instantMs: number): string {
    const offset = this.offsetMinutes(instantMs)
    const local = instantMs + offset * 60_000
    const day = Math.floor(local / MS_PER_DAY)
    let rest = local - day * MS_PER_DAY
    const ms = rest % 1000
    rest = (rest - ms) / 1000
    const s = rest % 60
    rest = (rest - s) / 60
    const m = rest % 60
    const h = (rest - m) / 60
    return `${this.date(day)}T${PAD2[h]}:${PAD2[m]}:${PAD2[s]}.${PAD3[ms]}${this.offsetString(offset)}`
  }

  /** ISO timestamp of a local wall-clock time. */
  isoAt(day: number, msOfDay: number): string {
    return this.iso(this.instant(day, msOfDay))
  }

  private offsetString(offset: number): string {
    let text = this.offsetText.get(offset)
    if (text === undefined) {
      const abs = Math.abs(offset)
      text = `${offset >= 0 ? '+' : '-'}${PAD2[Math.floor(abs / 60)]}:${PAD2[abs % 60]}`
      this.offsetText.set(offset, text)
    }
    return text
  }

  /** YYYY-MM-DD of a local epoch day. */
  date(day: number): string {
    const slot = day + DATE_BASE
    let text = this.dateText[slot]
    if (text === undefined) {
      const d = new Date(day * MS_PER_DAY)
      text = `${d.getUTCFullYear()}-${PAD2[d.getUTCMonth() + 1]}-${PAD2[d.getUTCDate()]}`
      if (slot >= 0 && slot < 2 * DATE_BASE) this.dateText[slot] = text
    }
    return text
  }

  /** YYYYMMDD of a local epoch day. */
  compactDate(day: number): string {
    const text = this.date(day)
    return text.slice(0, 4) + text.slice(5, 7) + text.slice(8, 10)
  }
}

export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

export function ymdOf(day: number): Ymd {
  const d = new Date(day * MS_PER_DAY)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** The same calendar date n years later; 29 February becomes 28 February in common years. */
export function addYears(day: number, years: number): number {
  const { year, month, day: dom } = ymdOf(day)
  const target = dayOf(year + years, month, dom)
  return ymdOf(target).month === month ? target : dayOf(year + years, month, dom - 1)
}
