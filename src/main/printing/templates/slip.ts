// A counter slip (registration, phone change, binding, payment receipt, dispute receipt, 处理结果
// 告知单): the same facts the on-screen PrintSlip shows — issuing organ, title and number, the
// facts as label/value rows, notes, who handled it, when and where, signature lines — as a sheet
// in the template mechanism the decision uses, so it prints from the same Chromium with the same
// embedded font. Type area: A5 less 12 mm margins, centred on the window's paper.
import { documentDateTime } from '../format'
import { documentHtml, esc } from '../html'
import { centredLayout, type PaperName, type TypeArea } from '../paper'
import type { PrintableDocument } from '../decision-document'

export const SLIP_TYPE_AREA: TypeArea = { widthMm: 124, heightMm: 186 }
export const SLIP_FONT_PT = 10.5

export interface SlipContent {
  organ: string
  title: string
  number?: string | undefined
  rows: readonly { label: string; value: string }[]
  notes: readonly string[]
  clerk: { name: string; policeNo: string }
  place: string
  /** Zoned ISO. */
  at: string
  signatures: readonly string[]
}

export const SLIP_CSS = `
.organ{text-align:center;letter-spacing:0.1em;}
.title{text-align:center;font-size:1.55em;margin-top:0.2em;letter-spacing:0.05em;}
.number{text-align:right;margin-top:0.5em;}
table.facts{width:100%;border-collapse:collapse;margin-top:0.6em;}
table.facts td{border:0.25mm solid #000;padding:0.3em 0.5em;vertical-align:top;}
table.facts td.label{width:28%;background:#f2f2f2;}
ol.notes{margin:0.6em 0 0;padding-left:1.6em;font-size:0.92em;}
.handled{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0.2em 1em;margin-top:1em;font-size:0.92em;}
.signs{display:flex;flex-wrap:wrap;gap:0.6em 2em;margin-top:1.6em;}
.line{display:inline-block;width:32mm;border-bottom:0.2mm solid #000;}
`

export function slipSheet(s: SlipContent): string {
  const rows = s.rows.map((r) => `<tr><td class="label">${esc(r.label)}</td><td>${esc(r.value)}</td></tr>`).join('\n')
  const notes = s.notes.length === 0 ? '' : `<ol class="notes">${s.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ol>`
  return `<section class="sheet" data-font-pt="${SLIP_FONT_PT}" style="font-size:${SLIP_FONT_PT}pt">
<p class="organ">${esc(s.organ)}</p>
<p class="title">${esc(s.title)}</p>
${s.number === undefined ? '' : `<p class="number">编号：${esc(s.number)}</p>`}
<table class="facts"><tbody>
${rows}
</tbody></table>
${notes}
<div class="handled"><span>经办民警：${esc(s.clerk.name)}（警号${esc(s.clerk.policeNo)}）</span><span>办理地点：${esc(s.place)}</span><span>办理时间：${esc(documentDateTime(s.at))}</span></div>
<div class="signs">${s.signatures.map((who) => `<span>${esc(who)}签名：<span class="line"></span></span>`).join('')}</div>
</section>`
}

export function slipDocument(slip: SlipContent, paper: PaperName): PrintableDocument {
  const layout = centredLayout(paper, SLIP_TYPE_AREA)
  // The PDF viewer's bar shows the title in system fonts: the number, which reads everywhere.
  return { html: documentHtml({ title: slip.number ?? slip.at.slice(0, 10), layout, css: SLIP_CSS, sheets: [slipSheet(slip)] }), layout }
}
