// 交通违法记录, newest first. Unprocessed records are what the clerk is usually here for, so their
// rows are tinted and counted in the heading.
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import { alpha } from '@mui/material/styles'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { ViolationView } from '../../../shared/contract'
import { formatFen } from '../format/money'
import { violationSeverity } from '../format/status'
import { newestFirst } from '../format/order'
import { formatZoned } from '../format/time'
import { t } from '../i18n/zh-CN'
import { SectionTitle } from './SectionTitle'

const TITLE_ID = 'violations-title'
const w = t.person.violations

export function ViolationsTable({ violations }: { violations: readonly ViolationView[] }) {
  const rows = newestFirst(violations)
  const open = violations.filter((v) => v.status === 'unprocessed').length
  return (
    <Paper component="section" sx={{ p: 2.5 }}>
      <SectionTitle
        id={TITLE_ID}
        title={w.title}
        icon={<ReceiptLongOutlinedIcon color="primary" aria-hidden="true" />}
        aside={open > 0 ? <Chip color="error" label={w.openCount(open)} /> : undefined}
      />
      {rows.length === 0 ? (
        <Typography color="text.secondary">{w.empty}</Typography>
      ) : (
        <TableContainer>
          <Table aria-label={w.title}>
            <TableHead>
              <TableRow>
                <TableCell>{w.occurredAt}</TableCell>
                <TableCell>{w.place}</TableCell>
                <TableCell>{w.behaviour}</TableCell>
                <TableCell>{w.plate}</TableCell>
                <TableCell align="right">{w.fine}</TableCell>
                <TableCell align="right">{w.points}</TableCell>
                <TableCell>{w.status}</TableCell>
                <TableCell>{w.decisionNo}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((v) => {
                const unprocessed = v.status === 'unprocessed'
                return (
                  <TableRow
                    key={v.id}
                    sx={
                      unprocessed
                        ? (theme) => ({
                            bgcolor: alpha(theme.palette.error.main, 0.06),
                            boxShadow: `inset 3px 0 0 ${theme.palette.error.main}`
                          })
                        : undefined
                    }
                  >
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatZoned(v.occurredAt)}</TableCell>
                    <TableCell>{v.place}</TableCell>
                    <TableCell>
                      {v.behaviour}
                      <Typography component="div" variant="caption" color="text.secondary">
                        {v.code} · {w.sources[v.source]}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{v.plate}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {formatFen(v.fineFen)}
                    </TableCell>
                    <TableCell align="right" sx={{ fontWeight: v.points > 0 ? 700 : 400 }}>
                      {v.points}
                    </TableCell>
                    <TableCell>
                      <Chip
                        label={w.statuses[v.status]}
                        color={violationSeverity(v.status)}
                        variant={unprocessed ? 'filled' : 'outlined'}
                      />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{v.decisionNo ?? '—'}</TableCell>
                  </TableRow>
                )
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  )
}
