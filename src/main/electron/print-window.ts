// The desktop app's DocumentRenderer: Electron's own Chromium in one hidden window, kept for the
// session. A document is written to a private temporary file and loaded from there (a data: URL
// would hit Chromium's 2 MB URL limit on a batch), its layout script fits each sheet, then
// printToPDF makes the PDF — the same engine and the same embedded fonts as the web host's
// Playwright renderer — or webContents.print sends it silently to the window's printer.
// The window is sandboxed, has no preload and no Node, and the app's global guards (no
// navigation, no new windows, no permissions) apply to it like to every webContents.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BrowserWindow } from 'electron'
import type { PageSize } from '../printing/paper'
import { FITTED_ATTRIBUTE, type DocumentRenderer, type PrinterInfo } from '../printing/renderer'
import { printWindowOptions } from './window-options'

const MM_PER_INCH = 25.4
const LAYOUT_TIMEOUT_MS = 20_000

export function createElectronDocumentRenderer(): DocumentRenderer {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'counterdesk-print-'))
  let window: BrowserWindow | null = null
  let queue: Promise<unknown> = Promise.resolve()
  let closed = false

  function windowOf(): BrowserWindow {
    if (closed) throw new Error('the document renderer is closed')
    if (window === null || window.isDestroyed()) window = new BrowserWindow(printWindowOptions())
    return window
  }

  async function load(html: string): Promise<BrowserWindow> {
    const win = windowOf()
    const file = path.join(folder, 'document.html')
    writeFileSync(file, html, { mode: 0o600 })
    await win.loadFile(file)
    const deadline = Date.now() + LAYOUT_TIMEOUT_MS
    while (!(await win.webContents.executeJavaScript(`document.documentElement.hasAttribute('${FITTED_ATTRIBUTE}')`))) {
      if (Date.now() > deadline) throw new Error('the document did not finish its layout')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return win
  }

  /** One document at a time: the window holds one page. */
  function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job)
    queue = run.catch(() => undefined)
    return run
  }

  return {
    pdf: (html: string, page: PageSize) =>
      enqueue(async () => {
        const win = await load(html)
        return win.webContents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          pageSize: { width: page.widthMm / MM_PER_INCH, height: page.heightMm / MM_PER_INCH }
        })
      }),

    printers: () =>
      enqueue(async (): Promise<PrinterInfo[]> => {
        const printers = await windowOf().webContents.getPrintersAsync()
        // Electron no longer says which printer is the system's default; "系统默认" is offered apart.
        return printers.map((p) => ({ name: p.name, displayName: p.displayName || p.name, isDefault: false }))
      }),

    print: (html: string, page: PageSize, printer: string | null) =>
      enqueue(async () => {
        const win = await load(html)
        await new Promise<void>((resolve, reject) => {
          win.webContents.print(
            {
              silent: true,
              printBackground: true,
              ...(printer === null ? {} : { deviceName: printer }),
              // Microns: the paper the type area is centred on (the CSS @page rule sets the margins).
              pageSize: { width: Math.round(page.widthMm * 1000), height: Math.round(page.heightMm * 1000) }
            },
            (success, failureReason) => (success ? resolve() : reject(new Error(failureReason || 'print failed')))
          )
        })
      }),

    close: () =>
      enqueue(async () => {
        closed = true
        if (window !== null && !window.isDestroyed()) window.destroy()
        window = null
        rmSync(folder, { recursive: true, force: true })
      })
  }
}
