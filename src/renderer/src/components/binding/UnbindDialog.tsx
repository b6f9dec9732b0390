// 解除备案: the reason (arrow keys in the radio group), a remark (required for 其他), Enter to confirm,
// Esc to cancel. Opened from the 备案车辆 list and from the new-binding dialog when a limit is reached.
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useState, type KeyboardEvent } from 'react'
import type { AppError } from '../../../../shared/contract'
import { UNBIND_REASONS, type BindingRemoved, type UnbindReason } from '../../../../shared/contract/workflows/binding-schemas'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useModalRegistration } from '../../shell/shell-context'
import { KeyHint } from '../KeyHint'

const u = t.binding.unbind

interface UnbindDialogProps {
  open: boolean
  bindingId: string
  /** What is unbound, as the clerk reads it: a plate, or a masked driver with the plate. */
  label: string
  /** The reason to preselect (腾出备案名额 when opened at a limit). */
  defaultReason?: UnbindReason
  onClose: () => void
  onExited: () => void
  onDone: (removed: BindingRemoved) => void
}

export function UnbindDialog({ open, bindingId, label, defaultReason = 'applicant_request', onClose, onExited, onDone }: UnbindDialogProps) {
  useModalRegistration(open)
  const { call } = useSession()
  const [reason, setReason] = useState<UnbindReason>(defaultReason)
  const [note, setNote] = useState('')
  const [noteError, setNoteError] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (): Promise<void> => {
    if (busy) return
    if (reason === 'other' && note.trim().length < 2) {
      setNoteError(u.noteRequired)
      return
    }
    setBusy(true)
    setError(null)
    const answer = await call('binding:remove', { bindingId, reason, note: note.trim() })
    setBusy(false)
    if (!answer.ok) {
      if (answer.error.field === 'note') setNoteError(answer.error.message)
      else setError(answer.error)
      return
    }
    onDone(answer.value)
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return
    if (event.target instanceof HTMLButtonElement) return
    event.preventDefault()
    void submit()
  }

  return (
    <Dialog open={open} onClose={() => !busy && onClose()} maxWidth="xs" fullWidth disableRestoreFocus onKeyDown={onKeyDown} slotProps={{ transition: { onExited } }} aria-labelledby="unbind-title">
      <DialogTitle id="unbind-title">{u.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          <Typography id="unbind-reason-label">{u.intro(label)}</Typography>
          <RadioGroup aria-labelledby="unbind-reason-label" value={reason} onChange={(e) => setReason(e.target.value as UnbindReason)}>
            {UNBIND_REASONS.map((r, index) => (
              <FormControlLabel
                key={r}
                value={r}
                control={<Radio size="small" autoFocus={r === reason || (index === 0 && !UNBIND_REASONS.includes(reason))} />}
                label={u.reasons[r]}
              />
            ))}
          </RadioGroup>
          <TextField
            label={u.note}
            size="small"
            value={note}
            onChange={(e) => {
              setNote(e.target.value.slice(0, 100))
              setNoteError(null)
            }}
            error={noteError !== null}
            helperText={noteError ?? u.noteHelp}
            required={reason === 'other'}
          />
          {error !== null && (
            <Alert severity="error" role="alert">
              {error.message}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy} aria-keyshortcuts="Escape">
          {t.binding.dialog.cancel}
          <KeyHint keys="Esc" />
        </Button>
        <Button variant="contained" color="warning" onClick={() => void submit()} disabled={busy} aria-keyshortcuts="Enter">
          {busy ? u.submitting : u.submit}
          <KeyHint keys="Enter" />
        </Button>
      </DialogActions>
    </Dialog>
  )
}
