import { describe, expect, it } from 'vitest'
import { toZonedIso } from '../platform/zoned-time'
import { cycleStart } from './licenses'
import { scoringCycle } from '../rules/scoring-cycle'
import { mix32 } from './prng'
import { ZonedCalendar, addYears, dayOf } from './zoned-calendar'

describe('ZonedCalendar', () => {
  const now = new Date('2026-11-21T06:46:35.123Z')

  it('formats exactly like toZonedIso, across DST changes too', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'UTC']) {
      const cal = new ZonedCalendar(now, zone)
      for (let k = 0; k < 3000; k++) {
        const ms = now.getTime() - (mix32(k) % (20 * 365 * 24 * 3600)) * 1000 - (k % 1000)
        expect(cal.iso(ms), `${zone} ${ms}`).toBe(toZonedIso(new Date(ms), zone))
      }
    }
  })

  it('knows today and turns local wall-clock times into instants', () => {
    const cal = new ZonedCalendar(now, 'Asia/Shanghai')
    expect(cal.date(cal.today)).toBe('2026-11-21')
    expect(cal.isoAt(cal.today, (14 * 3600 + 46 * 60 + 35) * 1000 + 123)).toBe('2026-11-21T14:46:35.123+08:00')
    expect(cal.compactDate(dayOf(2024, 2, 29))).toBe('20240229')
    const berlin = new ZonedCalendar(now, 'Europe/Berlin')
    expect(berlin.isoAt(dayOf(2026, 7, 1), 12 * 3600 * 1000)).toBe('2026-07-01T12:00:00.000+02:00')
    expect(berlin.isoAt(dayOf(2026, 1, 1), 12 * 3600 * 1000)).toBe('2026-01-01T12:00:00.000+01:00')
  })

  it('adds years the way licences count anniversaries (29 February → 28 February)', () => {
    expect(addYears(dayOf(2024, 2, 29), 1)).toBe(dayOf(2025, 2, 28))
    expect(addYears(dayOf(2024, 2, 29), 4)).toBe(dayOf(2028, 2, 29))
    expect(addYears(dayOf(2000, 6, 15), 18)).toBe(dayOf(2018, 6, 15))
  })

  it('starts the scoring cycle where the rules module does', () => {
    const cal = new ZonedCalendar(now, 'Asia/Shanghai')
    for (let k = 0; k < 2000; k++) {
      const first = dayOf(1990, 1, 1) + (mix32(k + 7) % 13_000)
      expect(cal.date(cycleStart(first, cal.today))).toBe(scoringCycle(cal.date(first), '2026-11-21').start)
    }
  })
})
