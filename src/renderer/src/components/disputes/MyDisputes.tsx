// 我的异议: the objections the signed-in operator filed or proposed, newest first, with where each
// stands and the reviewer's comment; 查看 opens one (with the form to amend and re-submit it when
// it was sent back for 补录).
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import type { DisputeSummary } from '../../../../shared/contract/workflows/disputes-schemas'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { DisputeDialog } from './DisputeDialog'
import { DisputeStatusChip } from './DisputeDetailView'

const s = t.disputes.section
const x = t.disputes

export function MyDisputes({ items, onChanged }: { items: readonly DisputeSummary[]; onChanged: () => void }) {
  const [viewing, setViewing] = useState<string | null>(null)
  return (
    <Paper sx={{ p: 2 }}>
      {items.length === 0 ? (
        <Typography color="text.secondary">{x.review.mineEmpty}</Typography>
      ) : (
        <Table size="small" aria-label={x.review.mineList}>
          <TableHead>
            <TableRow>
              <TableCell>{s.record}</TableCell>
              <TableCell>{x.detail.person}</TableCell>
              <TableCell>{s.status}</TableCell>
              <TableCell>{s.outcome}</TableCell>
              <TableCell>{x.detail.lastReview}</TableCell>
              <TableCell>{s.filedAt}</TableCell>
              <TableCell align="right">{s.actions}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((d) => (
              <TableRow key={d.id} selected={d.status === 'returned'}>
                <TableCell>
                  <Typography component="div" sx={{ fontWeight: 700 }}>
                    {d.record.plate} · {d.record.behaviour}
                  </Typography>
                  <Typography component="div" variant="caption" color="text.secondary">
                    {d.record.recordNo}
                  </Typography>
                </TableCell>
                <TableCell>{d.personName}</TableCell>
                <TableCell>
                  <DisputeStatusChip status={d.status} awaitingCentral={d.awaitingCentral} />
                </TableCell>
                <TableCell>{d.outcome === null ? '—' : x.outcomes[d.outcome]}</TableCell>
                <TableCell>{d.reviewedBy === null ? '—' : `${d.reviewComment ?? x.decisions.approve}（${d.reviewedBy}）`}</TableCell>
                <TableCell>{formatZoned(d.filedAt)}</TableCell>
                <TableCell align="right">
                  <Button size="small" onClick={() => setViewing(d.id)} aria-label={s.viewLabel(d.record.recordNo)}>
                    {s.view}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {viewing !== null && <DisputeDialog key={viewing} disputeId={viewing} open onClose={() => setViewing(null)} onChanged={onChanged} />}
    </Paper>
  )
}
