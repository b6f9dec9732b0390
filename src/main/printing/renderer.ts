// How a printed document becomes paper. The core builds the HTML (templates/*) and hands it to a
// DocumentRenderer: Chromium through Playwright under the web host and in tests
// (chromium-renderer.ts), Electron's own Chromium in a hidden window in the desktop app
// (src/main/electron/print-window.ts). Both render the same HTML with the same embedded fonts,
// so the PDF is the same whichever host made it.
import type { PageSize } from './paper'

export interface PrinterInfo {
  /** The system's printer name, what a print job is sent to. */
  name: string
  /** What the clerk sees. */
  displayName: string
  isDefault: boolean
}

export interface DocumentRenderer {
  /**
   * The PDF of a complete HTML document. Resolves after the document's own layout script has
   * fitted each sheet into its type area (html.ts waits for `data-fitted`).
   */
  pdf(html: string, page: PageSize): Promise<Buffer>
  /** The printers this host can reach; null when it reaches none (the web host: the browser prints the PDF). */
  printers(): Promise<PrinterInfo[] | null>
  /** Sends the document to a printer (null: the system's default). Only where printers() is not null. */
  print(html: string, page: PageSize, printer: string | null): Promise<void>
  /** Starts the browser ahead of the first document, where starting is slow; optional. */
  warm?(): Promise<void>
  /** Releases the browser or window; the core calls it at shutdown. */
  close(): Promise<void>
}

/** Set on <html> by the document's layout script once every sheet is fitted (html.ts). */
export const FITTED_ATTRIBUTE = 'data-fitted'
/** JSON of SheetFit[]: what the layout script did to each sheet. */
export const FIT_REPORT_ATTRIBUTE = 'data-fit'

export interface SheetFit {
  /** The body font size the sheet ended with, in points. */
  fontPt: number
  /** True when even the smallest size did not fit one type area: the sheet continues on the next page. */
  overflow: boolean
}
