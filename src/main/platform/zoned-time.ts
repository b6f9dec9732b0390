// Times are stored as ISO 8601 with the workstation's UTC offset, e.g. 2026-11-21T14:46:35.123+08:00,
// so a record read anywhere says both the instant and the local wall-clock time the clerk saw.

import { wallClock } from '../../shared/wall-clock'

function offsetMinutes(date: Date, timeZone: string): number {
  const w = wallClock(date, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000)
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0')

export function toZonedIso(date: Date, timeZone: string): string {
  const offset = offsetMinutes(date, timeZone)
  const local = new Date(date.getTime() + offset * 60000)
  const sign = offset >= 0 ? '+' : '-'
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  )
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(date: Date, timeZone: string): string {
  return toZonedIso(date, timeZone).slice(0, 10)
}
