import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../shared/contract/result'
import { dayRange, dayStartSeconds } from './day-range'

const seconds = (iso: string): number => Date.parse(iso) / 1000

function refusal(run: () => unknown): { code: string; field: string | undefined } {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.field }
    throw error
  }
  throw new Error('expected a refusal')
}

describe('report days', () => {
  it('a day in Shanghai starts at 16:00 UTC the day before', () => {
    expect(dayStartSeconds('2026-11-21', 'Asia/Shanghai')).toBe(seconds('2026-11-20T16:00:00Z'))
    expect(dayStartSeconds('2026-11-21', 'UTC')).toBe(seconds('2026-11-21T00:00:00Z'))
  })

  it('follows daylight time where the zone has it (Berlin: 23 h on the last Sunday of March)', () => {
    const start = dayStartSeconds('2026-03-29', 'Europe/Berlin')
    const next = dayStartSeconds('2026-03-30', 'Europe/Berlin')
    expect(start).toBe(seconds('2026-03-28T23:00:00Z'))
    expect(next - start).toBe(23 * 3600)
  })

  it('defaults to today; from alone runs to today; each day is [start, next start)', () => {
    const today = dayRange({}, '2026-11-21', 'Asia/Shanghai')
    expect(today).toMatchObject({ from: '2026-11-21', to: '2026-11-21', looseFrom: '2026-11-19', looseTo: '2026-11-24' })
    expect(today.days).toEqual([{ date: '2026-11-21', startS: seconds('2026-11-20T16:00:00Z'), endS: seconds('2026-11-21T16:00:00Z') }])
    const week = dayRange({ from: '2026-11-15' }, '2026-11-21', 'Asia/Shanghai')
    expect(week.days.map((d) => d.date)).toEqual(['2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'])
    for (let i = 1; i < week.days.length; i++) expect(week.days[i]!.startS).toBe(week.days[i - 1]!.endS)
  })

  it('refuses impossible dates, the future, a reversed range and more than 31 days, naming the field', () => {
    const today = '2026-11-21'
    expect(refusal(() => dayRange({ from: '2026-02-30', to: '2026-03-01' }, today, 'Asia/Shanghai'))).toEqual({ code: 'REPORT_DATE_INVALID', field: 'from' })
    expect(refusal(() => dayRange({ to: '2026-11-22' }, today, 'Asia/Shanghai'))).toEqual({ code: 'REPORT_DATE_IN_FUTURE', field: 'to' })
    expect(refusal(() => dayRange({ from: '2026-11-20', to: '2026-11-19' }, today, 'Asia/Shanghai'))).toEqual({ code: 'REPORT_RANGE_REVERSED', field: 'from' })
    expect(refusal(() => dayRange({ from: '2026-10-21', to: '2026-11-21' }, today, 'Asia/Shanghai'))).toEqual({ code: 'REPORT_RANGE_TOO_LONG', field: 'from' })
    expect(dayRange({ from: '2026-10-22', to: '2026-11-21' }, today, 'Asia/Shanghai').days).toHaveLength(31)
  })
})
