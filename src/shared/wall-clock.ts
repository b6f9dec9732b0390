// The wall-clock reading of an instant in a named time zone, for both processes: main derives the
// UTC offset it stores with every time, the renderer shows the counter's clock in the workstation's
// zone rather than the browser's. Throws RangeError for an unknown zone name.

export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

// Building a DateTimeFormat costs about 50 µs, formatting with one about 2 µs: keep one per zone.
const formats = new Map<string, Intl.DateTimeFormat>()

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    })
    formats.set(timeZone, format)
  }
  return format
}

export function wallClock(date: Date, timeZone: string): WallClock {
  const parts = formatFor(timeZone).formatToParts(date)
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? '0')
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}
