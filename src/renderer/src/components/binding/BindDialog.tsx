// 新增备案（非本人机动车）: a keyboard-first dialog in four steps (vehicle → owner's consent →
// confirm → slip). Enter goes on when the step is complete, Alt+← goes back, Esc cancels (nothing
// is saved before 确认备案). After saving, the person's record is read again when the dialog closes,
// and the slip follows central's answer.
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Step from '@mui/material/Step'
import StepLabel from '@mui/material/StepLabel'
import Stepper from '@mui/material/Stepper'
import Typography from '@mui/material/Typography'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { BindingOverview } from '../../../../shared/contract/workflows/binding-schemas'
import { t } from '../../i18n/zh-CN'
import { useModalRegistration, useShell } from '../../shell/shell-context'
import { KeyHint } from '../KeyHint'
import { BindingSlip } from './BindingSlip'
import { ConfirmStep } from './ConfirmStep'
import { ConsentStep } from './ConsentStep'
import { STEP, useBindFlow, type BindFlow, type FlowStep } from './useBindFlow'
import { VehicleStep } from './VehicleStep'

const d = t.binding.dialog

interface BindDialogProps {
  open: boolean
  overview: BindingOverview
  onClose: () => void
  onExited: () => void
  /** A binding was saved or ended meanwhile: read the record again (on closing). */
  onChanged: () => void
}

/** Enter on these presses them instead of moving on. */
const isButton = (el: EventTarget): boolean => el instanceof HTMLElement && (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button')

export function BindDialog({ open, overview, onClose, onExited, onChanged }: BindDialogProps) {
  useModalRegistration(open)
  const { sync, watchCommand } = useShell()
  const flow = useBindFlow(overview)
  const online = sync.error === null && sync.status?.state === 'online'
  const { step, setStep, can, result } = flow
  const close = (): void => {
    if (flow.busy) return
    // A binding ended from the limit lists changed the record even if the dialog is cancelled.
    if (result !== null || flow.unbound) onChanged()
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
    if (step === STEP.vehicle || step === STEP.slip || flow.busy) return
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

  // A verified code or the presence tick completes the consent: 下一步 takes the focus.
  const primaryButton = useRef<HTMLButtonElement>(null)
  // The summary and the slip have nothing to type in: Enter confirms / closes from the button.
  useEffect(() => {
    if (step === STEP.confirm || step === STEP.slip) primaryButton.current?.focus()
  }, [step])
  const consentDone = step === STEP.consent && can[STEP.consent]
  useEffect(() => {
    if (consentDone && flow.consent === 'sms_code') primaryButton.current?.focus()
  }, [consentDone, flow.consent])

  const saved = result?.commandId
  useEffect(() => {
    if (saved !== undefined) watchCommand(saved, overview.person.id)
  }, [saved, overview.person.id, watchCommand])

  const primary = step === STEP.confirm ? (flow.busy ? t.binding.confirm.submitting : t.binding.confirm.submit) : step === STEP.slip ? d.done : d.next

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth disableRestoreFocus onKeyDown={onKeyDown} slotProps={{ transition: { onExited } }} aria-labelledby="binding-dialog-title">
      <DialogTitle id="binding-dialog-title" sx={{ pb: 0.5 }}>
        {d.title}
      </DialogTitle>
      <Typography variant="body2" color="text.secondary" sx={{ px: 3, pb: 1 }}>
        {d.applicant(overview.person.name, overview.person.idTypeName, overview.person.idNumberMasked)}
      </Typography>
      <Stepper activeStep={step} sx={{ px: 3, pb: 2 }} aria-label={d.title}>
        {d.steps.map((label, index) => (
          <Step key={label} completed={index < step}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <DialogContent dividers sx={{ minHeight: 300 }}>
        {step === STEP.vehicle && <VehicleStep flow={flow} />}
        {step === STEP.consent && <ConsentStep flow={flow} online={online} />}
        {step === STEP.confirm && <ConfirmStep flow={flow} online={online} />}
        {step === STEP.slip && result !== null && <BindingSlip result={result} perPerson={overview.limits.perPerson} keysEnabled={open} />}
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
            {d.cancel}
            <KeyHint keys="Esc" />
          </Button>
        )}
        {step !== STEP.vehicle && step !== STEP.slip && (
          <Button variant="outlined" onClick={backward} disabled={flow.busy} aria-keyshortcuts="Alt+ArrowLeft">
            {d.back}
            <KeyHint keys={d.backShortcut} />
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

/** What is still missing before Enter can move on. */
function hintFor(step: FlowStep, flow: BindFlow): string {
  if (flow.can[step]) return ''
  if (step === STEP.vehicle) return t.binding.vehicle.needVehicle
  if (step === STEP.consent) return flow.consent === 'owner_present' ? t.binding.consent.needPresent : t.binding.consent.needCode
  return ''
}
