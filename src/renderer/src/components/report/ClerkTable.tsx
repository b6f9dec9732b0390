// 按经办人: one row per clerk (by 警号) and per channel without a clerk, then the total.
import Box from '@mui/material/Box'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { DailyReport } from '../../../../shared/contract/workflows/report-schemas'
import { t } from '../../i18n/zh-CN'
import { MEASURE_GROUPS, MeasureCells, MeasureHeader } from './measure-columns'
import { rowDetail, rowName } from './row-label'

const c = t.report.byClerk
const columns = 1 + MEASURE_GROUPS.reduce((n, g) => n + g.measures.length, 0)

export function ClerkTable({ report }: { report: DailyReport }) {
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={c.table} sx={{ '& td, & th': { fontVariantNumeric: 'tabular-nums' } }}>
        <TableHead>
          <MeasureHeader first={c.who} />
        </TableHead>
        <TableBody>
          {report.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns}>
                <Typography color="text.secondary">{c.empty}</Typography>
              </TableCell>
            </TableRow>
          )}
          {report.rows.map((row) => {
            const detail = rowDetail(row)
            return (
              <TableRow key={row.key} hover>
                <TableCell component="th" scope="row">
                  <Box sx={{ fontWeight: 500 }}>{rowName(row)}</Box>
                  {detail !== null && <Box sx={{ color: 'text.secondary', fontSize: '0.75rem' }}>{detail}</Box>}
                </TableCell>
                <MeasureCells counts={row.counts} />
              </TableRow>
            )
          })}
          <TableRow sx={{ bgcolor: 'grey.50', '& td, & th': { borderTop: 2, borderTopColor: 'divider' } }}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
              {c.total}
            </TableCell>
            <MeasureCells counts={report.totals} strong />
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  )
}
