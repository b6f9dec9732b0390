// The printing workflow: penalty decisions (issue, 补打, the day's batch, verification), counter
// slips, and the window's printer. The host supplies the DocumentRenderer (Chromium under the web
// host and in tests, Electron's hidden window in the desktop app) through WorkflowDeps.printing.
import type { WorkflowDeps } from '../../core/workflows'
import type { DocumentRenderer } from '../../printing/renderer'
import { createDecisionPrinting } from './decisions'
import { createPrinters } from './printers'
import { createPdfMaker } from './render'
import { createSlipPrinting } from './slips'
import { createDecisionVerifier } from './verify'

export interface PrintingHost {
  renderer: DocumentRenderer
  /** Keeps the chosen printer in workstation.json. */
  savePrinter(printer: string | null): void
}

export function createPrintingService(deps: WorkflowDeps) {
  const pdfs = createPdfMaker(deps.printing.renderer, deps.logger)
  return {
    decisions: createDecisionPrinting(deps, pdfs),
    verifier: createDecisionVerifier(deps),
    printers: createPrinters(deps),
    slips: createSlipPrinting(deps, pdfs)
  }
}
