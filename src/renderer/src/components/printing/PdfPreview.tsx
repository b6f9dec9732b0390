// A PDF made by main, shown in the browser's own PDF viewer: the bytes become a blob: URL (the CSP
// allows frames from blob: only) in an iframe, released when the preview goes. `print` prints the
// PDF from that frame, which is how the web host reaches a printer: through the browser's dialog.
import Box from '@mui/material/Box'
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react'
import { t } from '../../i18n/zh-CN'

export interface PdfPreviewHandle {
  /** Opens the browser's print dialog for the PDF. */
  print: () => void
}

function blobUrlOf(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }))
}

export function PdfPreview({ pdf, height = 560, title = t.printing.preview, ref }: { pdf: string; height?: number; title?: string; ref?: Ref<PdfPreviewHandle> }) {
  const url = useMemo(() => blobUrlOf(pdf), [pdf])
  useEffect(() => () => URL.revokeObjectURL(url), [url])
  const frame = useRef<HTMLIFrameElement>(null)
  useImperativeHandle(ref, () => ({ print: () => frame.current?.contentWindow?.print() }), [])
  return (
    <Box
      component="iframe"
      ref={frame}
      title={title}
      src={url}
      sx={{ display: 'block', width: '100%', height, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'grey.100' }}
    />
  )
}
