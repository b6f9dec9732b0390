// Shapes of the supervisors' daily report (业务统计): counts of the counter business per clerk and
// per day over a range of the workstation's local days, as central publishes them. Money is
// integer fen. The measures are listed once (REPORT_MEASURES) so the table, the chart and the CSV
// export show the same columns in the same order.
import { z } from 'zod'
import { isoDate, zonedTime } from '../schemas'

/** The longest range one report covers, in days (a month). */
export const REPORT_MAX_DAYS = 31

export const REPORT_MEASURES = [
  'registrations',
  'phoneChanges',
  'bindings',
  'unbindings',
  'decisions',
  'payments',
  'fineFen',
  'lateFeeFen',
  'disputesFiled',
  'disputesUpheld',
  'disputesVoided',
  'disputesPlateCorrected',
  'disputesTransferred',
  'disputesRejected'
] as const
export type ReportMeasure = (typeof REPORT_MEASURES)[number]

/** Measures that are amounts of money (fen), not counts of business. */
export const MONEY_MEASURES: readonly ReportMeasure[] = ['fineFen', 'lateFeeFen']

const count = z.number().int().nonnegative()

export const reportCountsSchema = z.strictObject({
  /** 面签注册 (personal and unit accounts). */
  registrations: count,
  /** 手机号变更 done as a business of its own (not the record phones a registration changed with it). */
  phoneChanges: count,
  /** 备案 saved at the window (in force, or sent to review). */
  bindings: count,
  /** 解除备案. */
  unbindings: count,
  /** Penalty decisions made (violations processed). */
  decisions: count,
  /** Fines paid, and the amounts collected. */
  payments: count,
  fineFen: count,
  lateFeeFen: count,
  /** 异议 filed, and the reviewed outcomes: upheld, voided (消除), plate corrected, transferred to the driver, rejected or sent back. */
  disputesFiled: count,
  disputesUpheld: count,
  disputesVoided: count,
  disputesPlateCorrected: count,
  disputesTransferred: count,
  disputesRejected: count
})
export type ReportCounts = z.infer<typeof reportCountsSchema>

export const reportRangeInput = z.strictObject({
  /** First day, YYYY-MM-DD in the workstation's zone; the last day when omitted. */
  from: isoDate.optional(),
  /** Last day (inclusive); today when omitted. */
  to: isoDate.optional()
})
export type ReportRangeInput = z.infer<typeof reportRangeInput>

/**
 * Who did it: a clerk (by 警号), or, for business no clerk did, the channel it came through:
 * 交管12123 (app), the bank, central itself, or a window whose record names no clerk (older data).
 */
export const reportRowKindSchema = z.enum(['clerk', 'app', 'bank', 'central', 'window'])
export type ReportRowKind = z.infer<typeof reportRowKindSchema>

/** The report's column names, the same on screen and in the CSV (money columns are in yuan). */
export const REPORT_MEASURE_NAMES = {
  registrations: '面签注册',
  phoneChanges: '手机号变更',
  bindings: '备案',
  unbindings: '解除备案',
  decisions: '处罚决定',
  payments: '缴款笔数',
  fineFen: '罚款（元）',
  lateFeeFen: '加处罚款（元）',
  disputesFiled: '异议受理',
  disputesUpheld: '异议维持',
  disputesVoided: '异议消除',
  disputesPlateCorrected: '更正号牌',
  disputesTransferred: '转移驾驶人',
  disputesRejected: '驳回/退回'
} as const satisfies Record<ReportMeasure, string>

/** Who a line is about when no clerk did the business, the same on screen and in the CSV. */
export const REPORT_CHANNEL_ROW_NAMES = {
  app: '交管12123',
  bank: '银行代收',
  central: '交管中心',
  window: '窗口（未记录经办人）'
} as const satisfies Record<Exclude<ReportRowKind, 'clerk'>, string>

export const reportRowSchema = z.strictObject({
  /** Stable key of the row: `clerk:<警号>` or the channel's kind. */
  key: z.string(),
  kind: reportRowKindSchema,
  operatorNo: z.string().nullable(),
  operatorName: z.string().nullable(),
  /** The organ / window the clerk's business was recorded at (the latest, if several). */
  place: z.string().nullable(),
  counts: reportCountsSchema
})
export type ReportRow = z.infer<typeof reportRowSchema>

export const dailyReportSchema = z.strictObject({
  from: isoDate,
  to: isoDate,
  today: isoDate,
  timeZone: z.string(),
  /** Every day of the range, oldest first, zero days included. */
  days: z.array(z.strictObject({ date: isoDate, counts: reportCountsSchema })),
  /** Clerks by 警号, then the channels without a clerk. */
  rows: z.array(reportRowSchema),
  /** One clerk's (or channel's) counts on one day, for every pair with any business. */
  cells: z.array(z.strictObject({ date: isoDate, key: z.string(), counts: reportCountsSchema })),
  totals: reportCountsSchema,
  /** Decisions made at a window (a clerk's, or a window record without one) and on 交管12123. */
  decisionsByChannel: z.strictObject({ window: count, app: count }),
  /** Business of the range saved here that central has not confirmed yet (counted already). */
  pendingCount: count,
  organName: z.string(),
  workstationName: z.string(),
  generatedAt: zonedTime
})
export type DailyReport = z.infer<typeof dailyReportSchema>

export const reportCsvSchema = z.strictObject({
  /** e.g. 业务统计_2026-11-01_2026-11-21.csv */
  fileName: z.string(),
  /** UTF-8 text starting with a byte-order mark (Excel reads it as UTF-8), CRLF line ends, header row in Chinese. */
  csv: z.string(),
  /** Data lines (without the header). */
  lines: count
})
export type ReportCsv = z.infer<typeof reportCsvSchema>
