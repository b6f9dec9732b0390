// 交通违法记录, newest first. Unprocessed records are what the clerk is usually here for, so their
// rows are tinted and counted in the heading. Each row carries the two rules verdicts: could the
// citizen do it on 12123 themselves, and may the window do it now (ViolationRow).
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { ViolationView } from '../../../shared/contract'
import { newestFirst } from '../format/order'
import { t } from '../i18n/zh-CN'
import { SectionTitle } from './SectionTitle'
import { ViolationRow } from './ViolationRow'

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
                <TableCell>{w.verdicts.questions.selfService}</TableCell>
                <TableCell>{w.verdicts.questions.window}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((v) => (
                <ViolationRow key={v.id} violation={v} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  )
}
