import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysBetween } from './calendar-days'
import { computeLateFee, paymentDueDate, type LateFeePolicy } from './late-fee'

const POLICY: LateFeePolicy = { deadlineDays: 15, ratePerDayBasisPoints: 300, capBasisPoints: 10_000, holidayRollover: false }

describe('late fee', () => {
  it.each([
    ['2026-03-01', 0, 0],
    ['2026-03-16', 0, 0],
    ['2026-03-17', 1, 600],
    ['2026-04-18', 33, 19_800],
    ['2026-04-19', 34, 20_000],
    ['2026-12-31', 290, 20_000]
  ])('FACTS §2 example: fine 200 yuan decided 1 March, paid %s: %i days late, %i fen', (payOn, daysLate, lateFeeFen) => {
    const r = computeLateFee({ fineFen: 20_000, decidedOn: '2026-03-01', payOn }, POLICY)
    expect(r).toMatchObject({ dueDate: '2026-03-16', daysLate, lateFeeFen, totalFen: 20_000 + lateFeeFen, capFen: 20_000, capReachedOn: '2026-04-19' })
  })

  it('seed 004: deadline = decision date + 15 calendar days, across month and leap-day ends', () => {
    expect(paymentDueDate('2024-02-20', POLICY).dueDate).toBe('2024-03-06')
    expect(paymentDueDate('2026-12-20', POLICY).dueDate).toBe('2027-01-04')
  })

  it('FACTS §2 [U]: with roll-over on, a deadline on listed holidays moves to the next day not listed', () => {
    const rolling = { ...POLICY, holidayRollover: true }
    expect(paymentDueDate('2026-09-16', rolling, ['2026-10-01', '2026-10-02', '2026-10-03'])).toEqual({ dueDate: '2026-10-04', rolledOver: true })
    expect(paymentDueDate('2026-03-01', rolling, [])).toEqual({ dueDate: '2026-03-16', rolledOver: false })
    expect(() => paymentDueDate('2026-03-01', rolling)).toThrow(/holiday list/)
  })

  it('a fine of 0 accrues nothing and never reaches a cap', () => {
    expect(computeLateFee({ fineFen: 0, decidedOn: '2026-03-01', payOn: '2027-03-01' }, POLICY)).toMatchObject({ lateFeeFen: 0, capReachedOn: null })
  })

  it('an odd fine rounds the late fee down, once, on the total', () => {
    // 3% of 1.01 yuan is 3.03 fen a day: 3 days = 9.09 fen → 9 fen.
    expect(computeLateFee({ fineFen: 101, decidedOn: '2026-03-01', payOn: '2026-03-19' }, POLICY).lateFeeFen).toBe(9)
  })

  it('refuses a negative or fractional fine as a programming error', () => {
    expect(() => computeLateFee({ fineFen: -1, decidedOn: '2026-03-01', payOn: '2026-03-02' }, POLICY)).toThrow(RangeError)
    expect(() => computeLateFee({ fineFen: 1.5, decidedOn: '2026-03-01', payOn: '2026-03-02' }, POLICY)).toThrow(RangeError)
  })

  describe('properties', () => {
    const date = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays('2000-01-01', n))
    const fine = fc.integer({ min: 0, max: 100_000_000 })
    const policy = fc.record({
      deadlineDays: fc.integer({ min: 1, max: 60 }),
      ratePerDayBasisPoints: fc.integer({ min: 0, max: 10_000 }),
      capBasisPoints: fc.integer({ min: 0, max: 10_000 }),
      holidayRollover: fc.boolean()
    })
    const holidays = fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 30 })
    const input = fc.record({ fine, decidedOn: date, policy, holidays, a: fc.integer({ min: -30, max: 4000 }), b: fc.integer({ min: 0, max: 4000 }) })

    it('never negative, never above the fine, always an integer, never decreasing with the payment date', () => {
      fc.assert(
        fc.property(input, ({ fine: fineFen, decidedOn, policy: p, holidays: offsets, a, b }) => {
          const list = offsets.map((n) => addDays(decidedOn, n))
          const early = computeLateFee({ fineFen, decidedOn, payOn: addDays(decidedOn, a), holidays: list }, p)
          const late = computeLateFee({ fineFen, decidedOn, payOn: addDays(decidedOn, a + b), holidays: list }, p)
          for (const r of [early, late]) {
            expect(Number.isSafeInteger(r.lateFeeFen)).toBe(true)
            expect(r.lateFeeFen).toBeGreaterThanOrEqual(0)
            expect(r.lateFeeFen).toBeLessThanOrEqual(fineFen)
            expect(r.lateFeeFen).toBeLessThanOrEqual(r.capFen)
            expect(r.totalFen).toBe(fineFen + r.lateFeeFen)
          }
          expect(late.lateFeeFen).toBeGreaterThanOrEqual(early.lateFeeFen)
        }),
        { numRuns: 500 }
      )
    })

    it('the fee is 0 up to the due date and reaches the cap exactly on capReachedOn', () => {
      fc.assert(
        fc.property(fine, date, policy, (fineFen, decidedOn, p) => {
          const q = { ...p, holidayRollover: false }
          const r = computeLateFee({ fineFen, decidedOn, payOn: decidedOn }, q)
          expect(computeLateFee({ fineFen, decidedOn, payOn: r.dueDate }, q).lateFeeFen).toBe(0)
          if (r.capReachedOn !== null) {
            expect(computeLateFee({ fineFen, decidedOn, payOn: r.capReachedOn }, q).lateFeeFen).toBe(r.capFen)
            expect(computeLateFee({ fineFen, decidedOn, payOn: addDays(r.capReachedOn, -1) }, q).lateFeeFen).toBeLessThan(r.capFen)
          }
        }),
        { numRuns: 300 }
      )
    })
  })
})

describe('calendar days', () => {
  it('adds and counts days and months', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysBetween('2026-03-16', '2026-04-19')).toBe(34)
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2026-11-01', 6)).toBe('2027-05-01')
  })

  it('throws on an impossible date (a programming error: facts are validated first)', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
  })
})
