// Channels of the supervisors' daily report: counts per clerk and per day, chart data and CSV export.
// Schemas in ./report-schemas. Supervisors only; every viewing and export is audited.
import { channel, type ChannelSpec } from '../channel-spec'
import { dailyReportSchema, reportCsvSchema, reportRangeInput } from './report-schemas'

export const reportChannels = {
  /** The counts of a range of days (today by default, at most REPORT_MAX_DAYS): per clerk, per day, per clerk and day. */
  'report:daily': channel({ access: 'session', roles: ['supervisor'], input: reportRangeInput, output: dailyReportSchema }),
  /** The same counts as CSV text (one line per clerk and day, then per clerk, then the total) for Excel. */
  'report:export': channel({ access: 'session', roles: ['supervisor'], input: reportRangeInput, output: reportCsvSchema })
} as const satisfies Record<string, ChannelSpec>
