// 处理交通违法 at the window, for one record or several ticked together. Main first answers how each
// will be decided, oldest first with the points adding up (violation:previewBatch): the record, what
// the driver must be told (each warning that needs it is ticked off explicitly before 确认处理
// unlocks; in a batch that is the record that reaches 12), what follows, and, away from central,
// that the decision numbers are provisional. Then all are processed in one transaction, or none.
// The result lists the decisions (a provisional number is replaced on screen as soon as central
// assigns the definitive one), offers 缴款 for each and the printable 处理结果.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Divider from '@mui/material/Divider'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { Fragment, useEffect, useRef, useState } from 'react'
import type { AppError, ViolationView } from '../../../shared/contract'
import type { BatchDecision, BatchPreview, PaymentReceipt } from '../../../shared/contract/workflows/payment-schemas'
import { formatFen } from '../format/money'
import { syncStateLabel } from '../format/sync'
import { formatZoned } from '../format/time'
import { t } from '../i18n/zh-CN'
import { useSession } from '../session/session-context'
import { useModalRegistration, useShell } from '../shell/shell-context'
import { FindingList } from './FindingList'
import { InfoGrid } from './InfoGrid'
import { KeyHint } from './KeyHint'
import { BatchReview, WarningBox, confirmKey } from './payment/BatchReview'
import { PaymentDialog } from './payment/PaymentDialog'
import { ProcessOutcome } from './payment/ProcessOutcome'

const p = t.process
const b = t.payment.batch
const w = t.person.violations

interface ProcessDialogProps {
  open: boolean
  /** One record (its 处理 button) or the ticked ones. */
  violations: readonly ViolationView[]
  person: { id: string; name: string; idNumber: string }
  onClose: () => void
  /** Closed and faded out: the caller puts the focus back (the row's button may be gone by now). */
  onExited: () => void
  /** On closing after an answer: the records changed (or may have), read them again. */
  onChanged: () => void
}

export function ProcessDialog({ open, violations, person, onClose, onExited, onChanged }: ProcessDialogProps) {
  useModalRegistration(open)
  const { call } = useSession()
  const { sync, watchCommand } = useShell()
  const [preview, setPreview] = useState<BatchPreview | null>(null)
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(() => new Set())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [decisions, setDecisions] = useState<readonly BatchDecision[] | null>(null)
  const [paying, setPaying] = useState<{ decision: BatchDecision; open: boolean } | null>(null)
  const [paid, setPaid] = useState<ReadonlyMap<string, PaymentReceipt>>(() => new Map())
  const single = violations.length === 1 ? violations[0] : undefined
  const online = sync.error === null && sync.status?.state === 'online'

  // How main will decide them now: asked once per opening (the dialog is new for each).
  const [violationIds] = useState(() => violations.map((v) => v.id))
  useEffect(() => {
    let live = true
    void call('violation:previewBatch', { personId: person.id, violationIds }).then((answer) => {
      if (!live) return
      if (answer.ok) setPreview(answer.value)
      else setError(answer.error)
    })
    return () => {
      live = false
    }
  }, [call, person.id, violationIds])

  const toConfirm = (preview?.items ?? []).flatMap((item) =>
    item.verdict.warnings.flatMap((finding, index) => (finding.confirm === true ? [confirmKey(item.violationId, index)] : []))
  )
  const left = toConfirm.filter((key) => !confirmed.has(key)).length
  const refused = (preview?.items ?? []).filter((item) => !item.verdict.allowed)
  const ready = preview !== null && refused.length === 0
  // Nothing to tick: 确认处理 takes the focus as soon as main has answered, so Enter processes.
  const submitButton = useRef<HTMLButtonElement>(null)
  const doneButton = useRef<HTMLButtonElement>(null)
  const needsTicks = toConfirm.length > 0
  useEffect(() => {
    if (ready && !needsTicks) submitButton.current?.focus()
  }, [ready, needsTicks])

  const close = (): void => {
    if (busy) return
    // Read the records again once the clerk is back on them: processed now, or, after a refusal,
    // possibly changed elsewhere (processed on 12123, new warnings).
    if (decisions !== null || error !== null) onChanged()
    onClose()
  }

  const toggle = (key: string): void =>
    setConfirmed((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })

  const submit = async (): Promise<void> => {
    if (busy || !ready || left > 0 || decisions !== null || preview === null) return
    setBusy(true)
    setError(null)
    const items = preview.items.map((item) => ({
      violationId: item.violationId,
      confirmed: [
        ...new Set(item.verdict.warnings.filter((f, index) => f.confirm === true && confirmed.has(confirmKey(item.violationId, index))).map((f) => f.code))
      ]
    }))
    const answer = await call('violation:processBatch', { personId: person.id, items })
    setBusy(false)
    if (!answer.ok) {
      setError(answer.error)
      return
    }
    setDecisions(answer.value.decisions)
    for (const d of answer.value.decisions) watchCommand(d.commandId, person.id)
  }

  const onPaid = (receipt: PaymentReceipt): void => {
    setPaid((current) => new Map(current).set(receipt.decisionId, receipt))
    watchCommand(receipt.commandId, person.id)
  }

  const item = preview?.items[0]
  const notOnline = !online && (
    <Alert severity="warning">
      {sync.status?.state === 'unenrolled' ? p.notEnrolled : p.notOnline(syncStateLabel(sync.error === null ? sync.status : null))}
    </Alert>
  )

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth disableRestoreFocus slotProps={{ transition: { onExited } }}>
      <DialogTitle sx={{ pb: 0 }}>{p.title}</DialogTitle>
      <Typography variant="body2" color="text.secondary" sx={{ px: 3 }}>
        {single !== undefined ? p.recordNo(single.recordNo) : decisions === null ? b.allOrNothing(violations.length) : ''}
      </Typography>
      {/* Keyed: the result's buttons are new elements, so 完成 takes the focus. */}
      {decisions !== null && preview !== null ? (
        <Fragment key="result">
          <DialogContent>
            <ProcessOutcome
              decisions={decisions}
              preview={preview}
              person={person}
              paid={paid}
              onPay={(decision) => setPaying({ decision, open: true })}
              printKeys={paying?.open !== true}
            />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button ref={doneButton} variant="contained" onClick={close} autoFocus aria-keyshortcuts="Enter">
              {p.close}
              <KeyHint keys="Enter" />
            </Button>
          </DialogActions>
          {paying !== null && (
            <PaymentDialog
              key={paying.decision.decisionId}
              open={paying.open}
              decisionId={paying.decision.decisionId}
              onClose={() => setPaying((current) => current && { ...current, open: false })}
              onExited={() => {
                setPaying(null)
                // The 缴款 button may be gone (paid): 完成 is where the clerk goes on from.
                doneButton.current?.focus()
              }}
              onPaid={onPaid}
            />
          )}
        </Fragment>
      ) : (
        <Fragment key="review">
          <DialogContent>
            <Stack spacing={2}>
              {preview === null && error === null && (
                <Stack role="status" spacing={1}>
                  <LinearProgress aria-hidden="true" />
                  <Typography color="text.secondary">{b.loading}</Typography>
                </Stack>
              )}
              {single !== undefined && item !== undefined && (
                <>
                  <InfoGrid
                    minColumn={150}
                    items={[
                      { label: p.party, value: person.name },
                      { label: w.plate, value: single.plate },
                      { label: w.occurredAt, value: formatZoned(single.occurredAt) },
                      { label: w.fine, value: formatFen(single.fineFen) },
                      { label: w.points, value: p.pointsValue(single.points) },
                      { label: w.place, value: single.place, wide: true },
                      { label: w.behaviour, value: `${single.code} ${single.behaviour}`, wide: true }
                    ]}
                  />
                  <Divider />
                  <Box role="group" aria-label={b.record(single.recordNo)}>
                    <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
                      {p.warnings}
                    </Typography>
                    {!item.verdict.allowed && (
                      <Box sx={{ color: 'error.main', mb: 1 }}>
                        {item.verdict.available ? <FindingList findings={item.verdict.denials} /> : item.verdict.unavailableReason?.message}
                      </Box>
                    )}
                    {item.verdict.warnings.length === 0 ? (
                      <Typography variant="body2" color="text.secondary">
                        {p.noFindings}
                      </Typography>
                    ) : (
                      <Stack spacing={1}>
                        {item.verdict.warnings.map((finding, index) => {
                          const key = confirmKey(item.violationId, index)
                          return <WarningBox key={key} finding={finding} checked={confirmed.has(key)} onToggle={() => toggle(key)} autoFocus={key === toConfirm[0]} />
                        })}
                      </Stack>
                    )}
                  </Box>
                  {item.verdict.consequences.length > 0 && (
                    <Box>
                      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700, mb: 0.5 }}>
                        {p.consequences}
                      </Typography>
                      <FindingList findings={item.verdict.consequences} />
                    </Box>
                  )}
                </>
              )}
              {single === undefined && preview !== null && (
                <BatchReview preview={preview} confirmed={confirmed} onToggle={toggle} firstConfirm={toConfirm[0] ?? null} />
              )}
              {preview !== null && notOnline}
              {refused.length > 0 && single === undefined && (
                <Alert severity="error">
                  {b.refused}
                  {refused.map((r) => b.record(r.recordNo)).join('、')}
                </Alert>
              )}
              {error !== null && (
                <Alert role="alert" severity="error">
                  {error.message}
                </Alert>
              )}
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2, gap: 1 }}>
            <Typography variant="body2" sx={{ flex: 1, color: 'warning.dark' }} aria-live="polite">
              {left > 0 ? p.confirmsLeft(left) : ''}
            </Typography>
            <Button onClick={close} disabled={busy} aria-keyshortcuts="Escape">
              {p.cancel}
              <KeyHint keys="Esc" />
            </Button>
            <Button ref={submitButton} variant="contained" onClick={() => void submit()} disabled={busy || !ready || left > 0}>
              {busy ? p.submitting : single !== undefined ? p.submit : b.submitMany(violations.length)}
            </Button>
          </DialogActions>
        </Fragment>
      )}
    </Dialog>
  )
}
