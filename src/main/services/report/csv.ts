// The report as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as the
// local ANSI code page), CRLF line ends, a header row in Chinese, money in yuan with two decimals.
// The first column says what each line is, so a filter on it gives lines that add up:
// 每日明细 (one clerk or channel, one day), 当日合计 (one day), 区间小计 (one clerk or channel,
// the whole range), 总计.
import {
  MONEY_MEASURES,
  REPORT_MEASURES,
  type DailyReport,
  type ReportCounts,
  type ReportRow,
  REPORT_CHANNEL_ROW_NAMES,
  REPORT_MEASURE_NAMES
} from '../../../shared/contract/workflows/report-schemas'

export const BOM = '\uFEFF'

export const CSV_HEADER = ['类别', '日期', '经办人', '警号', '办理地点', ...REPORT_MEASURES.map((m) => REPORT_MEASURE_NAMES[m])]

/** 12345 → "123.45". */
export function fenToYuan(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

/** RFC 4180 quoting; a leading = + - @ is defused so Excel never runs a name as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function measures(counts: ReportCounts): string[] {
  return REPORT_MEASURES.map((m) => (MONEY_MEASURES.includes(m) ? fenToYuan(counts[m]) : String(counts[m])))
}

function who(row: ReportRow | undefined): [string, string, string] {
  if (row === undefined) return ['全部', '', '']
  if (row.kind === 'clerk') return [row.operatorName ?? '', row.operatorNo ?? '', row.place ?? '']
  return [REPORT_CHANNEL_ROW_NAMES[row.kind], '', '']
}

export function reportCsv(report: DailyReport): { csv: string; lines: number } {
  const rowsByKey = new Map(report.rows.map((r) => [r.key, r]))
  const span = report.from === report.to ? report.from : `${report.from}至${report.to}`
  const lines: string[][] = []
  for (const day of report.days) {
    for (const cell of report.cells.filter((c) => c.date === day.date)) {
      lines.push(['每日明细', day.date, ...who(rowsByKey.get(cell.key)), ...measures(cell.counts)])
    }
    lines.push(['当日合计', day.date, ...who(undefined), ...measures(day.counts)])
  }
  for (const row of report.rows) lines.push(['区间小计', span, ...who(row), ...measures(row.counts)])
  lines.push(['总计', span, ...who(undefined), ...measures(report.totals)])
  const text = [CSV_HEADER, ...lines].map((fields) => fields.map(csvField).join(',')).join('\r\n')
  return { csv: `${BOM}${text}\r\n`, lines: lines.length }
}

export function reportFileName(report: DailyReport): string {
  return report.from === report.to ? `业务统计_${report.from}.csv` : `业务统计_${report.from}_${report.to}.csv`
}
