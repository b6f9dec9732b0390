// The moment of an action, read from an ISO 8601 time with its zone ("2026-11-21T14:30:00+08:00").
// Daily windows (22:00–01:00) and "today" are wall-clock notions of China Standard Time, so every
// moment is converted to UTC+08:00 whatever offset it was written with: the same instant gives
// the same answer on a workstation, on the central server (which may log in UTC) and in tests.
// China has used one zone without daylight saving since 1991.
import { daysInMonth } from '../validators/calendar'

export const CHINA_OFFSET_MINUTES = 8 * 60

export interface Moment {
  /** The text as given. */
  iso: string
  epochMs: number
  /** Local calendar date in China Standard Time, YYYY-MM-DD. */
  date: string
  /** Local wall-clock time in China Standard Time, HH:MM. */
  clock: string
  /** Seconds since local midnight in China Standard Time. */
  secondOfDay: number
}

const ZONED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/

const pad = (n: number): string => String(n).padStart(2, '0')

/** The moment, or a Chinese phrase saying what is wrong (to follow the field's name). */
export function parseMoment(iso: string): Moment | string {
  const m = ZONED.exec(iso)
  if (m === null) {
    return `应为带时区的时间，如2026-11-21T14:30:00+08:00，收到“${iso.slice(0, 40)}”`
  }
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number]
  const second = Number(m[6] ?? '0')
  const millis = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000)
  if (year < 1900 || year > 2099) return `年份应在1900至2099之间，收到“${iso}”`
  const datePart = `${m[1]}-${m[2]}-${m[3]}`
  if (month < 1 || month > 12) return `不是有效的日期：${datePart}（没有${month}月）`
  if (day < 1 || day > daysInMonth(year, month)) return `不是有效的日期：${datePart}（${month}月没有${day}日）`
  if (hour > 23 || minute > 59 || second > 59) return `不是有效的时刻：${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`}`
  let offset = 0
  if (m[8] !== 'Z') {
    const oh = Number(m[10])
    const om = Number(m[11])
    if (oh > 14 || om > 59) return `时区偏移无效：${m[8]}`
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om)
  }
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000
  const local = new Date(epochMs + CHINA_OFFSET_MINUTES * 60_000)
  const secondOfDay = local.getUTCHours() * 3600 + local.getUTCMinutes() * 60 + local.getUTCSeconds()
  return {
    iso,
    epochMs,
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    clock: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    secondOfDay
  }
}

/** A moment as the clerk reads it: 2026-11-21 14:30 (China Standard Time). */
export function showMoment(moment: Moment): string {
  return `${moment.date} ${moment.clock}`
}
