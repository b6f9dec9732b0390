// 今日收款: a clerk's payments of one day with the totals the cash drawer is counted against (fine,
// late fee, count), which of them central has not confirmed yet, the ones central refused, and the
// printable 日结单. A supervisor picks any clerk of the workstation; any earlier day can be looked at.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { CashUp } from '../../../../shared/contract/workflows/payment-schemas'
import { formatFen } from '../../format/money'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useModalRegistration } from '../../shell/shell-context'
import { InfoGrid } from '../InfoGrid'
import { KeyHint } from '../KeyHint'
import { CashUpSlip } from './CashUpSlip'

const c = t.payment.cashUp

interface CashUpDialogProps {
  open: boolean
  onClose: () => void
  onExited: () => void
}

export function CashUpDialog({ open, onClose, onExited }: CashUpDialogProps) {
  useModalRegistration(open)
  const { call, session } = useSession()
  const [query, setQuery] = useState<{ date?: string; operatorId?: string }>({})
  const [answer, setAnswer] = useState<{ cash: CashUp | null; error: AppError | null } | null>(null)

  useEffect(() => {
    let live = true
    void call('payment:cashup', query).then((result) => {
      if (!live) return
      setAnswer(result.ok ? { cash: result.value, error: null } : { cash: null, error: result.error })
    })
    return () => {
      live = false
    }
  }, [call, query])

  const cash = answer?.cash ?? null
  const supervisor = session.operator.role === 'supervisor'

  return (
    <Dialog open={open} onClose={onClose} maxWidth="lg" fullWidth disableRestoreFocus slotProps={{ transition: { onExited } }}>
      <DialogTitle>{c.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', pt: 1 }}>
            <TextField
              label={c.date}
              type="date"
              size="small"
              value={query.date ?? cash?.date ?? ''}
              onChange={(e) => {
                const date = e.target.value
                if (/^\d{4}-\d{2}-\d{2}$/.test(date)) setQuery((q) => ({ ...q, date }))
              }}
              autoFocus
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: cash?.generatedAt.slice(0, 10) } }}
              sx={{ width: 200, flexShrink: 0 }}
            />
            {supervisor && cash !== null && (
              <TextField
                select
                label={c.cashier}
                size="small"
                value={cash.operator.id}
                onChange={(e) => setQuery((q) => ({ ...q, operatorId: e.target.value }))}
                sx={{ minWidth: 220 }}
              >
                {cash.operators.map((o) => (
                  <MenuItem key={o.id} value={o.id}>
                    {o.name}（警号 {o.policeNo}）
                  </MenuItem>
                ))}
              </TextField>
            )}
            {!supervisor && cash !== null && (
              <Typography color="text.secondary">
                {c.cashier}：{cash.operator.name}（警号 {cash.operator.policeNo}）
              </Typography>
            )}
          </Stack>
          {answer === null && (
            <Stack role="status" spacing={1}>
              <LinearProgress aria-hidden="true" />
              <Typography color="text.secondary">{c.loading}</Typography>
            </Stack>
          )}
          {answer?.error != null && (
            <Alert role="alert" severity="error">
              {answer.error.message}
            </Alert>
          )}
          {cash !== null && (
            <>
              <Box sx={{ px: 2, py: 1.5, borderRadius: 1, bgcolor: 'grey.50', border: 1, borderColor: 'divider' }}>
                <InfoGrid
                  minColumn={160}
                  items={[
                    { label: t.payment.slip.count, value: `${cash.totals.count} 笔` },
                    { label: c.fineTotal, value: formatFen(cash.totals.fineFen) },
                    { label: c.lateFeeTotal, value: formatFen(cash.totals.lateFeeFen) },
                    { label: t.payment.slip.grandTotal, value: <Box component="span" sx={{ fontSize: '1.25rem', fontWeight: 700 }}>{formatFen(cash.totals.totalFen)}</Box> }
                  ]}
                />
              </Box>
              {cash.lines.length === 0 ? (
                <Typography color="text.secondary">{c.empty}</Typography>
              ) : (
                <Table size="small" aria-label={c.table}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{c.columns.time}</TableCell>
                      <TableCell>{c.columns.decisionNo}</TableCell>
                      <TableCell>{c.columns.plate}</TableCell>
                      <TableCell>{c.columns.receiptNo}</TableCell>
                      <TableCell align="right">{c.columns.fine}</TableCell>
                      <TableCell align="right">{c.columns.lateFee}</TableCell>
                      <TableCell align="right">{c.columns.total}</TableCell>
                      <TableCell>{c.columns.state}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {cash.lines.map((l) => (
                      <TableRow key={l.paymentId}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatZoned(l.paidAt).slice(11)}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{l.decisionNo}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{l.plate}</TableCell>
                        <TableCell sx={{ fontFamily: 'monospace' }}>{l.receiptNo}</TableCell>
                        <TableCell align="right">{formatFen(l.fineFen)}</TableCell>
                        <TableCell align="right">{formatFen(l.lateFeeFen)}</TableCell>
                        <TableCell align="right" sx={{ fontWeight: 500 }}>
                          {formatFen(l.totalFen)}
                        </TableCell>
                        <TableCell>
                          <Chip size="small" label={c.states[l.state]} color={l.state === 'pending' ? 'warning' : 'success'} variant="outlined" />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {cash.rejected.length > 0 && (
                <Alert severity="error">
                  <Typography sx={{ fontWeight: 700 }}>{c.rejectedTitle}</Typography>
                  {cash.rejected.map((r) => (
                    <div key={r.commandId}>{c.rejectedLine(formatZoned(r.at).slice(11), r.receiptNo, formatFen(r.totalFen), r.reason)}</div>
                  ))}
                </Alert>
              )}
              <CashUpSlip cash={cash} keysEnabled={open} />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} aria-keyshortcuts="Escape">
          {c.close}
          <KeyHint keys="Esc" />
        </Button>
      </DialogActions>
    </Dialog>
  )
}
