import { describe, expect, it } from 'vitest'
import { WINDOW_TABLE } from '../cases/window.test-support'
import { checkCase, runCase } from '../cases/fixtures.test-support'

describe('window_process', () => {
  for (const c of WINDOW_TABLE.cases) it(c.name, () => checkCase(WINDOW_TABLE, c))

  it('seed 000 tip 1: WILL_REACH_12 is a warning the clerk must confirm', () => {
    const d = runCase(WINDOW_TABLE, { name: '', change: (f) => void (f.driver.cyclePoints = 6), denials: [] })
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'WILL_REACH_12', confirm: true })])
  })

  it('FACTS §3: the message names the scoring cycle computed from the first issue date', () => {
    const d = runCase(WINDOW_TABLE, { name: '', denials: [] })
    expect(d.consequences.find((f) => f.code === 'POINTS_RECORDED')?.message).toBe('本次记6分，本记分周期（2026-06-18至2027-06-17）累计6分')
  })

  it('a paid record is closed: only ALREADY_PROCESSED, its points not counted again, no deadline', () => {
    const d = runCase(WINDOW_TABLE, {
      name: '',
      change: (f) => {
        f.violation.status = 'paid'
        f.driver.cyclePoints = 10
      },
      denials: ['ALREADY_PROCESSED']
    })
    expect(d.denials.map((x) => x.code)).toEqual(['ALREADY_PROCESSED'])
    expect(d.warnings.map((x) => x.code)).not.toContain('WILL_REACH_12')
    expect(d.consequences.map((x) => x.code)).not.toContain('PAYMENT_DEADLINE')
  })
})
