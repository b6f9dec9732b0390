// A counter slip as the PDF main renders with Chromium from the slip template (print:slip): the
// same facts the on-screen slip shows, in the bundled font, so the paper looks the same on every
// machine. 打印 prints the PDF from the viewer's frame.
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import PrintIcon from '@mui/icons-material/Print'
import { useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { SlipInput } from '../../../../shared/contract/workflows/printing-schemas'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { useModalRegistration } from '../../shell/shell-context'
import { PdfPreview, type PdfPreviewHandle } from './PdfPreview'

const p = t.printing

export function SlipPdfDialog({ open, slip, onClose }: { open: boolean; slip: SlipInput; onClose: () => void }) {
  useModalRegistration(open)
  const { call } = useSession()
  const [pdf, setPdf] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const preview = useRef<PdfPreviewHandle>(null)
  // The slip as it was when the dialog opened: asked for once.
  const [request] = useState(slip)

  useEffect(() => {
    let live = true
    void call('print:slip', request).then((r) => {
      if (!live) return
      if (r.ok) setPdf(r.value.pdf)
      else setError(r.error)
    })
    return () => {
      live = false
    }
  }, [call, request])

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{slip.title}</DialogTitle>
      <DialogContent>
        {pdf === null && error === null && <LinearProgress aria-label={p.slip.rendering} />}
        {error !== null && (
          <Alert role="alert" severity="error">
            {error.message}
          </Alert>
        )}
        {pdf !== null && <PdfPreview ref={preview} pdf={pdf} title={p.slip.preview} />}
      </DialogContent>
      <DialogActions>
        {pdf !== null && (
          <Button variant="contained" startIcon={<PrintIcon />} onClick={() => preview.current?.print()} autoFocus>
            {p.print}
          </Button>
        )}
        <Button onClick={onClose}>{p.close}</Button>
      </DialogActions>
    </Dialog>
  )
}
