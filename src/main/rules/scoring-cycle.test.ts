import { describe, expect, it } from 'vitest'
import { scoringCycle } from './scoring-cycle'

describe('scoring cycle (FACTS §3)', () => {
  it('runs from the last anniversary of the first issue to the day before the next', () => {
    expect(scoringCycle('2015-03-10', '2026-11-21')).toEqual({ start: '2026-03-10', end: '2027-03-09' })
    expect(scoringCycle('2015-12-01', '2026-11-21')).toEqual({ start: '2025-12-01', end: '2026-11-30' })
  })
  it('starts a new cycle on the anniversary itself', () => {
    expect(scoringCycle('2015-11-21', '2026-11-21')).toEqual({ start: '2026-11-21', end: '2027-11-20' })
  })
  it('anniversaries a 29 February first issue on 28 February in common years', () => {
    expect(scoringCycle('2016-02-29', '2026-03-01')).toEqual({ start: '2026-02-28', end: '2027-02-27' })
  })
  it('never starts before the license existed', () => {
    expect(scoringCycle('2026-06-01', '2026-11-21')).toEqual({ start: '2026-06-01', end: '2027-05-31' })
  })
})
