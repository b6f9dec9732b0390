// Counter slips as PDFs from the slip template: the facts the screen shows, with who, where and
// when taken from the session and the window's settings (not from the page). Each print is audited
// (kind, number, the PDF's SHA-256); slips are not archived: the business's own records are.
import type { OperatorDto } from '../../../shared/contract/schemas'
import type { slipInput } from '../../../shared/contract/workflows/printing-schemas'
import type { WorkflowDeps } from '../../core/workflows'
import { toZonedIso } from '../../platform/zoned-time'
import { slipDocument } from '../../printing/templates/slip'
import type { PdfMaker } from './render'
import type { z } from 'zod'

export function createSlipPrinting(deps: WorkflowDeps, pdfs: PdfMaker) {
  return {
    async slip(input: z.output<typeof slipInput>, operator: OperatorDto): Promise<{ pdf: string; sha256: string }> {
      const document = slipDocument(
        {
          organ: deps.config.organName,
          title: input.title,
          number: input.number,
          rows: input.rows,
          notes: input.notes,
          clerk: { name: operator.name, policeNo: operator.policeNo },
          place: deps.config.workstationName,
          at: input.at ?? toZonedIso(deps.clock.now(), deps.config.timeZone),
          signatures: input.signatures
        },
        deps.config.printing.paper
      )
      const rendered = await pdfs.pdfOf(document)
      deps.writes.run({
        action: 'document.slipPrinted',
        operatorId: operator.id,
        subject: { type: input.kind, id: input.number ?? null },
        auditPayload: { kind: input.kind, title: input.title, number: input.number ?? null, rows: input.rows, pdfSha256: rendered.sha256 },
        command: null
      })
      return { pdf: rendered.pdf.toString('base64'), sha256: rendered.sha256 }
    }
  }
}
