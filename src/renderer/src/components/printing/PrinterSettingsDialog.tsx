// 打印设置: the window's printer. Only the desktop app reaches printers; in the browser the dialog
// says that the browser's print dialog chooses it. The choice is kept in the workstation's settings.
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import LinearProgress from '@mui/material/LinearProgress'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useEffect, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { Printers } from '../../../../shared/contract/workflows/printing-schemas'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useModalRegistration } from '../../shell/shell-context'

const s = t.printing.printers
const DEFAULT = '__system_default__'

export function PrinterSettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  useModalRegistration(open)
  const { call } = useSession()
  const [printers, setPrinters] = useState<Printers | null>(null)
  const [choice, setChoice] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)

  useEffect(() => {
    if (!open) return
    let live = true
    void call('print:printers', {}).then((r) => {
      if (!live) return
      if (r.ok) setPrinters(r.value)
      else setError(r.error)
    })
    return () => {
      live = false
    }
  }, [call, open])

  const selected = choice ?? printers?.selected ?? DEFAULT
  const save = async (): Promise<void> => {
    const r = await call('print:choosePrinter', { printer: selected === DEFAULT ? null : selected })
    if (r.ok) onClose()
    else setError(r.error)
  }

  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{s.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          {printers === null && error === null && <LinearProgress aria-label={s.loading} />}
          {error !== null && <Alert role="alert" severity="error">{error.message}</Alert>}
          {printers !== null && <Typography variant="body2" color="text.secondary">{s.paper(printers.paper)}</Typography>}
          {printers?.reachable === false && <Alert severity="info">{s.browser}</Alert>}
          {printers?.reachable === true && (
            <RadioGroup aria-label={s.label} value={selected} onChange={(e) => setChoice(e.target.value)}>
              <FormControlLabel value={DEFAULT} control={<Radio />} label={s.systemDefault} />
              {printers.printers.map((p) => (
                <FormControlLabel key={p.name} value={p.name} control={<Radio />} label={p.isDefault ? `${p.displayName}（默认）` : p.displayName} />
              ))}
            </RadioGroup>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {printers?.reachable === true && (
          <Button variant="contained" onClick={() => void save()}>
            {s.save}
          </Button>
        )}
        <Button onClick={onClose}>{t.printing.close}</Button>
      </DialogActions>
    </Dialog>
  )
}
