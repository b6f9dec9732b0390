// Rendering documents for the printing service: the host's DocumentRenderer turns the template's
// HTML into a PDF; a failure of the renderer itself (no Chromium, a crashed window) becomes one
// clear refusal instead of an internal error, and is logged with its cause for IT staff.
import { createHash } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { Logger } from '../../core/logger'
import { decisionDocument, type DecisionCopyRequest, type PrintableDocument } from '../../printing/decision-document'
import type { PaperName } from '../../printing/paper'
import type { DocumentRenderer } from '../../printing/renderer'

export interface RenderedPdf {
  pdf: Buffer
  sha256: string
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function createPdfMaker(renderer: DocumentRenderer, logger: Logger) {
  async function pdfOf(document: PrintableDocument): Promise<RenderedPdf> {
    let pdf: Buffer
    try {
      pdf = await renderer.pdf(document.html, document.layout.page)
    } catch (error) {
      logger.log('error', 'PRINT_RENDER_FAILED', { detail: error instanceof Error ? error.message : String(error) })
      throw new DomainError('PRINT_RENDER_FAILED', '生成打印文件失败：打印组件未能启动或已中断，请稍后重试；如仍失败请联系系统管理员')
    }
    return { pdf, sha256: sha256Of(pdf) }
  }

  return {
    pdfOf,
    decisions: async (copies: readonly DecisionCopyRequest[], paper: PaperName): Promise<RenderedPdf> => pdfOf(await decisionDocument(copies, paper))
  }
}

export type PdfMaker = ReturnType<typeof createPdfMaker>
