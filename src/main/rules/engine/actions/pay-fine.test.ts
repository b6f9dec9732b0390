import { describe, expect, it } from 'vitest'
import { builtinProfiles } from '../../profiles/builtin'
import type { Profile } from '../../profiles/profile-schema'
import { PAY_TABLE } from '../cases/payment.test-support'
import { WHERE, checkCase, payFacts, runCase } from '../cases/fixtures.test-support'
import { evaluate } from '../evaluate'

describe('pay_fine', () => {
  for (const c of PAY_TABLE.cases) it(c.name, () => checkCase(PAY_TABLE, c))

  it.each([
    ['2026-03-16', 0],
    ['2026-03-17', 600],
    ['2026-04-18', 19800],
    ['2026-04-19', 20000],
    ['2027-01-01', 20000]
  ])('FACTS §2 example: fine 200, decided 1 March, paid %s: late fee %i fen', (day, lateFeeFen) => {
    const d = runCase(PAY_TABLE, { name: '', change: (f) => void (f.at = `${day}T10:00:00+08:00`), denials: [] })
    expect(d.amounts).toMatchObject({ fineFen: 20000, lateFeeFen, totalFen: 20000 + lateFeeFen, dueDate: '2026-03-16', lateFeeCapReachedOn: '2026-04-19' })
  })

  it('amounts are reported even when the payment is refused', () => {
    const d = runCase(PAY_TABLE, { name: '', change: (f) => void (f.paid = true), denials: ['ALREADY_PAID'] })
    expect(d.amounts?.totalFen).toBe(20000)
  })

  describe('holiday roll-over (a profile option, off by default)', () => {
    const national = builtinProfiles().get('national') as Profile
    const rolling: Profile = { ...national, lateFee: { ...national.lateFee, holidayRollover: true } }
    const profiles = new Map([['national', rolling]])

    it('FACTS §2 [U]: with roll-over on, a holiday list is required', () => {
      const result = evaluate('pay_fine', payFacts(), { profiles, jurisdiction: WHERE.beijing })
      expect(result).toMatchObject({ ok: false, error: { code: 'FACTS_INVALID', field: 'holidays' } })
    })

    it('FACTS §2 [U]: a deadline on a holiday moves to the next working day', () => {
      const facts = { ...payFacts(), at: '2026-03-18T10:00:00+08:00', holidays: ['2026-03-16', '2026-03-17'] }
      const result = evaluate('pay_fine', facts, { profiles, jurisdiction: WHERE.beijing })
      expect(result.ok && result.decision.amounts).toMatchObject({ dueDate: '2026-03-18', lateFeeFen: 0 })
    })

    it('FACTS §2: off by default, the holiday list changes nothing', () => {
      const facts = { ...payFacts(), at: '2026-03-18T10:00:00+08:00', holidays: ['2026-03-16', '2026-03-17'] }
      const d = runCase(PAY_TABLE, { name: '', change: (f) => Object.assign(f, facts), denials: [] })
      expect(d.amounts).toMatchObject({ dueDate: '2026-03-16', lateFeeFen: 1200 })
    })
  })
})
