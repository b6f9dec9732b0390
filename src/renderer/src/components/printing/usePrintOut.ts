// 打印 for a document main has issued: in the desktop app main sends it to the window's printer
// (print:send, Electron's webContents.print); in the browser the PDF viewer's print dialog does it,
// because a web page cannot reach a printer itself.
import { useState, type RefObject } from 'react'
import type { AppError } from '../../../../shared/contract'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import type { PdfPreviewHandle } from './PdfPreview'

export function usePrintOut(preview: RefObject<PdfPreviewHandle | null>) {
  const { call, info } = useSession()
  const [state, setState] = useState<{ busy: boolean; note: string | null; error: AppError | null }>({ busy: false, note: null, error: null })
  const desktop = info?.host === 'electron'

  async function printOut(documentIds: readonly string[]): Promise<void> {
    if (!desktop) {
      preview.current?.print()
      setState({ busy: false, note: t.printing.browserPrint, error: null })
      return
    }
    setState({ busy: true, note: null, error: null })
    const result = await call('print:send', { documentIds: [...documentIds] })
    setState(result.ok ? { busy: false, note: t.printing.sent(result.value.sent, result.value.printer), error: null } : { busy: false, note: null, error: result.error })
  }

  return { ...state, printOut }
}
