// A printable decision document: one sheet per decision (a batch is several), each with its
// verification digest and QR code, in the HTML frame that fits the type area on the paper.
import { contentDigest, type DecisionContent } from './decision-content'
import { documentHtml } from './html'
import { centredLayout, DECISION_TYPE_AREA, type PageLayout, type PaperName } from './paper'
import { qrSvg, verificationPayload } from './qr'
import { DECISION_CSS, decisionSheet } from './templates/decision'

/** The QR payload's kind for decisions: "CDJDS|<number>|<digest>". */
export const DECISION_QR_KIND = 'CDJDS'

export interface DecisionCopyRequest {
  content: DecisionContent
  /** 0: the first issue; n: the n-th reprint (补打). */
  reprint: number
}

export interface PrintableDocument {
  html: string
  layout: PageLayout
}

export async function decisionDocument(copies: readonly DecisionCopyRequest[], paper: PaperName): Promise<PrintableDocument> {
  if (copies.length === 0) throw new RangeError('a decision document needs at least one decision')
  const sheets = await Promise.all(
    copies.map(async ({ content, reprint }) => {
      const digest = contentDigest(content)
      return decisionSheet(content, { reprint, digest, qrSvg: await qrSvg(verificationPayload(DECISION_QR_KIND, content.decisionNo, digest)) })
    })
  )
  const layout = centredLayout(paper, DECISION_TYPE_AREA)
  const first = copies[0] as DecisionCopyRequest
  // The PDF's title is what viewers show in their own (system-font) bar: digits only, so it reads
  // right on a machine without Chinese fonts too.
  const title = copies.length === 1 ? first.content.decisionNo : `${first.content.decisionNo} +${copies.length - 1}`
  return { html: documentHtml({ title, layout, css: DECISION_CSS, sheets }), layout }
}
