// 屏幕已锁定: covers the whole window (personal data must not show through), names whose desk it
// is, and only lets that operator back in. Esc does nothing; the only ways out are the password or
// signing out.
import LockOutlinedIcon from '@mui/icons-material/LockOutlined'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useRef, useState, type FormEvent } from 'react'
import type { AppError } from '../../../shared/contract'
import { t } from '../i18n/zh-CN'
import { useSession } from '../session/session-context'
import { useShell } from '../shell/shell-context'
import { KeyHint } from './KeyHint'

export function LockDialog({ open }: { open: boolean }) {
  return (
    <Dialog
      open={open}
      fullScreen
      aria-labelledby="lock-title"
      slotProps={{ paper: { sx: { bgcolor: '#15365f', display: 'grid', placeItems: 'center' } } }}
    >
      {open && <UnlockForm />}
    </Dialog>
  )
}

function UnlockForm() {
  const { session, unlock } = useSession()
  const { requestSignOut } = useShell()
  const [password, setPassword] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (pending) return
    if (password === '') {
      setError({ code: 'VALIDATION', message: t.signIn.passwordRequired })
      return
    }
    setPending(true)
    const answer = await unlock(password)
    setPending(false)
    if (!answer.ok) {
      setError(answer.error)
      setPassword('')
      passwordRef.current?.focus()
    }
  }

  return (
    <Paper elevation={0} sx={{ width: 400, p: 3 }}>
      <Stack spacing={2} component="form" noValidate onSubmit={(e) => void submit(e)}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <LockOutlinedIcon color="primary" aria-hidden="true" />
          <Typography id="lock-title" variant="h1" component="h2" sx={{ fontSize: '1.25rem' }}>
            {t.lock.title}
          </Typography>
        </Stack>
        <Typography sx={{ fontWeight: 500 }}>
          {t.lock.operator(session.operator.name, session.operator.policeNo)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t.lock.hint}
        </Typography>
        <TextField
          label={t.lock.password}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoFocus
          autoComplete="current-password"
          inputRef={passwordRef}
          error={error !== null}
          slotProps={{ htmlInput: { maxLength: 128 } }}
        />
        {error !== null && (
          <Alert role="alert" severity="error">
            {error.message}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
          <Button type="submit" variant="contained" disabled={pending} aria-keyshortcuts="Enter">
            {pending ? t.lock.unlocking : t.lock.unlock}
            {!pending && <KeyHint keys="Enter" />}
          </Button>
          <Button onClick={requestSignOut}>{t.lock.signOut}</Button>
        </Stack>
      </Stack>
    </Paper>
  )
}
