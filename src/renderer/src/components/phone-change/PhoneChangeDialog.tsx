// 变更联系电话: a keyboard-first dialog in five steps (records → identity → new number → confirm →
// slip). Enter goes on when the step is complete, Alt+← goes back, Esc cancels (nothing is saved
// before 确认变更). After saving, the person's record is read again when the dialog closes.
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import Step from '@mui/material/Step'
import StepLabel from '@mui/material/StepLabel'
import Stepper from '@mui/material/Stepper'
import Typography from '@mui/material/Typography'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { t } from '../../i18n/zh-CN'
import { useModalRegistration, useShell } from '../../shell/shell-context'
import { KeyHint } from '../KeyHint'
import { ChangeSlip } from './ChangeSlip'
import { ConfirmStep } from './ConfirmStep'
import { IdentityStep } from './IdentityStep'
import { NewNumberStep } from './NewNumberStep'
import { TargetsStep } from './TargetsStep'
import { STEP, usePhoneChangeFlow, type FlowStep } from './usePhoneChangeFlow'

const s = t.phoneChange

interface PhoneChangeDialogProps {
  open: boolean
  personId: string
  onClose: () => void
  onExited: () => void
  /** Closed after a saved change: the record changed, read it again. */
  onChanged: () => void
}

/** Enter on these moves on; on a button it presses the button instead. */
const isButton = (el: EventTarget): boolean => el instanceof HTMLElement && (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button')

export function PhoneChangeDialog({ open, personId, onClose, onExited, onChanged }: PhoneChangeDialogProps) {
  useModalRegistration(open)
  const { sync, watchCommand } = useShell()
  const flow = usePhoneChangeFlow(personId)
  const online = sync.error === null && sync.status?.state === 'online'
  const { step, setStep, can, result } = flow

  const close = (): void => {
    if (flow.busy) return
    if (result !== null) onChanged()
    onClose()
  }

  const forward = async (): Promise<void> => {
    if (!can[step]) return
    if (step === STEP.confirm) {
      await flow.submit()
      return
    }
    if (step === STEP.slip) {
      close()
      return
    }
    flow.setError(null)
    setStep((step + 1) as FlowStep)
  }

  const backward = (): void => {
    if (step === STEP.targets || step === STEP.slip || flow.busy) return
    flow.setError(null)
    setStep((step - 1) as FlowStep)
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.nativeEvent.isComposing) return
    if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !isButton(event.target)) {
      event.preventDefault()
      void forward()
    } else if (event.key === 'ArrowLeft' && event.altKey) {
      event.preventDefault()
      backward()
    }
  }

  // A code just read back completes the step: 下一步 takes the focus, so Enter goes on.
  const primaryButton = useRef<HTMLButtonElement>(null)
  const proven = step === STEP.identity ? flow.oldChallengeId : step === STEP.number ? flow.newChallengeId : null
  useEffect(() => {
    if (proven !== null) primaryButton.current?.focus()
  }, [proven])
  // Saving disabled the button (and so dropped its focus): the slip's 完成 takes it back.
  useEffect(() => {
    if (step === STEP.slip) primaryButton.current?.focus()
  }, [step])
  // After a refusal the button is enabled again: back on it, with the reason above.
  const refusal = flow.error
  useEffect(() => {
    if (refusal !== null) primaryButton.current?.focus()
  }, [refusal])

  // Follow the saved change until central answers; the person view reloads then too.
  const saved = result?.commandId
  useEffect(() => {
    if (saved !== undefined) watchCommand(saved, personId)
  }, [saved, personId, watchCommand])

  const primary = step === STEP.confirm ? (flow.busy ? s.confirm.submitting : s.confirm.submit) : step === STEP.slip ? s.done : s.next
  const loading = flow.targets === null

  return (
    <Dialog
      open={open}
      onClose={close}
      maxWidth="md"
      fullWidth
      disableRestoreFocus
      onKeyDown={onKeyDown}
      slotProps={{ transition: { onExited } }}
      aria-labelledby="phone-change-title"
    >
      <DialogTitle id="phone-change-title" sx={{ pb: 1 }}>
        {s.title}
      </DialogTitle>
      <Stepper activeStep={step} sx={{ px: 3, pb: 2 }} aria-label={s.title}>
        {s.steps.map((label, index) => (
          <Step key={label} completed={index < step}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <DialogContent dividers sx={{ minHeight: 280 }}>
        {loading && <LinearProgress aria-label={s.loading} />}
        {flow.targets !== null && !flow.targets.ok && (
          <Alert severity="error" role="alert">
            {flow.targets.error.message}
          </Alert>
        )}
        {flow.targets?.ok === true && (
          <>
            {step === STEP.targets && <TargetsStep flow={flow} />}
            {step === STEP.identity && <IdentityStep flow={flow} online={online} />}
            {step === STEP.number && <NewNumberStep flow={flow} />}
            {step === STEP.confirm && <ConfirmStep flow={flow} />}
            {step === STEP.slip && result !== null && <ChangeSlip result={result} />}
          </>
        )}
        {flow.error !== null && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {flow.error.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5, gap: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }} aria-live="polite">
          {hintFor(step, flow)}
        </Typography>
        {step !== STEP.slip && (
          <Button onClick={close} disabled={flow.busy} aria-keyshortcuts="Escape">
            {s.cancel}
            <KeyHint keys="Esc" />
          </Button>
        )}
        {step !== STEP.targets && step !== STEP.slip && (
          <Button variant="outlined" onClick={backward} disabled={flow.busy} aria-keyshortcuts="Alt+ArrowLeft">
            {s.back}
            <KeyHint keys={s.backShortcut} />
          </Button>
        )}
        <Button ref={primaryButton} variant="contained" onClick={() => void forward()} disabled={!can[step] || loading} aria-keyshortcuts="Enter">
          {primary}
          <KeyHint keys="Enter" />
        </Button>
      </DialogActions>
    </Dialog>
  )
}

/** What is still missing before Enter can move on. */
function hintFor(step: FlowStep, flow: ReturnType<typeof usePhoneChangeFlow>): string {
  if (flow.can[step]) return ''
  if (step === STEP.targets) return s.targets.chooseOne
  if (step === STEP.identity) return flow.method === 'id_document' ? s.identity.needDocument : s.identity.needCode
  if (step === STEP.number) return flow.answer?.allowed === true ? s.number.needCode : s.number.needValid
  return ''
}
