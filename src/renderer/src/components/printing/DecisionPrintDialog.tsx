// 打印处罚决定书: what main says about the decision (printable? printed before?), then the first
// issue (打印决定书) or a reprint (补打), shown as the PDF main made, with 打印 (Ctrl+P). A refusal —
// a provisional number waiting for central, a general-procedure penalty — is shown with its reason.
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import PrintIcon from '@mui/icons-material/Print'
import { useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { PrintedDecision, PrintStatus } from '../../../../shared/contract/workflows/printing-schemas'
import { formatZoned } from '../../format/time'
import { useHotkey } from '../../hooks/useHotkey'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useModalRegistration } from '../../shell/shell-context'
import { KeyHint } from '../KeyHint'
import { PdfPreview, type PdfPreviewHandle } from './PdfPreview'
import { PrinterSettingsDialog } from './PrinterSettingsDialog'
import { usePrintOut } from './usePrintOut'

const p = t.printing
const PRINT_KEYS = [{ key: 'p', ctrl: true }] as const

interface DecisionPrintDialogProps {
  open: boolean
  decisionId: string
  onClose: () => void
  onExited: () => void
}

export function DecisionPrintDialog({ open, decisionId, onClose, onExited }: DecisionPrintDialogProps) {
  useModalRegistration(open)
  const { call } = useSession()
  const [status, setStatus] = useState<PrintStatus | null>(null)
  const [printed, setPrinted] = useState<PrintedDecision | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [settings, setSettings] = useState(false)
  const preview = useRef<PdfPreviewHandle>(null)
  const out = usePrintOut(preview)

  // The print history as main has it: on opening, and again after each print (the reprint count moved).
  const [asked, setAsked] = useState(0)
  useEffect(() => {
    let live = true
    void call('print:status', { decisionId }).then((r) => {
      if (!live) return
      if (r.ok) setStatus(r.value)
      else setError(r.error)
    })
    return () => {
      live = false
    }
  }, [call, decisionId, asked])

  const issued = status?.printed != null || printed !== null
  const make = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    const r = await call(issued ? 'print:reprint' : 'print:decision', { decisionId })
    setBusy(false)
    if (r.ok) {
      setPrinted(r.value)
      setAsked((n) => n + 1)
    } else setError(r.error)
  }
  const printOut = (): void => {
    if (printed !== null) void out.printOut([printed.documentId])
  }
  useHotkey(PRINT_KEYS, printOut, open && printed !== null && !settings)

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth disableRestoreFocus slotProps={{ transition: { onExited } }}>
      <DialogTitle>{p.dialogTitle}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          {status === null && error === null && <LinearProgress aria-label={p.checking} />}
          {status !== null && (
            <Typography role="status">
              {status.printed === null
                ? p.notPrinted(status.decisionNo)
                : p.printed(status.decisionNo, formatZoned(status.printed.firstPrintedAt), status.printed.reprints)}
            </Typography>
          )}
          {status?.printable === false && status.reason !== null && (
            <Alert role="alert" severity="warning">
              {status.reason}
            </Alert>
          )}
          {error !== null && (
            <Alert role="alert" severity="error">
              {error.message}
            </Alert>
          )}
          {busy && <LinearProgress aria-label={p.rendering} />}
          {printed !== null && (
            <>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                {printed.mark !== null && <Chip color="warning" label={printed.mark} />}
                <Typography variant="body2" color="text.secondary">
                  {printed.mark === null ? p.issued(formatZoned(printed.firstPrintedAt)) : p.reprinted(printed.mark)}
                </Typography>
                <Typography variant="body2" color="text.secondary" title={printed.contentDigest}>
                  {p.digest(printed.contentDigest)}
                </Typography>
                <Typography variant="body2" color="text.secondary" title={printed.archivedSha256}>
                  {p.sha(printed.archivedSha256)}
                </Typography>
              </Stack>
              <PdfPreview ref={preview} pdf={printed.pdf} />
              {out.note !== null && <Alert severity="info">{out.note}</Alert>}
              {out.error !== null && (
                <Alert role="alert" severity="error">
                  {out.error.message}
                </Alert>
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setSettings(true)}>{p.settings}</Button>
        {status?.printable === true && (
          <Button variant={printed === null ? 'contained' : 'outlined'} onClick={() => void make()} disabled={busy} autoFocus={printed === null}>
            {issued ? p.reprint : p.issue}
          </Button>
        )}
        {printed !== null && (
          <Button variant="contained" startIcon={<PrintIcon />} onClick={printOut} disabled={out.busy} aria-keyshortcuts="Control+P" autoFocus>
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
