// Main sends times with their zone (2026-11-21T14:46:35.123+08:00) so the digits already are the
// wall-clock time the record was made at the counter. We show those digits as they are: converting
// through the browser's zone would move them on a machine set to another zone.
import { wallClock, type WallClock } from '../../../shared/wall-clock'

const ZONED = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/

/** "2026-11-21T14:46:35.123+08:00" → "2026-11-21 14:46"; anything unexpected is shown untouched. */
export function formatZoned(value: string): string {
  const match = ZONED.exec(value)
  return match === null ? value : `${match[1]} ${match[2]}`
}

/** "2026-11-21T14:46:35.123+08:00" → "2026-11-21". */
export function zonedDate(value: string): string {
  const match = ZONED.exec(value)
  return match?.[1] ?? value
}

/** Milliseconds since the epoch, for ordering only (never for display). */
export function instantOf(value: string): number {
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? 0 : ms
}

/**
 * The live clock in the status bar: the workstation's zone from app:info, not the browser's,
 * so the web host on a differently configured machine still shows the counter's time.
 */
export function formatClock(now: Date, timeZone: string | undefined): string {
  let w: WallClock
  try {
    w = wallClock(now, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone)
  } catch {
    return formatClock(now, undefined) // unknown zone name: fall back to the machine's zone
  }
  const two = (n: number): string => String(n).padStart(2, '0')
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}:${two(w.second)}`
}
