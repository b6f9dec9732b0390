// 受理交通违法异议: a keyboard-first dialog in three steps (record and ground → confirm → receipt).
// Choosing a record asks the rules at once whether this window may take the objection (and where to
// go otherwise). Enter goes on when the step is complete (inside the statement, which takes new
// lines, Ctrl+Enter), Alt+← goes back, Esc cancels: nothing is saved before 确认受理.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import LinearProgress from '@mui/material/LinearProgress'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Step from '@mui/material/Step'
import StepLabel from '@mui/material/StepLabel'
import Stepper from '@mui/material/Stepper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { DISPUTE_GROUNDS, type DisputedRecord, type DisputeGround } from '../../../../shared/contract/workflows/disputes-schemas'
import { formatFen } from '../../format/money'
import { formatZoned } from '../../format/time'
import { t } from '../../i18n/zh-CN'
import { useModalRegistration, useShell } from '../../shell/shell-context'
import { FindingList } from '../FindingList'
import { InfoGrid } from '../InfoGrid'
import { KeyHint } from '../KeyHint'
import { AttachmentPicker } from './AttachmentPicker'
import { DisputeReceipt } from './DisputeReceipt'
import { STEP, useFileDispute, type FileDisputeFlow, type FileStep } from './useFileDispute'

const f = t.disputes.file
const x = t.disputes

interface FileDisputeDialogProps {
  open: boolean
  person: { id: string; name: string }
  candidates: readonly DisputedRecord[]
  onClose: () => void
  onExited: () => void
  /** An objection was filed: the record and the list are read again (on closing). */
  onChanged: () => void
}

/** Enter on these does their own thing instead of moving on. */
const keepsEnter = (el: EventTarget): boolean =>
  el instanceof HTMLElement && (el.tagName === 'BUTTON' || el.tagName === 'TEXTAREA' || el.getAttribute('role') === 'button')

const recordLine = (r: DisputedRecord): string => `${formatZoned(r.occurredAt)} · ${r.plate} · ${r.behaviour} · ${r.place}`

export function FileDisputeDialog({ open, person, candidates, onClose, onExited, onChanged }: FileDisputeDialogProps) {
  useModalRegistration(open)
  const { watchCommand } = useShell()
  const flow = useFileDispute(person.id)
  const { step, setStep, can, result } = flow
  const primaryButton = useRef<HTMLButtonElement>(null)

  const close = (): void => {
    if (flow.busy) return
    if (result !== null) onChanged()
    onClose()
  }
  const forward = async (): Promise<void> => {
    if (!can[step]) return
    if (step === STEP.form) {
      flow.setError(null)
      setStep(STEP.confirm)
    } else if (step === STEP.confirm) await flow.submit()
    else close()
  }
  const backward = (): void => {
    if (step !== STEP.confirm || flow.busy) return
    setStep(STEP.form)
  }
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.nativeEvent.isComposing) return
    // Ctrl+Enter goes on from anywhere, the statement and the file button included.
    if (event.key === 'Enter' && !event.altKey && (event.ctrlKey || !keepsEnter(event.target))) {
      event.preventDefault()
      void forward()
    } else if (event.key === 'ArrowLeft' && event.altKey) {
      event.preventDefault()
      backward()
    }
  }
  useEffect(() => {
    if (step !== STEP.form) primaryButton.current?.focus()
  }, [step])
  const saved = result?.commandId
  useEffect(() => {
    if (saved !== undefined) watchCommand(saved, person.id)
  }, [saved, person.id, watchCommand])

  const primary = step === STEP.form ? f.next : step === STEP.confirm ? (flow.busy ? f.submitting : f.submit) : f.done
  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth disableRestoreFocus onKeyDown={onKeyDown} slotProps={{ transition: { onExited } }} aria-labelledby="file-dispute-title">
      <DialogTitle id="file-dispute-title" sx={{ pb: 0.5 }}>
        {f.title}
      </DialogTitle>
      <Typography variant="body2" color="text.secondary" sx={{ px: 3, pb: 1 }}>
        {x.detail.person}：{person.name}
      </Typography>
      <Stepper activeStep={step} sx={{ px: 3, pb: 2 }} aria-label={f.title}>
        {f.steps.map((label, index) => (
          <Step key={label} completed={index < step}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <DialogContent dividers sx={{ minHeight: 320 }}>
        {step === STEP.form && <FormStep flow={flow} candidates={candidates} />}
        {step === STEP.confirm && <ConfirmStep flow={flow} candidates={candidates} />}
        {step === STEP.receipt && result !== null && <DisputeReceipt filed={result} keysEnabled={open} />}
        {flow.error !== null && flow.error.field !== 'attachments' && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {flow.error.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5, gap: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }} aria-live="polite">
          {hintFor(step, flow)}
        </Typography>
        {step !== STEP.receipt && (
          <Button onClick={close} disabled={flow.busy} aria-keyshortcuts="Escape">
            {f.cancel}
            <KeyHint keys="Esc" />
          </Button>
        )}
        {step === STEP.confirm && (
          <Button variant="outlined" onClick={backward} disabled={flow.busy} aria-keyshortcuts="Alt+ArrowLeft">
            {f.back}
            <KeyHint keys={f.backShortcut} />
          </Button>
        )}
        <Button ref={primaryButton} variant="contained" onClick={() => void forward()} disabled={!can[step]} aria-keyshortcuts="Enter">
          {primary}
          <KeyHint keys="Enter" />
        </Button>
      </DialogActions>
    </Dialog>
  )
}

function hintFor(step: FileStep, flow: FileDisputeFlow): string {
  if (step !== STEP.form || flow.can[STEP.form]) return ''
  if (flow.check?.allowed !== true) return f.needRecord
  if (flow.ground === null) return x.file.grounds
  return flow.statementMissing ? f.statementRequired : ''
}

function FormStep({ flow, candidates }: { flow: FileDisputeFlow; candidates: readonly DisputedRecord[] }) {
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])
  return (
    <Stack spacing={2}>
      <FormControl>
        <FormLabel id="dispute-records">{f.records}</FormLabel>
        <RadioGroup aria-labelledby="dispute-records" value={flow.violationId ?? ''} onChange={(e) => flow.choose(e.target.value)}>
          {candidates.map((r, i) => (
            <FormControlLabel
              key={r.id}
              value={r.id}
              control={<Radio size="small" slotProps={{ input: { ref: i === 0 ? first : undefined } }} />}
              label={
                <span>
                  {recordLine(r)}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {r.recordNo} · {formatFen(r.fineFen)} · {r.points}分
                  </Typography>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
      <Box component="section" aria-label={f.checks} aria-live="polite">
        {flow.checking && <LinearProgress aria-label={f.checking} />}
        {flow.check !== null && flow.check.allowed && (
          <Alert severity="success" sx={{ py: 0 }}>
            {f.allowed}
          </Alert>
        )}
        {flow.check !== null && !flow.check.allowed && (
          <Alert severity="error" sx={{ py: 0 }}>
            <FindingList findings={flow.check.denials} dense />
          </Alert>
        )}
        {flow.check !== null && flow.check.warnings.length > 0 && (
          <Alert severity="warning" sx={{ py: 0, mt: 1 }}>
            <FindingList findings={flow.check.warnings} dense />
          </Alert>
        )}
      </Box>
      <FormControl>
        <FormLabel id="dispute-grounds">{f.grounds}</FormLabel>
        <RadioGroup
          aria-labelledby="dispute-grounds"
          value={flow.ground ?? ''}
          onChange={(e) => flow.setGround(e.target.value as DisputeGround)}
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}
        >
          {DISPUTE_GROUNDS.map((g) => (
            <FormControlLabel key={g} value={g} control={<Radio size="small" />} label={x.grounds[g]} />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        label={f.statement}
        value={flow.statement}
        onChange={(e) => flow.setStatement(e.target.value.slice(0, 1000))}
        multiline
        minRows={2}
        error={flow.statementMissing || flow.error?.field === 'statement'}
        helperText={flow.statementMissing ? f.statementRequired : flow.error?.field === 'statement' ? flow.error.message : f.statementHelp}
      />
      <AttachmentPicker files={flow.files} onChange={flow.setFiles} error={flow.error?.field === 'attachments' ? flow.error.message : null} />
    </Stack>
  )
}

function ConfirmStep({ flow, candidates }: { flow: FileDisputeFlow; candidates: readonly DisputedRecord[] }) {
  const r = candidates.find((c) => c.id === flow.violationId)
  if (r === undefined || flow.ground === null) return null
  return (
    <Box component="section" aria-label={f.summary}>
      <InfoGrid
        minColumn={180}
        items={[
          { label: x.detail.record, value: r.recordNo },
          { label: t.person.violations.plate, value: `${r.plate}（${r.plateTypeName}）` },
          { label: t.person.violations.occurredAt, value: formatZoned(r.occurredAt) },
          { label: t.person.violations.fine, value: `${formatFen(r.fineFen)}，${r.points} 分` },
          { label: t.person.violations.place, value: r.place, wide: true },
          { label: t.person.violations.behaviour, value: `${r.behaviour}（${r.code}）`, wide: true },
          { label: f.grounds, value: x.grounds[flow.ground], wide: true },
          { label: f.statement, value: flow.statement.trim() === '' ? '—' : flow.statement.trim(), wide: true },
          { label: x.attachments.title, value: flow.files.length === 0 ? f.noAttachments : flow.files.map((file) => file.fileName).join('、'), wide: true }
        ]}
      />
      <Alert severity="info" sx={{ mt: 2 }}>
        {f.receiptNotes[0]}
      </Alert>
    </Box>
  )
}
