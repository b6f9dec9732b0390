// 按日: one row per day of the period (days without business too), then the total; for everyone,
// or for the one clerk or channel picked above it.
import Box from '@mui/material/Box'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import type { ReportCounts } from '../../../../shared/contract/workflows/report-schemas'
import { t } from '../../i18n/zh-CN'
import { MeasureCells, MeasureHeader } from './measure-columns'

const d = t.report.byDay

export function DayTable({ days, total }: { days: readonly { date: string; counts: ReportCounts }[]; total: ReportCounts }) {
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={d.table} sx={{ '& td, & th': { fontVariantNumeric: 'tabular-nums' } }}>
        <TableHead>
          <MeasureHeader first={d.date} />
        </TableHead>
        <TableBody>
          {days.map((day) => (
            <TableRow key={day.date} hover>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                {day.date}
              </TableCell>
              <MeasureCells counts={day.counts} />
            </TableRow>
          ))}
          <TableRow sx={{ bgcolor: 'grey.50', '& td, & th': { borderTop: 2, borderTopColor: 'divider' } }}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
              {d.total}
            </TableCell>
            <MeasureCells counts={total} strong />
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  )
}
