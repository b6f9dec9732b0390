import { describe, expect, it } from 'vitest'
import type { DailyReport } from '../../../shared/contract/workflows/report-schemas'
import { zeroCounts } from './aggregate'
import { BOM, CSV_HEADER, csvField, fenToYuan, reportCsv, reportFileName } from './csv'

const counts = (values: Partial<ReturnType<typeof zeroCounts>>) => ({ ...zeroCounts(), ...values })

const report: DailyReport = {
  from: '2026-11-20',
  to: '2026-11-21',
  today: '2026-11-21',
  timeZone: 'Asia/Shanghai',
  days: [
    { date: '2026-11-20', counts: counts({ registrations: 1, decisions: 2 }) },
    { date: '2026-11-21', counts: counts({ decisions: 1, payments: 1, fineFen: 20000, lateFeeFen: 605 }) }
  ],
  rows: [
    { key: 'clerk:100001', kind: 'clerk', operatorNo: '100001', operatorName: '王建国', place: '福田车管所, 1号窗口', counts: counts({ registrations: 1, decisions: 1, payments: 1, fineFen: 20000, lateFeeFen: 605 }) },
    { key: 'app', kind: 'app', operatorNo: null, operatorName: null, place: null, counts: counts({ decisions: 2 }) }
  ],
  cells: [
    { date: '2026-11-20', key: 'clerk:100001', counts: counts({ registrations: 1 }) },
    { date: '2026-11-20', key: 'app', counts: counts({ decisions: 2 }) },
    { date: '2026-11-21', key: 'clerk:100001', counts: counts({ decisions: 1, payments: 1, fineFen: 20000, lateFeeFen: 605 }) }
  ],
  totals: counts({ registrations: 1, decisions: 3, payments: 1, fineFen: 20000, lateFeeFen: 605 }),
  decisionsByChannel: { window: 1, app: 2 },
  pendingCount: 0,
  organName: '深圳市公安局交通警察支队',
  workstationName: '1号窗口',
  generatedAt: '2026-11-21T10:00:00.000+08:00'
}

describe('report CSV', () => {
  it('is UTF-8 with a BOM, CRLF, a Chinese header and the same numbers, money in yuan', () => {
    const { csv, lines } = reportCsv(report)
    expect(csv.startsWith(BOM)).toBe(true)
    const rows = csv.slice(1).split('\r\n')
    expect(rows.at(-1)).toBe('')
    expect(rows[0]).toBe(CSV_HEADER.join(','))
    expect(rows[0]).toContain('类别,日期,经办人,警号,办理地点,面签注册,手机号变更,备案,解除备案,处罚决定,缴款笔数,罚款（元）,加处罚款（元）')
    expect(lines).toBe(rows.length - 2)
    expect(rows.slice(1, -1)).toEqual([
      '每日明细,2026-11-20,王建国,100001,"福田车管所, 1号窗口",1,0,0,0,0,0,0.00,0.00,0,0,0,0,0,0',
      '每日明细,2026-11-20,交管12123,,,0,0,0,0,2,0,0.00,0.00,0,0,0,0,0,0',
      '当日合计,2026-11-20,全部,,,1,0,0,0,2,0,0.00,0.00,0,0,0,0,0,0',
      '每日明细,2026-11-21,王建国,100001,"福田车管所, 1号窗口",0,0,0,0,1,1,200.00,6.05,0,0,0,0,0,0',
      '当日合计,2026-11-21,全部,,,0,0,0,0,1,1,200.00,6.05,0,0,0,0,0,0',
      '区间小计,2026-11-20至2026-11-21,王建国,100001,"福田车管所, 1号窗口",1,0,0,0,1,1,200.00,6.05,0,0,0,0,0,0',
      '区间小计,2026-11-20至2026-11-21,交管12123,,,0,0,0,0,2,0,0.00,0.00,0,0,0,0,0,0',
      '总计,2026-11-20至2026-11-21,全部,,,1,0,0,0,3,1,200.00,6.05,0,0,0,0,0,0'
    ])
    expect(reportFileName(report)).toBe('业务统计_2026-11-20_2026-11-21.csv')
  })

  it('quotes what needs it and never lets Excel read a name as a formula', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('2026-11-21')).toBe('2026-11-21')
    expect(fenToYuan(5)).toBe('0.05')
    expect(fenToYuan(123456)).toBe('1234.56')
  })
})
