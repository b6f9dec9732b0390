// What a report row is called on screen: the clerk's name (警号 and window below it), or the
// channel of business no clerk did (交管12123, the bank…).
import type { ReportRow } from '../../../../shared/contract/workflows/report-schemas'
import { t } from '../../i18n/zh-CN'

export function rowName(row: ReportRow): string {
  if (row.kind !== 'clerk') return t.report.byClerk.channels[row.kind]
  return row.operatorName ?? t.report.byClerk.policeNo(row.operatorNo ?? '')
}

/** 警号 and place of a clerk's row; null for a channel's. */
export function rowDetail(row: ReportRow): string | null {
  if (row.kind !== 'clerk') return null
  return [t.report.byClerk.policeNo(row.operatorNo ?? ''), row.place].filter((x) => x !== null && x !== '').join(' · ')
}
