// 登录: the first thing a clerk sees each morning. Focus starts in 警号, Enter submits from either
// field, and whatever main answers (wrong password, account locked for 15 minutes, host down)
// appears under the form in the clerk's words.
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useRef, useState, type FormEvent } from 'react'
import type { AppError, AppInfo, SessionState } from '../../../shared/contract'
import { invoke } from '../api/client'
import { BrandMark } from '../components/BrandMark'
import { DemoChip } from '../components/DemoChip'
import { InfoGrid } from '../components/InfoGrid'
import { KeyHint } from '../components/KeyHint'
import { t } from '../i18n/zh-CN'
import type { Notice } from '../session/phase'

interface SignInScreenProps {
  info: AppInfo | null
  notice: Notice | null
  onSignedIn: (session: SessionState) => void
  onRetry: () => void
}

function localCheck(policeNo: string, password: string): AppError | null {
  if (policeNo.trim() === '') return { code: 'VALIDATION', message: t.signIn.policeNoRequired, field: 'policeNo' }
  if (password === '') return { code: 'VALIDATION', message: t.signIn.passwordRequired, field: 'password' }
  return null
}

export function SignInScreen({ info, notice, onSignedIn, onRetry }: SignInScreenProps) {
  const [policeNo, setPoliceNo] = useState('')
  const [password, setPassword] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const policeNoRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (pending) return
    const failure = localCheck(policeNo, password) ?? (await signIn())
    if (failure === null) return
    setError(failure)
    // A wrong password is retyped from scratch; a wrong 警号 is corrected in place.
    if (failure.field === 'policeNo') policeNoRef.current?.select()
    else {
      setPassword('')
      passwordRef.current?.focus()
    }
  }

  /** Returns the error to show, or null when signed in. */
  const signIn = async (): Promise<AppError | null> => {
    setPending(true)
    setError(null)
    const answer = await invoke('session:signIn', { policeNo: policeNo.trim(), password })
    setPending(false)
    if (answer.ok) {
      onSignedIn(answer.value)
      return null
    }
    return answer.error
  }

  const shown: Notice | null = error !== null ? { severity: 'error', message: error.message, retry: false } : notice

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
      <Paper sx={{ width: 440, overflow: 'hidden' }}>
        <Box sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', px: 3, py: 2.5 }}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <BrandMark />
            {info?.demoData === true && <DemoChip onDark />}
          </Stack>
        </Box>
        <Box sx={{ px: 3, pt: 2.5, pb: 3 }}>
          <InfoGrid
            minColumn={160}
            items={[
              { label: t.signIn.workstation, value: info?.workstationName ?? t.signIn.unknownWorkstation },
              { label: t.signIn.organ, value: info?.organName ?? '—', wide: true }
            ]}
          />
          <Divider sx={{ my: 2 }} />
          <Typography variant="h1" component="h1" sx={{ fontSize: '1.25rem', mb: 0.5 }}>
            {t.signIn.title}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t.signIn.subtitle}
          </Typography>
          <Stack component="form" noValidate spacing={2} onSubmit={(e) => void submit(e)}>
            <TextField
              label={t.signIn.policeNo}
              value={policeNo}
              onChange={(e) => setPoliceNo(e.target.value)}
              autoFocus
              autoComplete="username"
              inputRef={policeNoRef}
              error={error?.field === 'policeNo'}
              slotProps={{ htmlInput: { maxLength: 16, spellCheck: false, inputMode: 'numeric' } }}
            />
            <TextField
              label={t.signIn.password}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              inputRef={passwordRef}
              error={error?.field === 'password'}
              slotProps={{ htmlInput: { maxLength: 128 } }}
            />
            <Button type="submit" variant="contained" size="large" disabled={pending} aria-keyshortcuts="Enter">
              {pending ? t.signIn.submitting : t.signIn.submit}
              {!pending && <KeyHint keys="Enter" />}
            </Button>
          </Stack>
          {shown !== null && (
            <Alert
              role="alert"
              severity={shown.severity}
              sx={{ mt: 2 }}
              action={
                shown.retry ? (
                  <Button color="inherit" size="small" onClick={onRetry}>
                    {t.signIn.retry}
                  </Button>
                ) : undefined
              }
            >
              {shown.message}
            </Alert>
          )}
        </Box>
      </Paper>
    </Box>
  )
}
