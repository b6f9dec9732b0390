// 退出登录 while actions have not reached central yet: they are safe on this machine and keep going
// up after sign-out, but the clerk should know before walking away. 取消 has the focus, so a stray
// Enter keeps the clerk signed in.
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import { t } from '../i18n/zh-CN'
import { useModalRegistration } from '../shell/shell-context'

interface SignOutDialogProps {
  open: boolean
  pending: number
  onCancel: () => void
  onConfirm: () => void
}

export function SignOutDialog({ open, pending, onCancel, onConfirm }: SignOutDialogProps) {
  useModalRegistration(open)
  const c = t.signOutConfirm
  return (
    <Dialog open={open} onClose={onCancel} maxWidth="xs" fullWidth aria-describedby="sign-out-message">
      <DialogTitle>{c.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id="sign-out-message" color="text.primary">
          {c.message(pending)}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel} autoFocus>
          {c.cancel}
        </Button>
        <Button onClick={onConfirm} variant="contained" color="warning">
          {c.confirm}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
