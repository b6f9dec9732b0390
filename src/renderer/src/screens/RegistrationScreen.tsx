// 面签注册, a screen of its own (F3 from anywhere): 个人 or 单位, then five steps — 读取证件, 当面核验,
// 手机号码, 核对, 完成 — each finished with Enter; Esc (or Alt+←) goes back one step, and from the
// first step back to the search. Main checks and decides every step (registration:* channels).
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Step from '@mui/material/Step'
import StepLabel from '@mui/material/StepLabel'
import Stepper from '@mui/material/Stepper'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import Typography from '@mui/material/Typography'
import { CardStep } from '../components/registration/CardStep'
import { IdentityStep } from '../components/registration/IdentityStep'
import { PhoneStep } from '../components/registration/PhoneStep'
import { ReviewStep } from '../components/registration/ReviewStep'
import { SlipStep } from '../components/registration/SlipStep'
import { useRegistrationFlow, type RegistrationKind, type Step as FlowStep } from '../components/registration/useRegistrationFlow'
import { KeyHint } from '../components/KeyHint'
import { useHotkey } from '../hooks/useHotkey'
import { t } from '../i18n/zh-CN'

const r = t.registration
const BACK_KEYS = [{ key: 'Escape' }, { key: 'ArrowLeft', alt: true }] as const

interface RegistrationScreenProps {
  onLeave: () => void
  onOpenPerson: (personId: string) => void
  /** Off while the lock screen or a dialog is up. */
  keysEnabled: boolean
}

export function RegistrationScreen({ onLeave, onOpenPerson, keysEnabled }: RegistrationScreenProps) {
  const flow = useRegistrationFlow()
  const { state } = flow
  const first = state.step === 0
  const done = state.step === 4

  const back = (): void => {
    if (state.busy) return
    if (first || done) onLeave()
    else flow.goTo((state.step - 1) as FlowStep)
  }
  useHotkey(BACK_KEYS, back, keysEnabled)

  return (
    <Box sx={{ maxWidth: 1100, mx: 'auto', px: 3, py: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }} className="cd-no-print">
        <Button variant="outlined" startIcon={<ArrowBackIcon />} onClick={back} disabled={state.busy} aria-keyshortcuts="Escape Alt+ArrowLeft">
          {first || done ? r.backToSearch : r.back}
          <KeyHint keys={r.backShortcut} />
        </Button>
        <Typography color="text.secondary" variant="body2">
          {r.breadcrumb}
        </Typography>
      </Stack>
      <Paper sx={{ p: 3 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }} className="cd-no-print">
          <Typography variant="h1" component="h1">
            {r.title}
          </Typography>
          <Box sx={{ flex: 1 }} />
          <Tabs
            value={state.kind}
            aria-label={r.tabsLabel}
            onChange={(_, kind: RegistrationKind) => flow.reset(kind)}
            sx={{ minHeight: 40, '& .MuiTab-root': { minHeight: 40, minWidth: 88 } }}
          >
            <Tab value="person" label={r.tabs.person} disabled={!first && !done && state.kind !== 'person'} />
            <Tab value="unit" label={r.tabs.unit} disabled={!first && !done && state.kind !== 'unit'} />
          </Tabs>
        </Stack>
        <Box component="nav" aria-label={r.stepsLabel} sx={{ my: 2 }} className="cd-no-print">
          <Stepper activeStep={state.step}>
            {r.steps.map((label, index) => (
              <Step key={label} completed={index < state.step}>
                <StepLabel>{label}</StepLabel>
              </Step>
            ))}
          </Stepper>
        </Box>
        <Divider sx={{ mb: 2 }} className="cd-no-print" />
        {/* A new registration (another tab, 办理下一位) starts with fresh steps. */}
        <Box key={`${state.kind}`}>
          {state.step === 0 && <CardStep flow={flow} keysEnabled={keysEnabled} />}
          {state.step === 1 && <IdentityStep flow={flow} />}
          {state.step === 2 && <PhoneStep flow={flow} />}
          {state.step === 3 && <ReviewStep flow={flow} />}
          {state.step === 4 && state.slip !== null && (
            <SlipStep slip={state.slip} keysEnabled={keysEnabled} onNext={() => flow.reset(state.kind)} onOpenPerson={onOpenPerson} />
          )}
        </Box>
      </Paper>
    </Box>
  )
}
