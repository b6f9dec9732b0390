// 批量打印决定书: the day's decisions of this window in one PDF, a page each. By default only those not
// printed yet (issued now and archived, e.g. decisions made offline whose numbers central has since
// confirmed); on request all of them, the printed ones as 补打. Decisions that cannot be printed
// are listed with the reason.
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import LinearProgress from '@mui/material/LinearProgress'
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import PrintIcon from '@mui/icons-material/Print'
import { useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { PrintBatch } from '../../../../shared/contract/workflows/printing-schemas'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useModalRegistration } from '../../shell/shell-context'
import { KeyHint } from '../KeyHint'
import { PdfPreview, type PdfPreviewHandle } from './PdfPreview'
import { PrinterSettingsDialog } from './PrinterSettingsDialog'
import { usePrintOut } from './usePrintOut'

const p = t.printing
const b = t.printing.batch
const PRINT_KEYS = [{ key: 'p', ctrl: true }] as const

/** Today on this machine's calendar, YYYY-MM-DD (main answers for the workstation's zone when omitted). */
function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function BatchPrintDialog({ open, onClose, onExited }: { open: boolean; onClose: () => void; onExited: () => void }) {
  useModalRegistration(open)
  const { call } = useSession()
  const [date, setDate] = useState(localToday)
  const [include, setInclude] = useState<'unprinted' | 'all'>('unprinted')
  const [batch, setBatch] = useState<PrintBatch | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [settings, setSettings] = useState(false)
  const preview = useRef<PdfPreviewHandle>(null)
  const out = usePrintOut(preview)

  const generate = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    setBatch(null)
    const r = await call('print:batch', { date, include })
    setBusy(false)
    if (r.ok) setBatch(r.value)
    else setError(r.error)
  }
  const printOut = (): void => {
    if (batch !== null) void out.printOut(batch.documents.map((d) => d.documentId))
  }
  useHotkey(PRINT_KEYS, printOut, open && batch !== null && !settings)

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth disableRestoreFocus slotProps={{ transition: { onExited } }}>
      <DialogTitle>{b.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5} sx={{ pt: 1 }}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              label={b.date}
              type="date"
              size="small"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void generate()
              }}
              autoFocus
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ width: 180 }}
            />
            <RadioGroup row aria-label={b.scope} value={include} onChange={(e) => setInclude(e.target.value === 'all' ? 'all' : 'unprinted')}>
              <FormControlLabel value="unprinted" control={<Radio size="small" />} label={b.unprinted} />
              <FormControlLabel value="all" control={<Radio size="small" />} label={b.all} />
            </RadioGroup>
            <Button variant="outlined" onClick={() => void generate()} disabled={busy || !/^\d{4}-\d{2}-\d{2}$/.test(date)}>
              {b.generate}
            </Button>
          </Stack>
          {busy && <LinearProgress aria-label={b.generating} />}
          {error !== null && (
            <Alert role="alert" severity="error">
              {error.message}
            </Alert>
          )}
          {batch !== null && (
            <>
              <Typography role="status">{b.done(batch.documents.length, batch.documents.filter((d) => d.reprint === 0).length)}</Typography>
              <PdfPreview ref={preview} pdf={batch.pdf} height={520} />
              {out.note !== null && <Alert severity="info">{out.note}</Alert>}
              {out.error !== null && (
                <Alert role="alert" severity="error">
                  {out.error.message}
                </Alert>
              )}
            </>
          )}
          {batch !== null && batch.skipped.length > 0 && (
            <List dense aria-label={b.skipped} sx={{ bgcolor: 'grey.50', borderRadius: 1 }}>
              {batch.skipped.map((s) => (
                <ListItem key={s.decisionNo}>
                  <Typography variant="body2" color="text.secondary">
                    {b.skippedItem(s.decisionNo, s.reason)}
                  </Typography>
                </ListItem>
              ))}
            </List>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setSettings(true)}>{p.settings}</Button>
        {batch !== null && (
          <Button variant="contained" startIcon={<PrintIcon />} onClick={printOut} disabled={out.busy} aria-keyshortcuts="Control+P">
            {p.print}
            <KeyHint keys={p.printShortcut} />
          </Button>
        )}
        <Button onClick={onClose}>{p.close}</Button>
      </DialogActions>
      {settings && <PrinterSettingsDialog open={settings} onClose={() => setSettings(false)} />}
    </Dialog>
  )
}
