// The window's printer. Only the desktop app reaches printers (Electron's webContents.print); under
// the web host the browser prints the PDF the clerk sees and chooses the printer itself, so these
// say so instead of pretending. The choice is kept in workstation.json (printing.printer).
import { DomainError } from '../../../shared/contract/result'
import type { OperatorDto } from '../../../shared/contract/schemas'
import type { Printers } from '../../../shared/contract/workflows/printing-schemas'
import type { WorkflowDeps } from '../../core/workflows'
import type { DecisionContent } from '../../printing/decision-content'
import { decisionDocument } from '../../printing/decision-document'
import type { PrinterInfo } from '../../printing/renderer'
import { prepareArchive } from './archive'
import { DECISION_KIND } from './decisions'

const UNREACHABLE = '网页版无法直接连接打印机：请在预览中使用浏览器的“打印”，由浏览器选择打印机'

export function createPrinters(deps: WorkflowDeps) {
  const { renderer } = deps.printing
  const archive = prepareArchive(deps.sqlite)
  let selected = deps.config.printing.printer

  async function reachable(): Promise<PrinterInfo[]> {
    const printers = await renderer.printers()
    if (printers === null) throw new DomainError('PRINTER_UNREACHABLE', UNREACHABLE)
    return printers
  }

  async function list(): Promise<Printers> {
    const printers = await renderer.printers()
    return { reachable: printers !== null, printers: printers ?? [], selected, paper: deps.config.printing.paper }
  }

  return {
    list,

    async choose(printer: string | null, operator: OperatorDto): Promise<Printers> {
      const printers = await reachable()
      if (printer !== null && !printers.some((p) => p.name === printer)) {
        throw new DomainError('PRINTER_UNKNOWN', `本机没有名为“${printer}”的打印机，请从列表中选择`, 'printer')
      }
      deps.writes.run({
        action: 'workstation.printerChosen',
        operatorId: operator.id,
        subject: { type: 'workstation', id: deps.config.workstationId },
        auditPayload: { printer },
        command: null,
        apply: () => deps.printing.savePrinter(printer)
      })
      selected = printer
      return list()
    },

    /** Prints issued decisions as last printed (a reprint keeps its 补打 mark) on the chosen printer. */
    async send(documentIds: readonly string[], operator: OperatorDto): Promise<{ sent: number; printer: string | null }> {
      await reachable()
      const copies = documentIds.map((id) => {
        const doc = archive.get(id)
        if (doc === undefined || doc.kind !== DECISION_KIND) throw new DomainError('DOCUMENT_UNKNOWN', '没有该打印存档，请先打印或补打决定书', 'documentIds')
        return { content: archive.content<DecisionContent>(doc.id), reprint: doc.reprints, doc }
      })
      const document = await decisionDocument(copies, deps.config.printing.paper)
      try {
        await renderer.print(document.html, document.layout.page, selected)
      } catch (error) {
        deps.logger.log('error', 'PRINTER_FAILED', { detail: error instanceof Error ? error.message : String(error) })
        throw new DomainError('PRINTER_FAILED', `打印机${selected ?? '（系统默认）'}未能打印：请检查打印机是否开机、有纸，或在打印设置中另选打印机`)
      }
      deps.writes.run({
        action: 'document.sentToPrinter',
        operatorId: operator.id,
        subject: { type: 'printer', id: selected },
        auditPayload: { printer: selected, documents: copies.map((c) => ({ documentId: c.doc.id, contentDigest: c.doc.content_digest, reprint: c.reprint })) },
        command: null
      })
      return { sent: copies.length, printer: selected }
    }
  }
}
