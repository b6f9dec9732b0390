// DocumentRenderer on Debian's Chromium through playwright-core: used by the web host and the
// tests. One browser and one tab are launched on first use (or by warm()) and kept: a launch costs
// ~0.3 s, a decision's PDF in the warm tab well under that. Documents are rendered one at a time
// in the order asked: a window prints one document at a time, and two at once would only halve each.
import { chromium, type Browser, type Page } from 'playwright-core'
import { FITTED_ATTRIBUTE, type DocumentRenderer } from './renderer'
import type { PageSize } from './paper'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run'
]

export interface ChromiumRendererOptions {
  /** Default: $COUNTERDESK_CHROMIUM, else /usr/bin/chromium. */
  executablePath?: string
  /** Longest wait for a document's layout script. */
  timeoutMs?: number
  /** A browser someone else launched and will close (the benchmark's, for its baseline in the same browser). */
  browser?: Browser
}

export interface ChromiumRenderer extends DocumentRenderer {
  /** Launches the browser now instead of at the first document. */
  warm(): Promise<void>
}

export function createChromiumRenderer(options: ChromiumRendererOptions = {}): ChromiumRenderer {
  const executablePath = options.executablePath ?? process.env.COUNTERDESK_CHROMIUM ?? '/usr/bin/chromium'
  const timeout = options.timeoutMs ?? 20_000
  const shared = options.browser
  let browser: Browser | null = shared ?? null
  let tab: Page | null = null
  let queue: Promise<unknown> = Promise.resolve()
  let closed = false

  /** The warm tab, launched (or relaunched after a crash) when needed. Only called inside the queue. */
  async function tabOf(): Promise<Page> {
    if (closed) throw new Error('the document renderer is closed')
    if (tab !== null && !tab.isClosed() && browser?.isConnected() === true) return tab
    if (browser === null || !browser.isConnected()) browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout })
    tab = await browser.newPage()
    await tab.emulateMedia({ media: 'print' })
    return tab
  }

  async function render(html: string, page: PageSize): Promise<Buffer> {
    const current = await tabOf()
    try {
      await current.setContent(html, { waitUntil: 'load', timeout })
      await current.waitForSelector(`html[${FITTED_ATTRIBUTE}]`, { state: 'attached', timeout })
      return await current.pdf({ preferCSSPageSize: true, printBackground: true, width: `${page.widthMm}mm`, height: `${page.heightMm}mm` })
    } catch (error) {
      // A tab that failed mid-document is not reused: the next document gets a fresh one.
      tab = null
      await current.close().catch(() => undefined)
      throw error
    }
  }

  /** One document at a time, in the order asked. */
  function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job)
    queue = run.catch(() => undefined)
    return run
  }

  return {
    pdf: (html, page) => enqueue(() => render(html, page)),
    printers: () => Promise.resolve(null),
    print: () => Promise.reject(new Error('Chromium under the web host reaches no printer: the browser prints the PDF')),
    warm: () => enqueue(async () => void (await tabOf())),
    close: () =>
      enqueue(async () => {
        closed = true
        const running = browser
        const tabToClose = tab
        browser = null
        tab = null
        if (running !== shared) await running?.close()
        else await tabToClose?.close()
      })
  }
}
