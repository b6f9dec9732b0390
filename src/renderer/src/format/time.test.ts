import { describe, expect, it } from 'vitest'
import { formatClock, formatZoned, instantOf, zonedDate } from './time'

describe('formatZoned', () => {
  it('keeps the wall-clock digits of the string whatever the zone', () => {
    expect(formatZoned('2026-11-21T14:46:35.123+08:00')).toBe('2026-11-21 14:46')
    expect(formatZoned('2026-11-21T23:59:00-05:00')).toBe('2026-11-21 23:59')
    expect(formatZoned('2026-01-02T00:01:00Z')).toBe('2026-01-02 00:01')
  })

  it('shows an unexpected value as it came', () => {
    expect(formatZoned('soon')).toBe('soon')
  })

  it('takes the date part', () => {
    expect(zonedDate('2026-11-21T14:46:35+08:00')).toBe('2026-11-21')
  })
})

describe('instantOf', () => {
  it('orders instants across offsets', () => {
    expect(instantOf('2026-11-21T10:00:00+08:00')).toBeLessThan(instantOf('2026-11-21T03:00:00+00:00'))
  })
})

describe('formatClock', () => {
  it('renders the given zone', () => {
    const at = new Date('2026-11-21T06:46:35.000Z')
    expect(formatClock(at, 'Asia/Shanghai')).toBe('2026-11-21 14:46:35')
  })

  it('falls back on an unknown zone instead of throwing', () => {
    expect(formatClock(new Date(), 'Mars/Olympus')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })
})
