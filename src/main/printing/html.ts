// The frame every printed document shares: the @page rule that centres the type area on the
// paper, the embedded fonts, base print CSS, and the layout script that keeps each sheet inside
// its type area. Sheets are <section class="sheet">; a batch is several of them, one per page.
//
// Fitting: a sheet starts at the template's body size; if its content is taller than the type
// area, the script lowers the font size step by step (0.5 pt) down to a floor that stays legible
// on paper. Text is never clipped: what does not fit even at the floor flows onto a further page
// with the same type area (the sheet is then marked as overflowing, which the tests watch).
import { documentFonts } from './fonts'
import { DOCUMENT_FONT_FAMILY } from './fonts'
import { FIT_REPORT_ATTRIBUTE, FITTED_ATTRIBUTE } from './renderer'
import { pageRule, type PageLayout } from './paper'

/** The floor the layout script stops shrinking at: still legible on paper. */
export const MIN_FONT_PT = 6.5
const STEP_PT = 0.5

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for HTML content and attribute values. Every value from data goes through it. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
}

const MM_TO_PX = 96 / 25.4

/**
 * Runs in the page. Every sheet is fitted, then <html> gets data-fitted and data-fit (SheetFit[]).
 * It waits for the embedded fonts first: a measurement with a fallback font would be wrong.
 */
function layoutScript(areaHeightPx: number): string {
  return `(() => {
  const root = document.documentElement
  const areaPx = ${areaHeightPx.toFixed(3)}
  const fit = (sheet) => {
    let pt = Number(sheet.dataset.fontPt)
    sheet.style.fontSize = pt + 'pt'
    while (sheet.getBoundingClientRect().height > areaPx + 0.5 && pt - ${STEP_PT} >= ${MIN_FONT_PT}) {
      pt -= ${STEP_PT}
      sheet.style.fontSize = pt + 'pt'
    }
    const overflow = sheet.getBoundingClientRect().height > areaPx + 0.5
    if (overflow) sheet.classList.add('continues')
    return { fontPt: pt, overflow }
  }
  const text = document.body.innerText
  const loads = [document.fonts.load('10pt "${DOCUMENT_FONT_FAMILY}"', text)]
  Promise.all(loads).then(() => document.fonts.ready).then(() => {
    const report = Array.from(document.querySelectorAll('section.sheet'), fit)
    root.setAttribute('${FIT_REPORT_ATTRIBUTE}', JSON.stringify(report))
    root.setAttribute('${FITTED_ATTRIBUTE}', '1')
  })
})()`
}

export interface DocumentFrame {
  /** <title>: also the PDF's title. */
  title: string
  layout: PageLayout
  /** The template's own CSS (after the base CSS). */
  css: string
  /** The sheets, each `<section class="sheet" data-font-pt="…">`. */
  sheets: readonly string[]
}

/** A complete, self-contained HTML document (no external resource of any kind). */
export function documentHtml(frame: DocumentFrame): string {
  const body = frame.sheets.join('\n')
  const { area } = frame.layout
  const baseCss = [
    pageRule(frame.layout),
    `html,body{margin:0;padding:0;background:#fff;color:#000;}`,
    `body{font-family:'${DOCUMENT_FONT_FAMILY}';font-weight:400;font-synthesis:none;line-height:1.42;-webkit-print-color-adjust:exact;print-color-adjust:exact;}`,
    // The sheet is at least the type area (so the footer sits at its bottom) and grows while the
    // script measures; a sheet that still overflows at the floor flows onto the next page.
    `section.sheet{box-sizing:border-box;width:${area.widthMm}mm;min-height:${area.heightMm - 0.5}mm;display:flex;flex-direction:column;overflow-wrap:anywhere;word-break:break-all;}`,
    `section.sheet.continues{display:block;}`,
    `section.sheet+section.sheet{break-before:page;}`,
    `p{margin:0;}`
  ].join('\n')
  const fonts = documentFonts().cssFor(frame.title + body)
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(frame.title)}</title>
<style>
${fonts}
${baseCss}
${frame.css}
</style>
</head>
<body>
${body}
<script>${layoutScript(area.heightMm * MM_TO_PX)}</script>
</body>
</html>`
}
