// The amount due on a decision today, as main's rules computed it: the decision, the fine and the
// late fee itemised (days late, 3% a day, capped at the fine), the total, and why it may not be
// taken now if so (already paid — with the receipt on record —, the bank's maintenance window).
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { PaymentQuote } from '../../../../shared/contract/workflows/payment-schemas'
import { formatFen } from '../../format/money'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { InfoGrid } from '../InfoGrid'
import { ProvisionalChip } from '../ProcessResultView'

const y = t.payment.pay

export function QuoteView({ quote }: { quote: PaymentQuote }) {
  const capped = quote.lateFeeFen > 0 && quote.lateFeeFen >= quote.lateFeeCapFen
  return (
    <Stack spacing={2}>
      <InfoGrid
        minColumn={170}
        items={[
          {
            label: y.decision,
            value: (
              <>
                {quote.decisionNo}
                {quote.provisional && <ProvisionalChip />}
              </>
            )
          },
          { label: y.party, value: `${quote.personName}（${quote.idNumberMasked}）` },
          { label: y.decidedOn, value: quote.decidedOn },
          { label: y.dueDate, value: y.dueValue(quote.dueDate) },
          { label: y.violation, value: `${quote.violation.plate} ${formatZoned(quote.violation.occurredAt)} ${quote.violation.code} ${quote.violation.behaviour}`, wide: true }
        ]}
      />
      <Box>
        <Stack direction="row" sx={{ alignItems: 'baseline', mb: 0.5 }}>
          <Typography variant="subtitle2" component="h3" id="quote-amounts" sx={{ fontWeight: 700, flex: 1 }}>
            {y.amounts}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {y.payOn(quote.payOn)}
          </Typography>
        </Stack>
        <Table size="small" aria-labelledby="quote-amounts" sx={{ '& td': { fontSize: '0.9375rem' } }}>
          <TableBody>
            <TableRow>
              <TableCell>{y.fine}</TableCell>
              <TableCell />
              <TableCell align="right">{formatFen(quote.fineFen)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{y.lateFee}</TableCell>
              <TableCell sx={{ color: quote.daysLate > 0 ? 'warning.dark' : 'text.secondary' }}>
                {y.lateFeeDetail(quote.daysLate)}
                {capped && `，${y.capped}`}
              </TableCell>
              <TableCell align="right">{formatFen(quote.lateFeeFen)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell sx={{ fontWeight: 700, borderBottom: 0 }}>{y.total}</TableCell>
              <TableCell sx={{ borderBottom: 0 }} />
              <TableCell align="right" sx={{ fontWeight: 700, fontSize: '1.25rem !important', borderBottom: 0 }}>
                {formatFen(quote.totalFen)}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
        {quote.notes.map((n) => (
          <Typography key={n.code} variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
            {n.message}
          </Typography>
        ))}
      </Box>
      {!quote.payable && (
        <Alert role="alert" severity="error">
          {quote.denials.map((d) => d.message).join('；')}
        </Alert>
      )}
      {quote.payable && quote.provisional && <Alert severity="info">{y.provisionalDecision}</Alert>}
    </Stack>
  )
}
