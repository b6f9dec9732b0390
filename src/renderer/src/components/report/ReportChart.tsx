// The chart of the report (MUI X Charts): the day's or the period's business as stacked bars —
// per day over a period, per clerk for a single day (one bar of a day says nothing). Money is in
// the tables, not here: it would need its own axis. Text is the theme's (the bundled Noto Sans SC).
import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { BarChart } from '@mui/x-charts/BarChart'
import type { DailyReport, ReportCounts, ReportMeasure } from '../../../../shared/contract/workflows/report-schemas'
import { t } from '../../i18n/zh-CN'
import { rowName } from './row-label'

const c = t.report.chart

/** The counts the bars stack, each with a colour that stays apart from its neighbours. */
const SERIES: readonly { measure: ReportMeasure; color: string }[] = [
  { measure: 'registrations', color: '#1f4e8c' },
  { measure: 'phoneChanges', color: '#6b9bd6' },
  { measure: 'bindings', color: '#23806f' },
  { measure: 'unbindings', color: '#93cbbd' },
  { measure: 'decisions', color: '#c26d12' },
  { measure: 'payments', color: '#ecc07a' },
  { measure: 'disputesFiled', color: '#7d4fa8' }
]

/** Few bars stay bar-wide rather than filling the whole width: more gap between the bands. */
function gapFor(bands: number): number {
  return bands <= 2 ? 0.75 : bands <= 4 ? 0.55 : bands <= 10 ? 0.35 : 0.2
}

interface ChartProps {
  report: DailyReport
  /** The days to draw over a period: everyone's, or one clerk's. */
  days: readonly { date: string; counts: ReportCounts }[]
}

export function ReportChart({ report, days }: ChartProps) {
  const perClerk = report.days.length === 1
  const title = perClerk ? c.perClerk : c.perDay
  const dataset = perClerk
    ? report.rows.map((row) => ({ label: rowName(row), ...row.counts }))
    : days.map((day) => ({ label: day.date.slice(5), ...day.counts }))
  return (
    <Box role="figure" aria-label={title} sx={{ minWidth: 0 }}>
      <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      <BarChart
        height={320}
        dataset={dataset}
        // CJK glyphs are taller than the Latin ones the default axis sizes are made for: a tick
        // label that does not fit is dropped, so give both axes room for Noto Sans SC.
        xAxis={[{ scaleType: 'band', dataKey: 'label', height: 36, categoryGapRatio: gapFor(dataset.length), tickLabelStyle: { fontSize: 13 } }]}
        yAxis={[{ label: c.countAxis, tickMinStep: 1, width: 60, tickLabelStyle: { fontSize: 13 } }]}
        series={SERIES.map((s) => ({ dataKey: s.measure, label: t.report.measures[s.measure], stack: 'business', color: s.color }))}
        grid={{ horizontal: true }}
        margin={{ top: 20, right: 16, bottom: 4, left: 8 }}
        slotProps={{ legend: { position: { vertical: 'top', horizontal: 'center' } } }}
        localeText={{ noData: c.noData, loading: c.loading }}
        skipAnimation
      />
    </Box>
  )
}
