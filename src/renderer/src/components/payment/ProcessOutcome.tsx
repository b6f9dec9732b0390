// After processing: the decisions as main saved them (one: the familiar summary; several: a table),
// each with 缴款 for the citizen who pays at once and 打印决定书 once its number is definitive, and the
// printable 违法处理结果告知单 listing them.
// A provisional number is replaced here as soon as central assigns the definitive one.
import CheckCircleIcon from '@mui/icons-material/CheckCircle'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { maskIdNumber } from '../../../../shared/masking'
import type { BatchDecision, BatchPreview, PaymentReceipt } from '../../../../shared/contract/workflows/payment-schemas'
import { formatFen } from '../../format/money'
import { t } from '../../i18n/zh-CN'
import { useShell } from '../../shell/shell-context'
import { ProcessResultView, ProvisionalChip } from '../ProcessResultView'
import { PrintSlip } from '../slip/PrintSlip'
import { DecisionPrintAction } from '../printing/DecisionPrintAction'
import { useState } from 'react'

const b = t.payment.batch
const slip = t.payment.slip
const p = t.process

type OutcomeOf = ReturnType<typeof useShell>['commandOutcome']

/** The number to show: central's once it has assigned one, else the one saved here. */
export function decisionNoOf(d: BatchDecision, outcomeOf: OutcomeOf): { number: string; provisional: boolean; rejected: string | null } {
  const outcome = d.provisional ? outcomeOf(d.commandId) : undefined
  const definitive = outcome?.kind === 'confirmed' ? outcome.decisionNo : null
  return { number: definitive ?? d.decisionNo, provisional: d.provisional && definitive === null, rejected: outcome?.kind === 'rejected' ? outcome.message : null }
}

function PayCell({ decision, paid, onPay }: { decision: BatchDecision; paid: PaymentReceipt | undefined; onPay: (d: BatchDecision) => void }) {
  if (paid !== undefined) return <Typography variant="body2" color="success.main">{b.paid(paid.receiptNo)}</Typography>
  if (decision.fineFen === 0) return <Typography variant="body2" color="text.secondary">—</Typography>
  return (
    <Button size="small" variant="outlined" onClick={() => onPay(decision)}>
      {t.payment.pay.action}
    </Button>
  )
}

function DecisionRow({ decision, item, paid, onPay, onPrinting }: { decision: BatchDecision; item: BatchPreview['items'][number] | undefined; paid: PaymentReceipt | undefined; onPay: (d: BatchDecision) => void; onPrinting: (open: boolean) => void }) {
  const { commandOutcome } = useShell()
  const { number, provisional, rejected } = decisionNoOf(decision, commandOutcome)
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {number}
        {provisional && <ProvisionalChip />}
        {rejected !== null && (
          <Typography variant="caption" color="error" component="div">
            {p.rejected(rejected)}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {item?.plate} {item?.behaviour}
        <Typography variant="caption" color="text.secondary" component="div">
          {item === undefined ? '' : b.record(item.recordNo)}
        </Typography>
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {formatFen(decision.fineFen)}
      </TableCell>
      <TableCell align="right">{decision.points}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{decision.dueDate}</TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <PayCell decision={decision} paid={paid} onPay={onPay} />
          <DecisionPrintAction decisionId={decision.decisionId} compact disabledReason={provisional ? t.process.waiting : null} onOpenChange={onPrinting} />
        </Stack>
      </TableCell>
    </TableRow>
  )
}

interface ProcessOutcomeProps {
  decisions: readonly BatchDecision[]
  preview: BatchPreview
  person: { name: string; idNumber: string }
  paid: ReadonlyMap<string, PaymentReceipt>
  onPay: (d: BatchDecision) => void
  /** Ctrl+P prints the slip while true (off while the payment dialog is over this one). */
  printKeys: boolean
}

export function ProcessOutcome({ decisions, preview, person, paid, onPay, printKeys }: ProcessOutcomeProps) {
  const { commandOutcome } = useShell()
  // The decision's print dialog has its own Ctrl+P: the slip's stays quiet while it is up.
  const [printing, setPrinting] = useState(false)
  const itemOf = (d: BatchDecision) => preview.items.find((i) => i.violationId === d.violationId)
  const single = decisions.length === 1 ? decisions[0] : undefined
  const numbers = new Map(decisions.map((d) => [d.decisionId, decisionNoOf(d, commandOutcome)]))
  const anyProvisional = [...numbers.values()].some((n) => n.provisional)
  const rows = [
    { label: slip.party, value: person.name },
    { label: slip.idNumber, value: maskIdNumber(person.idNumber) },
    ...decisions.map((d) => {
      const item = itemOf(d)
      return {
        label: slip.decision(numbers.get(d.decisionId)?.number ?? d.decisionNo, numbers.get(d.decisionId)?.provisional ?? d.provisional),
        value: slip.decisionValue(item?.plate ?? '', item?.behaviour ?? '', formatFen(d.fineFen), d.points, d.dueDate)
      }
    }),
    { label: slip.pointsAfter, value: p.pointsValue(preview.cyclePointsAfter) }
  ]

  return (
    <Stack spacing={2.5}>
      {single !== undefined ? (
        <Stack spacing={1.5}>
          <ProcessResultView result={single} />
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <PayCell decision={single} paid={paid.get(single.decisionId)} onPay={onPay} />
            <DecisionPrintAction decisionId={single.decisionId} disabledReason={numbers.get(single.decisionId)?.provisional === true ? p.waiting : null} onOpenChange={setPrinting} />
          </Stack>
        </Stack>
      ) : (
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <CheckCircleIcon color="success" aria-hidden="true" />
            <Typography variant="h2" component="h3">
              {p.done}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {b.doneMany(decisions.length)}
            </Typography>
          </Stack>
          <Table size="small" aria-label={b.resultTable}>
            <TableHead>
              <TableRow>
                <TableCell>{b.columns.decisionNo}</TableCell>
                <TableCell>{b.columns.record}</TableCell>
                <TableCell align="right">{b.columns.fine}</TableCell>
                <TableCell align="right">{b.columns.points}</TableCell>
                <TableCell>{b.columns.due}</TableCell>
                <TableCell>{b.columns.pay}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {decisions.map((d) => (
                <DecisionRow key={d.decisionId} decision={d} item={itemOf(d)} paid={paid.get(d.decisionId)} onPay={onPay} onPrinting={setPrinting} />
              ))}
            </TableBody>
          </Table>
          {anyProvisional && <Alert severity="info">{p.waiting}</Alert>}
        </Stack>
      )}
      <Box>
        <PrintSlip
          title={slip.processTitle}
          number={single === undefined ? undefined : numbers.get(single.decisionId)?.number}
          rows={rows}
          notes={slip.processNotes(anyProvisional)}
          signatures={['被处罚人', '经办民警']}
          keysEnabled={printKeys && !printing}
        />
      </Box>
    </Stack>
  )
}
