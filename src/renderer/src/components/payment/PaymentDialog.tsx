// 缴纳罚款 at the window, from the keyboard: the amount due today itemised (main's rules), the bank
// receipt number typed and checked as typed (Enter goes on), a summary to confirm (Enter 确认收款,
// Alt+← back), then the printable 缴款凭证. A refusal (already paid, the bank's maintenance
// window) is shown instead of the field; one at saving (paid meanwhile at another window, receipt
// number used) brings the clerk back to the amounts with the reason, the field's next to it.
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import CheckCircleIcon from '@mui/icons-material/CheckCircle'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { Fragment, useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { PaymentQuote, PaymentReceipt } from '../../../../shared/contract/workflows/payment-schemas'
import { checkReceiptNo } from '../../../../shared/receipt-number'
import { formatFen } from '../../format/money'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useModalRegistration, useShell } from '../../shell/shell-context'
import { InfoGrid } from '../InfoGrid'
import { KeyHint } from '../KeyHint'
import { PaymentSlip } from './PaymentSlip'
import { QuoteView } from './QuoteView'

const y = t.payment.pay
const BACK_KEYS = [{ key: 'ArrowLeft', alt: true }] as const

type Step = 'quote' | 'confirm' | 'done'

interface PaymentDialogProps {
  open: boolean
  decisionId: string
  onClose: () => void
  onExited: () => void
  onPaid: (receipt: PaymentReceipt) => void
  /** On closing after a payment or a refusal at saving: the record changed (or may have), read it again. */
  onChanged?: () => void
}

export function PaymentDialog({ open, decisionId, onClose, onExited, onPaid, onChanged }: PaymentDialogProps) {
  useModalRegistration(open)
  const { call } = useSession()
  const { commandOutcome } = useShell()
  const [quote, setQuote] = useState<PaymentQuote | null>(null)
  const [step, setStep] = useState<Step>('quote')
  const [receiptNo, setReceiptNo] = useState('')
  const [touched, setTouched] = useState(false)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const [receipt, setReceipt] = useState<PaymentReceipt | null>(null)

  // The amounts as they stand now: read on opening, and again after a refusal at saving.
  const [quoteRound, setQuoteRound] = useState(0)
  useEffect(() => {
    let live = true
    void call('payment:quote', { decisionId }).then((answer) => {
      if (!live) return
      if (answer.ok) setQuote(answer.value)
      else setError(answer.error)
    })
    return () => {
      live = false
    }
  }, [call, decisionId, quoteRound])

  // Nothing to take (paid already, maintenance window): 取消 takes the focus, so Esc or Enter leaves.
  const cancelButton = useRef<HTMLButtonElement>(null)
  const refused = quote !== null && !quote.payable
  useEffect(() => {
    if (refused) cancelButton.current?.focus()
  }, [refused])

  const checked = checkReceiptNo(receiptNo)
  // Checked as typed; "required" only once the clerk tried to go on with an empty field.
  const shownError = fieldError ?? (checked.ok || (!touched && receiptNo.trim() === '') ? null : checked.message)

  const next = (): void => {
    setTouched(true)
    if (!checked.ok || quote === null || !quote.payable) return
    setFieldError(null)
    setError(null)
    setStep('confirm')
  }
  useHotkey(BACK_KEYS, () => setStep('quote'), open && step === 'confirm' && !busy)

  const submit = async (): Promise<void> => {
    if (busy || quote === null || !checked.ok) return
    setBusy(true)
    const answer = await call('payment:record', { decisionId, receiptNo: checked.value, fineFen: quote.fineFen, lateFeeFen: quote.lateFeeFen })
    setBusy(false)
    if (answer.ok) {
      setReceipt(answer.value)
      setStep('done')
      onPaid(answer.value)
      return
    }
    // Back to the amounts as they stand now, with the reason beside the field or above it.
    if (answer.error.field === 'receiptNo') setFieldError(answer.error.message)
    else setError(answer.error)
    setStep('quote')
    setQuoteRound((n) => n + 1)
  }

  const close = (): void => {
    if (busy) return
    if (receipt !== null || error !== null) onChanged?.()
    onClose()
  }
  const outcome = receipt === null ? undefined : commandOutcome(receipt.commandId)
  // A refusal at saving that the amounts read again now state themselves (paid meanwhile): said once.
  const saidByQuote = error !== null && quote !== null && !quote.payable && quote.denials.some((d) => d.code === error.code)

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth disableRestoreFocus slotProps={{ transition: { onExited } }}>
      <DialogTitle>{y.title}</DialogTitle>
      {/* Keyed: each step's buttons are new elements, so the autofocus of each step takes. */}
      {step === 'done' && receipt !== null ? (
        <Fragment key="done">
          <DialogContent>
            <Stack spacing={2}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <CheckCircleIcon color="success" aria-hidden="true" />
                <Typography variant="h2" component="h3">
                  {y.done}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {y.doneSummary}
                </Typography>
              </Stack>
              {outcome?.kind === 'rejected' ? (
                <Alert severity="error">{y.rejected(outcome.message)}</Alert>
              ) : outcome?.kind === 'confirmed' ? (
                <Alert severity="success">{y.confirmed}</Alert>
              ) : (
                <Alert severity="info">{y.pending}</Alert>
              )}
              <PaymentSlip receipt={receipt} pending={outcome?.kind !== 'confirmed'} />
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button variant="contained" onClick={close} autoFocus aria-keyshortcuts="Enter">
              {y.close}
              <KeyHint keys="Enter" />
            </Button>
          </DialogActions>
        </Fragment>
      ) : (
        <Fragment key={step}>
          <DialogContent>
            <Stack spacing={2}>
              {quote === null && error === null && (
                <Stack role="status" spacing={1}>
                  <LinearProgress aria-hidden="true" />
                  <Typography color="text.secondary">{y.loading}</Typography>
                </Stack>
              )}
              {quote !== null && step === 'quote' && <QuoteView quote={quote} />}
              {quote !== null && step === 'quote' && quote.payable && (
                <TextField
                  label={y.receiptNo}
                  value={receiptNo}
                  onChange={(e) => {
                    setReceiptNo(e.target.value)
                    setFieldError(null)
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault()
                      next()
                    }
                  }}
                  error={shownError !== null}
                  helperText={shownError ?? y.receiptHelp}
                  autoFocus
                  autoComplete="off"
                  slotProps={{ htmlInput: { maxLength: 64, spellCheck: false, style: { fontFamily: 'monospace', letterSpacing: 1 } } }}
                  sx={{ maxWidth: 420 }}
                />
              )}
              {quote !== null && step === 'confirm' && checked.ok && (
                <Stack role="region" aria-label={y.summary} spacing={1.5}>
                  <Typography sx={{ fontSize: '1.0625rem', fontWeight: 500 }}>{y.confirmText(formatFen(quote.totalFen), checked.value)}</Typography>
                  <InfoGrid
                    minColumn={160}
                    items={[
                      { label: y.decision, value: quote.decisionNo },
                      { label: y.party, value: quote.personName },
                      { label: y.fine, value: formatFen(quote.fineFen) },
                      { label: y.lateFee, value: `${formatFen(quote.lateFeeFen)}（${y.lateFeeDetail(quote.daysLate)}）` },
                      { label: y.total, value: formatFen(quote.totalFen) },
                      { label: y.receiptNo, value: checked.value }
                    ]}
                  />
                </Stack>
              )}
              {error !== null && !saidByQuote && (
                <Alert role="alert" severity="error">
                  {error.message}
                </Alert>
              )}
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2, gap: 1 }}>
            {step === 'confirm' && (
              <Button onClick={() => setStep('quote')} disabled={busy} startIcon={<ArrowBackIcon />} aria-keyshortcuts="Alt+ArrowLeft" sx={{ mr: 'auto' }}>
                {y.back}
                <KeyHint keys="Alt+←" />
              </Button>
            )}
            <Button ref={cancelButton} onClick={close} disabled={busy} aria-keyshortcuts="Escape">
              {y.cancel}
              <KeyHint keys="Esc" />
            </Button>
            {step === 'quote' && (
              <Button variant="contained" onClick={next} disabled={quote === null || !quote.payable} aria-keyshortcuts="Enter">
                {y.next}
                <KeyHint keys="Enter" />
              </Button>
            )}
            {step === 'confirm' && (
              <Button variant="contained" onClick={() => void submit()} disabled={busy} autoFocus aria-keyshortcuts="Enter">
                {busy ? y.submitting : y.submit}
              </Button>
            )}
          </DialogActions>
        </Fragment>
      )}
    </Dialog>
  )
}
