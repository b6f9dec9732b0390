import { describe, expect, it } from 'vitest'
import { addDays, pageRange, quickRange, rangeDays, rangeProblem } from './report-range'

describe('report ranges', () => {
  it('quick choices are relative to main’s today', () => {
    expect(quickRange('today', '2026-11-21')).toEqual({ from: '2026-11-21', to: '2026-11-21' })
    expect(quickRange('yesterday', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' })
    expect(quickRange('lastSeven', '2026-11-21')).toEqual({ from: '2026-11-15', to: '2026-11-21' })
    expect(quickRange('thisMonth', '2026-11-21')).toEqual({ from: '2026-11-01', to: '2026-11-21' })
  })

  it('pages by the range’s own length, never past today', () => {
    expect(pageRange({ from: '2026-11-15', to: '2026-11-21' }, -1, '2026-11-21')).toEqual({ from: '2026-11-08', to: '2026-11-14' })
    expect(pageRange({ from: '2026-11-08', to: '2026-11-14' }, 1, '2026-11-21')).toEqual({ from: '2026-11-15', to: '2026-11-21' })
    expect(pageRange({ from: '2026-11-21', to: '2026-11-21' }, 1, '2026-11-21')).toBeNull()
    expect(rangeDays({ from: '2026-12-31', to: '2027-01-01' })).toBe(2)
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
  })

  it('says what is wrong at the field it concerns', () => {
    const today = '2026-11-21'
    expect(rangeProblem({ from: '2026-11-01', to: '2026-11-21' }, today)).toBeNull()
    expect(rangeProblem({ from: '2026-02-30', to: '2026-11-21' }, today)).toEqual({ field: 'from', message: '请输入完整的日期' })
    expect(rangeProblem({ from: '2026-11-01', to: '2026-11-22' }, today)?.field).toBe('to')
    expect(rangeProblem({ from: '2026-11-21', to: '2026-11-20' }, today)).toEqual({ field: 'from', message: '起始日期不能晚于截止日期' })
    expect(rangeProblem({ from: '2026-10-01', to: '2026-11-21' }, today)).toEqual({ field: 'from', message: '一次最多统计31天，所选为52天' })
  })
})
