// The simple-procedure penalty decision (公安交通管理简易程序处罚决定书), laid out top to bottom as
// FACTS §1 lists it: organ, title, number, party, facts, legal basis and decision, penalty and
// payment terms, rights, points, then place, signatures, officer and date; a QR code with the
// number and the verification digest closes it. One sheet per decision, in the 80 × 150 mm type
// area; html.ts centres it on the paper and shrinks the type if a long text needs it.
import { criticalNoticeDue, DECISION_TITLE, type DecisionContent } from '../decision-content'
import { documentDate, documentDateTime, percent, reprintMark, yuan } from '../format'
import { esc } from '../html'

/** The size the form starts at (just above 六号, as such narrow forms are printed); html.ts shrinks from here if needed. */
export const DECISION_FONT_PT = 8

export const DECISION_CSS = `
.organ{text-align:center;font-size:1.12em;line-height:1.35;}
.title{text-align:center;font-size:1.42em;line-height:1.35;margin-top:0.15em;letter-spacing:0.02em;}
.head-line{display:flex;justify-content:space-between;align-items:flex-start;gap:0.5em;margin:0.25em 0 0.2em;}
.mark{border:0.3mm solid #000;padding:0 0.3em;white-space:nowrap;}
.number{margin-left:auto;text-align:right;}
.party p{padding-left:0.2em;}
.label{}
.text{text-indent:2em;margin-top:0.2em;}
.closing{margin-top:auto;padding-top:0.4em;break-inside:avoid;}
.footer{display:flex;gap:0.5em;align-items:flex-end;}
.footer .who{flex:1;min-width:0;}
.line{display:inline-block;width:20mm;border-bottom:0.2mm solid #000;vertical-align:baseline;}
.seal{text-align:right;margin-top:0.3em;}
.qr{flex:none;width:16mm;}
.qr svg{display:block;width:16mm;height:16mm;}
.digest{font-size:0.7em;line-height:1.25;margin-top:0.2em;}
`

export interface DecisionCopy {
  /** Reprints so far including this one: 0 for the first issue. */
  reprint: number
  /** Verification digest of the content (decision-content.ts). */
  digest: string
  /** The QR code (qr.ts) carrying the number and the digest. */
  qrSvg: string
}

const row = (label: string, value: string): string => `<p><span class="label">${esc(label)}：</span>${esc(value)}</p>`
const pair = (a: [string, string], b: [string, string]): string =>
  `<p><span class="label">${esc(a[0])}：</span>${esc(a[1])}\u3000<span class="label">${esc(b[0])}：</span>${esc(b[1])}</p>`
const para = (text: string): string => `<p class="text">${esc(text)}</p>`
const orDash = (value: string | null): string => (value === null || value === '' ? '—' : value)

function partyBlock(p: DecisionContent['party']): string {
  return `<div class="party">
${row('被处罚人', p.name)}
${row(p.idLabel, p.idNumber)}
${row('机动车驾驶证档案编号', orDash(p.licenseFileNo))}
${row('发证机关', orDash(p.licenseOrgan))}
${pair(['准驾车型', orDash(p.licenseClasses)], ['电话', orDash(p.phone)])}
${pair(['车辆类型', p.vehicleType], ['车辆牌号', p.plate])}
</div>`
}

function penaltyText(c: DecisionContent): string {
  return c.penalty.kind === 'warning' ? '警告' : `罚款${yuan(c.penalty.fineFen)}`
}

function paymentText(c: DecisionContent): string | null {
  const pay = c.payment
  if (pay === null) return null
  return (
    `被处罚人应当自收到本决定书之日起${pay.deadlineDays}日内（截至${documentDate(pay.dueDate)}）通过${pay.bank}缴纳罚款。` +
    `逾期不缴纳的，每日按罚款数额的${percent(pay.lateFeeRateBasisPoints)}加处罚款，加处罚款的数额不超过罚款数额的${percent(pay.lateFeeCapBasisPoints)}。`
  )
}

function pointsLines(c: DecisionContent): string {
  const { points, before, threshold } = c.points
  const lines = [para(`本次违法行为记${points}分。`)]
  if (criticalNoticeDue(c.points) && before !== null) {
    const notice =
      `被处罚人本记分周期内已累积记${before}分，加本次记分累积${before + points}分。` +
      `累积记分达到${threshold}分的，公安机关交通管理部门将扣留其机动车驾驶证，被处罚人应当参加道路交通安全法律、法规和相关知识学习并接受考试。`
    lines.push(`<p class="text notice">临界告知：${esc(notice)}</p>`)
  }
  return lines.join('\n')
}

function footer(c: DecisionContent, copy: DecisionCopy): string {
  const officer = c.officer === null ? '<span class="line"></span>' : `${esc(c.officer.name)}（警号${esc(c.officer.policeNo)}）`
  return `<div class="closing">
<div class="footer">
<div class="who">
${row('处罚地点', c.place)}
<p><span class="label">被处罚人签名：</span><span class="line"></span></p>
<p><span class="label">交通警察：</span>${officer}</p>
<p><span class="label">交通警察签名：</span><span class="line"></span></p>
</div>
<div class="qr">${copy.qrSvg}</div>
</div>
<div class="seal"><p>${esc(c.organ)}（印章）</p><p>${esc(documentDate(c.decidedAt))}</p></div>
<p class="digest">核验码（SHA-256）：${esc(copy.digest)}</p>
</div>`
}

/** One <section class="sheet"> with the whole decision. */
export function decisionSheet(c: DecisionContent, copy: DecisionCopy): string {
  const facts =
    `被处罚人于${documentDateTime(c.facts.occurredAt)}，在${c.facts.place}，` +
    `实施${c.facts.behaviour}的违法行为（违法代码${c.facts.code}）。`
  const decision = `根据${c.legalBasis}之规定，决定给予${penaltyText(c)}的处罚。`
  const rights =
    `被处罚人如不服本决定，可以在收到本决定书之日起${c.rights.reviewDays}日内向${c.rights.reviewOrgan}申请行政复议；` +
    `或者在${c.rights.litigationMonths}个月内向${c.rights.court}提起行政诉讼。`
  const payment = paymentText(c)
  const mark = copy.reprint > 0 ? `<span class="mark">${esc(reprintMark(copy.reprint))}</span>` : ''
  return `<section class="sheet" data-font-pt="${DECISION_FONT_PT}" style="font-size:${DECISION_FONT_PT}pt">
<p class="organ">${esc(c.organ)}</p>
<p class="title">${esc(DECISION_TITLE)}</p>
<div class="head-line">${mark}<span class="number">编号：${esc(c.decisionNo)}</span></div>
${partyBlock(c.party)}
${para(facts)}
${para(decision)}
${payment === null ? '' : para(payment)}
${para(rights)}
${pointsLines(c)}
${footer(c, copy)}
</section>`
}
