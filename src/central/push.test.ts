import { describe, expect, it } from 'vitest'
import { effectiveTime } from './push'
import { inJurisdiction } from './central'

const now = new Date('2026-11-21T06:00:00Z') // 14:00 in Shanghai

describe('effective time of a command (the moment the rules at central use)', () => {
  it('keeps the clerk time when the clock agrees with central (skew within network noise)', () => {
    expect(effectiveTime('2026-11-21T13:59:00+08:00', 800, now, 'Asia/Shanghai')).toBe('2026-11-21T13:59:00+08:00')
  })

  it('corrects a workstation clock one hour fast', () => {
    // Saved at 13:30 real time, stamped 14:30 by a clock 1 h fast; central measured −1 h.
    expect(effectiveTime('2026-11-21T14:30:00.000+08:00', -3_600_000, now, 'Asia/Shanghai')).toBe('2026-11-21T13:30:00.000+08:00')
  })

  it('corrects a clock two days slow', () => {
    expect(effectiveTime('2026-11-19T13:00:00.000+08:00', 2 * 86_400_000, now, 'Asia/Shanghai')).toBe('2026-11-21T13:00:00.000+08:00')
  })

  it('never lets a command be later than its receipt', () => {
    expect(effectiveTime('2026-11-21T18:00:00+08:00', null, now, 'Asia/Shanghai')).toBe('2026-11-21T14:00:00.000+08:00')
  })
})

describe('jurisdiction of a central', () => {
  it('a city code serves its districts, a province code its cities, a district only itself', () => {
    expect(inJurisdiction('440305', '440300')).toBe(true)
    expect(inJurisdiction('440106', '440300')).toBe(false)
    expect(inJurisdiction('440106', '440000')).toBe(true)
    expect(inJurisdiction('440305', '440305')).toBe(true)
    expect(inJurisdiction('440306', '440305')).toBe(false)
  })
})
