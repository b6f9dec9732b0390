// Printing penalty decisions end to end on the real parts: a window enrolled with the reference
// central processes violations, central assigns the definitive numbers, and the window prints the
// decisions through the real core and the real Chromium. The PDF is read back with poppler-utils:
// every field of the form (FACTS §1) in its text, only the embedded Noto Serif SC in its fonts,
// the first page kept as tests/artifacts/print/decision.png. A reprint carries 补打 and the same
// digest; the archive keeps the first PDF's SHA-256; a provisional number is refused; very long
// texts stay inside the type area; the day's batch is one PDF with a page per decision.
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { PRINTING_DEFAULTS } from '../../src/main/core/config'
import { createChromiumRenderer, type ChromiumRenderer } from '../../src/main/printing/chromium-renderer'
import { DECISION_TITLE, type DecisionContent } from '../../src/main/printing/decision-content'
import { decisionDocument } from '../../src/main/printing/decision-document'
import { MIN_FONT_PT } from '../../src/main/printing/html'
import { DECISION_FONT_PT } from '../../src/main/printing/templates/decision'
import type { ProcessResult } from '../../src/shared/contract/schemas'
import type { PrintBatch, PrintedDecision, PrintStatus, Printers, VerifyResult } from '../../src/shared/contract/workflows/printing-schemas'
import { startTestCentral, startWorkstation, syncAfterRestart, type TestCentral, type TestWorkstation } from '../sync/support/harness'
import { flat, keepPdf, layoutReport, pagePng, pdfFonts, pdfPages, pdfText } from './print-tools'

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')
const pdfOf = (printed: { pdf: string }): Buffer => Buffer.from(printed.pdf, 'base64')
const yuan = (fen: number): string => `${fen / 100}元`
/** "2026-11-01T08:15:00.000+08:00" → "2026年11月01日08时15分", as the form prints it. */
const printedTime = (iso: string): string => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日${iso.slice(11, 13)}时${iso.slice(14, 16)}分`
const printedDate = (iso: string): string => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`

interface Case {
  violationId: string
  personId: string
}

/** The decision as the window's store holds it, with everything the form prints. */
interface DecisionFacts {
  id: string
  decision_no: string
  provisional: number
  fine_fen: number
  points: number
  points_before: number | null
  decided_at: string
  due_date: string
  organ: string
  occurred_at: string
  place: string
  behaviour: string
  code: string
  plate: string
  name: string
  id_number: string
  file_no: string
  issuing_organ: string
  classes: string
  phone: string | null
}

describe('printing penalty decisions with the real Chromium', () => {
  let central: TestCentral
  let ws: TestWorkstation
  let db: Database.Database
  let renderer: ChromiumRenderer
  const cases: Case[] = []

  /** Processable records of three different drivers with points; the first driver is given 9 points (the 临界告知 case). */
  async function arrangeCases(): Promise<void> {
    const rows = await central.db.query<{ id: string; person_id: string }>(
      `SELECT DISTINCT ON (d.person_id) v.id, d.person_id FROM violations v
         JOIN vehicles ve ON ve.id = v.vehicle_id JOIN drivers d ON d.person_id = ve.owner_person_id
        WHERE v.status = 'unprocessed' AND v.penalty = 'fine' AND v.points BETWEEN 1 AND 2 AND d.status = 'A' AND d.cycle_points < 9
          AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.violation_id = v.id)
          AND NOT EXISTS (SELECT 1 FROM disputes x WHERE x.violation_id = v.id)
        ORDER BY d.person_id, v.id LIMIT 3`
    )
    if (rows.length < 3) throw new Error('the generated data set has fewer than three drivers with a simple record to process')
    cases.push(...rows.map((r) => ({ violationId: r.id, personId: r.person_id })))
    // Arranged before the window bootstraps: a driver already at 9 points, so the decision carries 临界告知.
    await central.db.query('UPDATE drivers SET cycle_points = 9 WHERE person_id = $1', [cases[0]!.personId])
  }

  async function processAndConfirm(c: Case): Promise<ProcessResult> {
    const result = await ws.call<ProcessResult>('violation:process', { ...c, confirmed: ['WILL_REACH_12'] })
    await ws.core.sync.syncNow()
    return result
  }

  function facts(decisionId: string): DecisionFacts {
    return db
      .prepare(
        `SELECT d.id, d.decision_no, d.provisional, d.fine_fen, d.points, d.points_before, d.decided_at, d.due_date, d.organ,
                v.occurred_at, v.place, v.behaviour, v.code, v.plate, p.name, p.id_number, dr.file_no, dr.issuing_organ, dr.classes,
                coalesce(dr.phone, p.phone) AS phone
           FROM decisions d JOIN violations v ON v.id = d.violation_id JOIN people p ON p.id = d.person_id
           JOIN drivers dr ON dr.person_id = d.person_id WHERE d.id = ?`
      )
      .get(decisionId) as DecisionFacts
  }

  const count = (sql: string, ...args: unknown[]): number => db.prepare(sql).pluck().get(...args) as number

  beforeAll(async () => {
    central = await startTestCentral('pglite')
    await arrangeCases()
    ws = await startWorkstation(central.url, await central.issueCode())
    await ws.core.sync.syncNow()
    db = new Database(ws.databaseFile, { readonly: true })
    renderer = createChromiumRenderer()
  }, 180_000)
  afterAll(async () => {
    db?.close()
    await renderer?.close()
    await ws?.close()
    await central?.close()
  })

  let first: PrintedDecision
  let firstText: string
  let decision: DecisionFacts

  it('prints a confirmed decision with every field of the form, in the embedded font, and archives it', async () => {
    const processed = await processAndConfirm(cases[0]!)
    decision = facts(processed.decisionId)
    expect(decision.provisional).toBe(0)
    expect(decision.points_before).toBe(9)
    expect(await ws.call<PrintStatus>('print:status', { decisionId: decision.id })).toMatchObject({ printable: true, reason: null, printed: null })

    const outboxBefore = count('SELECT count(*) FROM outbox')
    first = await ws.call<PrintedDecision>('print:decision', { decisionId: decision.id })
    const file = keepPdf('decision', pdfOf(first))
    firstText = pdfText(file)
    const text = flat(firstText)
    const clerk = db.prepare("SELECT name, police_no FROM operators WHERE police_no = '100001'").get() as { name: string; police_no: string }
    const total = 9 + decision.points
    const expected = [
      decision.organ,
      DECISION_TITLE,
      `编号：${decision.decision_no}`,
      `被处罚人：${decision.name}`,
      `居民身份证号码：${decision.id_number}`,
      `机动车驾驶证档案编号：${decision.file_no}`,
      `发证机关：${decision.issuing_organ}`,
      `准驾车型：${decision.classes}`,
      `电话：${decision.phone ?? '—'}`,
      `车辆牌号：${decision.plate}`,
      `被处罚人于${printedTime(decision.occurred_at)}，在${decision.place}，实施${decision.behaviour}的违法行为（违法代码${decision.code}）。`,
      '根据《中华人民共和国道路交通安全法》',
      `决定给予罚款${yuan(decision.fine_fen)}的处罚。`,
      `自收到本决定书之日起15日内（截至${printedDate(decision.due_date)}）通过${PRINTING_DEFAULTS.paymentBank}缴纳罚款。`,
      '逾期不缴纳的，每日按罚款数额的3%加处罚款',
      `60日内向${PRINTING_DEFAULTS.reviewOrgan}申请行政复议`,
      `6个月内向${PRINTING_DEFAULTS.court}提起行政诉讼`,
      `本次违法行为记${decision.points}分。`,
      `临界告知：被处罚人本记分周期内已累积记9分，加本次记分累积${total}分。`,
      `处罚地点：${PRINTING_DEFAULTS.place}`,
      '被处罚人签名：',
      `交通警察：${clerk.name}（警号${clerk.police_no}）`,
      `${decision.organ}（印章）`,
      printedDate(decision.decided_at),
      `核验码（SHA-256）：${first.contentDigest}`
    ]
    for (const field of expected) expect(text, field).toContain(flat(field))
    expect(text).toMatch(/车辆类型：(小型汽车|大型汽车|小型新能源汽车|大型新能源汽车|普通摩托车|\S+?)车辆牌号/)
    expect(text).not.toContain('补打')
    expect(pdfPages(file)).toBe(1)

    // Only the bundled Noto Serif SC, every subset embedded: the same output on a machine without Chinese fonts.
    const fonts = pdfFonts(file)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter((f) => !/^[A-Z]{6}\+NotoSerifSC/.test(f.name) || !f.embedded)).toEqual([])

    pagePng(file, 'decision')

    // The archive holds the first PDF and its SHA-256, the print is audited, and nothing goes to central.
    const archived = db.prepare("SELECT pdf, pdf_sha256, content_digest, reprints FROM printed_documents WHERE kind = 'decision' AND subject_id = ?").get(decision.id) as {
      pdf: Buffer
      pdf_sha256: string
      content_digest: string
      reprints: number
    }
    expect(archived.pdf_sha256).toBe(sha256(pdfOf(first)))
    expect(sha256(archived.pdf)).toBe(archived.pdf_sha256)
    expect(first).toMatchObject({ sha256: archived.pdf_sha256, archivedSha256: archived.pdf_sha256, contentDigest: archived.content_digest, reprint: 0, mark: null })
    expect(archived.reprints).toBe(0)
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'document.printed' AND subject_id = ?", decision.id)).toBe(1)
    expect(count('SELECT count(*) FROM outbox')).toBe(outboxBefore)
  }, 60_000)

  it('refuses a second first print and points to 补打', async () => {
    const again = await ws.attempt('print:decision', { decisionId: decision.id })
    expect(again.ok === false && again.error.code).toBe('ALREADY_PRINTED')
    expect(again.ok === false && again.error.message).toContain('补打')
  })

  it('reprints the same content and digest, marked 补打 with its count, and counts it in the archive', async () => {
    const reprint = await ws.call<PrintedDecision>('print:reprint', { decisionId: decision.id })
    const file = keepPdf('decision-reprint', pdfOf(reprint))
    const text = pdfText(file)
    pagePng(file, 'decision-reprint')
    expect(reprint).toMatchObject({ reprint: 1, mark: '补打（第2次）', contentDigest: first.contentDigest, archivedSha256: first.sha256 })
    expect(flat(text)).toContain('补打（第2次）')
    expect(flat(text)).toContain(`核验码（SHA-256）：${first.contentDigest}`)
    // Byte-identical in content: the text differs from the first issue's by the mark only.
    expect(flat(text).replace('补打（第2次）', '')).toBe(flat(firstText))
    const archived = db.prepare("SELECT pdf_sha256, reprints FROM printed_documents WHERE subject_id = ?").get(decision.id) as { pdf_sha256: string; reprints: number }
    expect(archived).toEqual({ pdf_sha256: first.sha256, reprints: 1 })
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'document.reprinted' AND subject_id = ?", decision.id)).toBe(1)

    const third = await ws.call<PrintedDecision>('print:reprint', { decisionId: decision.id })
    expect(third).toMatchObject({ reprint: 2, mark: '补打（第3次）', contentDigest: first.contentDigest })
  }, 60_000)

  it('verifies a printed copy by its number and digest', async () => {
    const good = await ws.call<VerifyResult>('print:verify', { number: decision.decision_no, digest: first.contentDigest })
    expect(good).toMatchObject({ result: 'authentic', source: 'archive', reprints: 2 })
    const forged = await ws.call<VerifyResult>('print:verify', { number: decision.decision_no, digest: 'f'.repeat(64) })
    expect(forged.result).toBe('altered')
    const bad = await ws.attempt('print:verify', { number: '12', digest: first.contentDigest })
    expect(bad.ok === false && bad.error.code).toBe('INVALID_INPUT')
  })

  it('refuses to print a provisional number (offline) and writes nothing', async () => {
    await central.stopServer()
    try {
      const offline = await ws.call<ProcessResult>('violation:process', { ...cases[2]!, confirmed: ['WILL_REACH_12'] })
      expect(offline.provisional).toBe(true)
      const before = { docs: count('SELECT count(*) FROM printed_documents'), audit: count('SELECT count(*) FROM audit_log') }
      const refused = await ws.attempt('print:decision', { decisionId: offline.decisionId })
      expect(refused.ok === false && refused.error.code).toBe('DECISION_PROVISIONAL')
      expect(refused.ok === false && refused.error.message).toContain('须待中心确认')
      expect({ docs: count('SELECT count(*) FROM printed_documents'), audit: count('SELECT count(*) FROM audit_log') }).toEqual(before)
      const status = await ws.call<PrintStatus>('print:status', { decisionId: offline.decisionId })
      expect(status).toMatchObject({ printable: false, printed: null })
    } finally {
      await central.restartServer()
      await syncAfterRestart(ws)
    }
  }, 60_000)

  it('prints the day’s decisions in one PDF, a page each: the unprinted ones first-issued, all of them with 补打 on request', async () => {
    const second = await processAndConfirm(cases[1]!)
    const today = decision.decided_at.slice(0, 10)
    const unprinted = await ws.call<PrintBatch>('print:batch', { date: today })
    expect(unprinted.documents.map((d) => d.decisionId).sort()).toEqual([second.decisionId, secondOfDay()].sort())
    for (const d of unprinted.documents) expect(d.reprint).toBe(0)
    expect(unprinted.skipped.map((s) => s.decisionNo)).toContain(decision.decision_no)
    const file = keepPdf('decision-batch', pdfOf(unprinted))
    expect(pdfPages(file)).toBe(unprinted.documents.length)
    // A batch's first issue is archived exactly as a single print would have been.
    const archivedSecond = db.prepare('SELECT pdf_sha256, reprints FROM printed_documents WHERE subject_id = ?').get(second.decisionId) as { pdf_sha256: string; reprints: number }
    expect(archivedSecond.reprints).toBe(0)
    expect(flat(pdfText(file))).not.toContain('临界告知：被处罚人本记分周期内已累积记0')

    const all = await ws.call<PrintBatch>('print:batch', { date: today, include: 'all' })
    const allFile = keepPdf('decision-batch-all', pdfOf(all))
    expect(pdfPages(allFile)).toBe(all.documents.length)
    expect(all.documents.find((d) => d.decisionId === decision.id)?.reprint).toBe(3)
    expect(flat(pdfText(allFile))).toContain('补打（第4次）')
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'document.batchPrinted'")).toBe(2)

    const nothing = await ws.attempt('print:batch', { date: '2001-01-01' })
    expect(nothing.ok === false && nothing.error.code).toBe('NOTHING_TO_PRINT')
  }, 120_000)

  /** The offline decision of the previous test, confirmed once central came back. */
  function secondOfDay(): string {
    return db.prepare('SELECT id FROM decisions WHERE violation_id = ?').pluck().get(cases[2]!.violationId) as string
  }

  it('says plainly that the web host reaches no printer', async () => {
    const printers = await ws.call<Printers>('print:printers', {})
    expect(printers).toMatchObject({ reachable: false, printers: [], selected: null, paper: 'A4' })
    const choose = await ws.attempt('print:choosePrinter', { printer: 'HP' })
    expect(choose.ok === false && choose.error.code).toBe('PRINTER_UNREACHABLE')
    const send = await ws.attempt('print:send', { documentIds: [first.documentId] })
    expect(send.ok === false && send.error.code).toBe('PRINTER_UNREACHABLE')
  })

  it('prints a counter slip from the same mechanism', async () => {
    const slip = await ws.call<{ pdf: string; sha256: string }>('print:slip', {
      kind: 'payment_receipt',
      title: '交通违法罚款缴款凭证',
      number: 'BANK-000123',
      rows: [
        { label: '被处罚人', value: decision.name },
        { label: '决定书编号', value: decision.decision_no }
      ],
      notes: ['请妥善保管本凭证'],
      signatures: ['缴款人', '经办民警']
    })
    const file = keepPdf('slip', Buffer.from(slip.pdf, 'base64'))
    pagePng(file, 'slip')
    const text = flat(pdfText(file))
    for (const field of ['交通违法罚款缴款凭证', '编号：BANK-000123', `被处罚人${decision.name}`, `决定书编号${decision.decision_no}`, '请妥善保管本凭证', '经办民警：', '缴款人签名：']) {
      expect(text, field).toContain(field)
    }
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'document.slipPrinted'")).toBe(1)
  }, 60_000)

  describe('very long texts', () => {
    /** The first decision's content, with texts far longer than any real record. */
    function longContent(repeat: number): DecisionContent {
      const base = JSON.parse((db.prepare("SELECT a.bytes FROM attachments a JOIN printed_documents p ON p.id = a.owner_id WHERE p.subject_id = ?").pluck().get(decision.id) as Buffer).toString('utf8')) as DecisionContent
      return {
        ...base,
        organ: '某某省某某市公安局交通警察支队某某区交通警察大队某某中队（长名称测试）',
        facts: {
          ...base.facts,
          place: `${'某某省某某市某某区某某街道某某路与某某大道交叉口向东约二百米处'.repeat(repeat)}地点末尾`,
          behaviour: `${'驾驶机动车在高速公路以外的道路上超过规定时速百分之二十以上未达到百分之五十'.repeat(repeat)}行为末尾`
        }
      }
    }

    it('shrink the type to stay inside the 80 × 150 mm area, nothing cut', async () => {
      const doc = await decisionDocument([{ content: longContent(2), reprint: 0 }], 'A4')
      const [fit] = await layoutReport(doc.html)
      expect(fit).toBeDefined()
      expect(fit!.overflow).toBe(false)
      expect(fit!.fontPt).toBeLessThan(DECISION_FONT_PT)
      const file = keepPdf('decision-long', await renderer.pdf(doc.html, doc.layout.page))
      pagePng(file, 'decision-long')
      expect(pdfPages(file)).toBe(1)
      const text = flat(pdfText(file))
      for (const tail of ['地点末尾', '行为末尾', '（长名称测试）', '核验码（SHA-256）']) expect(text).toContain(tail)
    }, 60_000)

    it('continue on a second page with the same type area when even the smallest type cannot hold them', async () => {
      const doc = await decisionDocument([{ content: longContent(12), reprint: 0 }], 'A4')
      const [fit] = await layoutReport(doc.html)
      expect(fit).toEqual({ fontPt: MIN_FONT_PT, overflow: true })
      const file = keepPdf('decision-overlong', await renderer.pdf(doc.html, doc.layout.page))
      expect(pdfPages(file)).toBe(2)
      const text = flat(pdfText(file))
      for (const tail of ['地点末尾', '行为末尾', '交通警察签名：', '核验码（SHA-256）']) expect(text).toContain(tail)
    }, 60_000)
  })
})
