// 业务统计, a screen of its own for supervisors (Ctrl+B from anywhere, Esc back to the search): the
// counter business of a period — today by default — per clerk with the total, per day with a
// chart, for everyone or one clerk, and the CSV export of what is shown (Ctrl+S). The figures are
// main's (report:daily); each look and each export is audited there.
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useMemo, useState } from 'react'
import { REPORT_MEASURES, type DailyReport, type ReportCounts } from '../../../../shared/contract/workflows/report-schemas'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { KeyHint } from '../KeyHint'
import { ClerkTable } from './ClerkTable'
import { DayTable } from './DayTable'
import { ReportChart } from './ReportChart'
import { ReportSummary } from './ReportSummary'
import { formatZoned } from '../../format/time'
import { pageRange } from './report-range'
import { rowName } from './row-label'
import { RangeBar } from './RangeBar'
import { useReport } from './useReport'

const r = t.report
const BACK_KEYS = [{ key: 'Escape' }, { key: 'ArrowLeft', alt: true }] as const
const EXPORT_KEYS = [{ key: 's', ctrl: true }] as const
const EVERYONE = 'all'

const zero = (): ReportCounts => Object.fromEntries(REPORT_MEASURES.map((m) => [m, 0])) as ReportCounts

/** The days of the period for everyone, or for one clerk (or channel) from the per-day cells. */
function scopedDays(report: DailyReport, key: string): { days: { date: string; counts: ReportCounts }[]; total: ReportCounts } {
  if (key === EVERYONE) return { days: report.days, total: report.totals }
  const row = report.rows.find((x) => x.key === key)
  const days = report.days.map((d) => ({ date: d.date, counts: report.cells.find((c) => c.date === d.date && c.key === key)?.counts ?? zero() }))
  return { days, total: row?.counts ?? zero() }
}

interface ReportScreenProps {
  onLeave: () => void
  /** Off while the lock screen or a dialog is up. */
  keysEnabled: boolean
}

export function ReportScreen({ onLeave, keysEnabled }: ReportScreenProps) {
  const { state, setDraft, submit, quick, page, exportCsv } = useReport()
  const { report } = state
  const [scopeChoice, setScope] = useState(EVERYONE)
  // A clerk picked for another period may have no row in this one: everyone then.
  const scope = report !== null && report.rows.some((x) => x.key === scopeChoice) ? scopeChoice : EVERYONE
  const scoped = useMemo(() => (report === null ? null : scopedDays(report, scope)), [report, scope])
  const canLater = report !== null && pageRange({ from: report.from, to: report.to }, 1, report.today) !== null

  useHotkey(BACK_KEYS, onLeave, keysEnabled)
  useHotkey(EXPORT_KEYS, () => void exportCsv(), keysEnabled && report !== null)

  return (
    <Box sx={{ maxWidth: 1440, mx: 'auto', px: 3, py: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Button variant="outlined" startIcon={<ArrowBackIcon />} onClick={onLeave} aria-keyshortcuts="Escape Alt+ArrowLeft">
          {r.backToSearch}
          <KeyHint keys={r.backShortcut} />
        </Button>
        <Typography color="text.secondary" variant="body2">
          {r.breadcrumb}
        </Typography>
      </Stack>
      <Paper sx={{ p: 3 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
          <Typography variant="h1" component="h1">
            {r.title}
          </Typography>
          {report !== null && (
            <Typography color="text.secondary">
              {report.organName} · {report.workstationName}
            </Typography>
          )}
          <Box sx={{ flex: 1 }} />
          <Button
            variant="outlined"
            startIcon={<FileDownloadOutlinedIcon />}
            onClick={() => void exportCsv()}
            disabled={report === null || state.busy}
            aria-keyshortcuts="Control+S"
          >
            {r.export}
            <KeyHint keys={r.exportShortcut} />
          </Button>
        </Stack>
        <RangeBar
          draft={state.draft}
          onDraft={setDraft}
          errors={state.fieldErrors}
          onSubmit={submit}
          onQuick={quick}
          onPage={page}
          today={report?.today ?? null}
          canLater={canLater}
          keysEnabled={keysEnabled}
        />
        <Box sx={{ height: 4, mb: 1 }}>{state.busy && <LinearProgress aria-label={r.loading} />}</Box>
        {state.error !== null && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {state.error.message}
          </Alert>
        )}
        {report !== null && scoped !== null && (
          <Stack spacing={3}>
            <Stack role="status" spacing={0.25}>
              <Typography sx={{ fontWeight: 500 }}>
                {r.period(report.from, report.to, report.days.length)}
                <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400, ml: 2 }}>
                  {r.generated(formatZoned(report.generatedAt))}
                </Box>
              </Typography>
              {report.pendingCount > 0 && <Typography color="warning.main">{r.pending(report.pendingCount)}</Typography>}
              {state.exported !== null && <Typography color="success.main">{state.exported}</Typography>}
            </Stack>
            <ReportSummary report={report} />
            <Box component="section" aria-labelledby="report-by-clerk">
              <Typography id="report-by-clerk" variant="h2" component="h2" sx={{ mb: 1 }}>
                {r.byClerk.title}
              </Typography>
              <ClerkTable report={report} />
            </Box>
            <Box component="section" aria-labelledby="report-by-day">
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
                <Typography id="report-by-day" variant="h2" component="h2" sx={{ flexShrink: 0 }}>
                  {r.byDay.title}
                </Typography>
                <TextField
                  select
                  size="small"
                  label={r.byDay.scope}
                  value={scope}
                  onChange={(e) => setScope(e.target.value)}
                  sx={{ width: 280 }}
                >
                  <MenuItem value={EVERYONE}>{r.byDay.everyone}</MenuItem>
                  {report.rows.map((row) => (
                    <MenuItem key={row.key} value={row.key}>
                      {row.kind === 'clerk' ? `${rowName(row)}（${row.operatorNo}）` : rowName(row)}
                    </MenuItem>
                  ))}
                </TextField>
              </Stack>
              <ReportChart report={report} days={scoped.days} />
              <DayTable days={scoped.days} total={scoped.total} />
            </Box>
            <Typography variant="caption" color="text.secondary">
              {r.scopeNote}
            </Typography>
          </Stack>
        )}
      </Paper>
    </Box>
  )
}
