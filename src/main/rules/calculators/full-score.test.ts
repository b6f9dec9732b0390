import { describe, expect, it } from 'vitest'
import { fullScoreConsequence } from './full-score'

describe('full-score consequences', () => {
  it('FACTS §3: 7 days of study, 30 for A1/A2/A3/B1/B2', () => {
    expect(fullScoreConsequence(['C1'], 0)).toEqual({ occurrence: 1, studyDays: 7, largeVehicle: false })
    for (const c of ['A1', 'A2', 'A3', 'B1', 'B2'] as const) expect(fullScoreConsequence([c], 0).studyDays).toBe(30)
    expect(fullScoreConsequence(['C1', 'E'], 0).studyDays).toBe(7)
  })

  it('FACTS §3 [U]: repeated full scores in a cycle add study (14/60, then 21/90)', () => {
    expect(fullScoreConsequence(['C1'], 1).studyDays).toBe(14)
    expect(fullScoreConsequence(['B2'], 1).studyDays).toBe(60)
    expect(fullScoreConsequence(['C1'], 2).studyDays).toBe(21)
    expect(fullScoreConsequence(['A2'], 5)).toEqual({ occurrence: 6, studyDays: 90, largeVehicle: true })
  })
})
