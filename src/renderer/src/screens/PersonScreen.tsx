// 人员详情: everything the counter needs about one person on one screen, and processing violations
// and taking fines from it (ViolationsSection). Esc or Alt+← goes back to the search with its results kept. The record
// arrives unmasked on purpose; main audits the open.
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useEffect, useRef } from 'react'
import type { PersonView, Result } from '../../../shared/contract'
import { AccountCard } from '../components/AccountCard'
import { BindingSection } from '../components/binding/BindingSection'
import { DisputeSection } from '../components/disputes/DisputeSection'
import { HistoryCard } from '../components/HistoryCard'
import { KeyHint } from '../components/KeyHint'
import { LicenseCard } from '../components/LicenseCard'
import { PersonHeader } from '../components/PersonHeader'
import { PhoneChangeAction } from '../components/phone-change/PhoneChangeAction'
import { VehiclesTable } from '../components/VehiclesTable'
import { ViolationsSection } from '../components/payment/ViolationsSection'
import { useHotkey } from '../hooks/useHotkey'
import { t } from '../i18n/zh-CN'

const BACK_KEYS = [{ key: 'Escape' }, { key: 'ArrowLeft', alt: true }] as const

interface PersonScreenProps {
  answer: Result<PersonView> | null
  onBack: () => void
  /** An action changed the record: read it again. */
  onChanged: () => void
  /** Off while the lock screen or a dialog is up. */
  keysEnabled: boolean
}

export function PersonScreen({ answer, onBack, onChanged, keysEnabled }: PersonScreenProps) {
  useHotkey(BACK_KEYS, onBack, keysEnabled)

  return (
    <Box sx={{ maxWidth: 1400, mx: 'auto', px: 3, py: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Button variant="outlined" startIcon={<ArrowBackIcon />} onClick={onBack} aria-keyshortcuts="Escape Alt+ArrowLeft">
          {t.person.back}
          <KeyHint keys={t.person.backShortcut} />
        </Button>
        <Typography color="text.secondary" variant="body2">
          {t.search.title} / {t.person.title}
        </Typography>
      </Stack>
      {answer === null && (
        <Stack role="status" spacing={1}>
          <LinearProgress aria-hidden="true" />
          <Typography color="text.secondary">{t.person.loading}</Typography>
        </Stack>
      )}
      {answer !== null && !answer.ok && (
        <Alert role="alert" severity="error">
          {answer.error.message}
        </Alert>
      )}
      {answer !== null && answer.ok && <PersonDetails view={answer.value} onChanged={onChanged} keysEnabled={keysEnabled} />}
    </Box>
  )
}

function PersonDetails({ view, onChanged, keysEnabled }: { view: PersonView; onChanged: () => void; keysEnabled: boolean }) {
  // Focus the record itself, so PageDown/arrows scroll it and a screen reader starts at the name.
  // A reload of the same record (after processing) keeps this component, and the clerk's focus.
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    root.current?.focus({ preventScroll: true })
  }, [])
  return (
    <Stack ref={root} tabIndex={-1} spacing={2} sx={{ outline: 'none' }}>
      <PersonHeader person={view.person} />
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <PhoneChangeAction personId={view.person.id} onChanged={onChanged} keysEnabled={keysEnabled} />
      </Stack>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, alignItems: 'start' }}>
        <LicenseCard license={view.license} />
        <AccountCard account={view.account} />
      </Box>
      <VehiclesTable vehicles={view.vehicles} />
      <BindingSection personId={view.person.id} revision={view} onChanged={onChanged} keysEnabled={keysEnabled} />
      <ViolationsSection view={view} onChanged={onChanged} keysEnabled={keysEnabled} onFocusRecord={() => root.current?.focus({ preventScroll: true })} />
      <DisputeSection person={view.person} revision={view} onChanged={onChanged} keysEnabled={keysEnabled} />
      <HistoryCard history={view.history} />
    </Stack>
  )
}
