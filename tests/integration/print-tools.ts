// Reading a PDF the way a reviewer would, with Debian's poppler-utils: its text (pdftotext
// -layout), its fonts (pdffonts), its page count (pdfinfo) and a picture of a page (pdftoppm),
// kept in tests/artifacts/print/ for people to look at.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../src/main/printing/chromium-renderer'
import { FIT_REPORT_ATTRIBUTE, FITTED_ATTRIBUTE, type SheetFit } from '../../src/main/printing/renderer'

export const PRINT_ARTIFACTS = path.resolve(__dirname, '..', 'artifacts', 'print')

/** Writes the PDF under tests/artifacts/print/<name>.pdf and returns its path. */
export function keepPdf(name: string, pdf: Buffer): string {
  mkdirSync(PRINT_ARTIFACTS, { recursive: true })
  const file = path.join(PRINT_ARTIFACTS, `${name}.pdf`)
  writeFileSync(file, pdf)
  return file
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

/** The text with every blank and line break removed: a sentence the layout wrapped reads whole again. */
export function flat(text: string): string {
  return text.replace(/\s+/g, '')
}

export interface PdfFont {
  name: string
  embedded: boolean
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '')
  // name type… encoding emb sub uni object ID: emb is the 5th field from the end.
  return lines.map((line) => {
    const fields = line.trim().split(/\s+/)
    return { name: fields[0] as string, embedded: fields[fields.length - 5] === 'yes' }
  })
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

/** Page `page` at 150 dpi as tests/artifacts/print/<name>.png. */
export function pagePng(file: string, name: string, page = 1): string {
  const prefix = path.join(PRINT_ARTIFACTS, name)
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', String(page), '-l', String(page), '-singlefile', file, prefix])
  return `${prefix}.png`
}

/** What the document's own layout script reports for each sheet, read from a real Chromium page. */
export async function layoutReport(html: string): Promise<SheetFit[]> {
  const browser = await chromium.launch({ executablePath: process.env.COUNTERDESK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await page.emulateMedia({ media: 'print' })
    await page.setContent(html, { waitUntil: 'load' })
    await page.waitForSelector(`html[${FITTED_ATTRIBUTE}]`, { state: 'attached' })
    return JSON.parse((await page.getAttribute('html', FIT_REPORT_ATTRIBUTE)) ?? '[]') as SheetFit[]
  } finally {
    await browser.close()
  }
}
