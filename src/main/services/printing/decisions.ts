// Printing penalty decisions. The first print issues the decision: its PDF is archived with its
// SHA-256, and the content with its digest (the QR code's). A reprint (补打) renders the archived
// content again, marked with its count; the digest does not change. The day's batch puts this
// window's decisions in one PDF. Each print is one write-path action (archive rows + audit entry,
// no command: the archive is this window's own); the PDF is rendered before the transaction opens.
import { randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { OperatorDto } from '../../../shared/contract/schemas'
import type { PrintBatch, PrintedDecision, PrintStatus } from '../../../shared/contract/workflows/printing-schemas'
import type { WorkflowDeps } from '../../core/workflows'
import { contentDigest, type DecisionContent } from '../../printing/decision-content'
import type { DecisionCopyRequest } from '../../printing/decision-document'
import { reprintMark } from '../../printing/format'
import { prepareArchive, type ArchivedDocument } from './archive'
import { assertPrintable, decisionContent, prepareDecisionQueries, type DecisionRecord } from './decision-data'
import type { PdfMaker } from './render'

export const DECISION_KIND = 'decision'

const shown = (zoned: string): string => `${zoned.slice(0, 10)} ${zoned.slice(11, 16)}`

export function createDecisionPrinting(deps: WorkflowDeps, pdfs: PdfMaker) {
  const queries = prepareDecisionQueries(deps.sqlite)
  const archive = prepareArchive(deps.sqlite)
  const env = { config: deps.config, profiles: deps.profiles }
  const paper = deps.config.printing.paper

  function recordOf(decisionId: string): DecisionRecord {
    const found = queries.byId(decisionId)
    if (found === undefined) throw new DomainError('DECISION_UNKNOWN', '本工作站没有该处罚决定，请刷新人员信息后重试', 'decisionId')
    return found
  }

  function alreadyPrinted(doc: ArchivedDocument): DomainError {
    return new DomainError('ALREADY_PRINTED', `该决定书已于${shown(doc.first_printed_at)}打印，再次打印须使用“补打”`)
  }

  function output(d: DecisionRecord, doc: ArchivedDocument, pdf: { pdf: Buffer; sha256: string }, reprint: number): PrintedDecision {
    return {
      documentId: doc.id,
      decisionId: d.id,
      decisionNo: d.decision_no,
      pdf: pdf.pdf.toString('base64'),
      sha256: pdf.sha256,
      archivedSha256: doc.pdf_sha256,
      contentDigest: doc.content_digest,
      reprint,
      mark: reprint === 0 ? null : reprintMark(reprint),
      firstPrintedAt: doc.first_printed_at
    }
  }

  /** Archives a first issue inside the caller's transaction; refuses if another print got there first. */
  function archiveFirst(d: DecisionRecord, content: DecisionContent, rendered: { pdf: Buffer; sha256: string }, at: string, operatorId: string): string {
    const existing = archive.find(DECISION_KIND, d.id)
    if (existing !== undefined) throw alreadyPrinted(existing)
    const id = randomUUID()
    archive.insert({ id, kind: DECISION_KIND, subjectId: d.id, contentDigest: contentDigest(content), content, pdf: rendered.pdf, pdfSha256: rendered.sha256, at, operatorId })
    return id
  }

  return {
    status(decisionId: string): PrintStatus {
      const d = recordOf(decisionId)
      let reason: string | null = null
      try {
        assertPrintable(d, env)
      } catch (error) {
        if (!(error instanceof DomainError)) throw error
        reason = error.message
      }
      const doc = archive.find(DECISION_KIND, d.id)
      return {
        decisionId: d.id,
        decisionNo: d.decision_no,
        printable: reason === null,
        reason,
        printed: doc === undefined ? null : { documentId: doc.id, firstPrintedAt: doc.first_printed_at, reprints: doc.reprints, lastPrintedAt: doc.last_printed_at }
      }
    },

    async issue(decisionId: string, operator: OperatorDto): Promise<PrintedDecision> {
      const d = recordOf(decisionId)
      assertPrintable(d, env)
      const before = archive.find(DECISION_KIND, d.id)
      if (before !== undefined) throw alreadyPrinted(before)
      const content = decisionContent(d, env)
      const rendered = await pdfs.decisions([{ content, reprint: 0 }], paper)
      const digest = contentDigest(content)
      const { value: documentId } = deps.writes.run({
        action: 'document.printed',
        operatorId: operator.id,
        subject: { type: 'decision', id: d.id },
        auditPayload: { kind: DECISION_KIND, decisionNo: d.decision_no, contentDigest: digest, pdfSha256: rendered.sha256, reprint: 0 },
        command: null,
        apply: (at) => archiveFirst(d, content, rendered, at, operator.id)
      })
      return output(d, archive.get(documentId) as ArchivedDocument, rendered, 0)
    },

    async reprint(decisionId: string, operator: OperatorDto): Promise<PrintedDecision> {
      const d = recordOf(decisionId)
      const doc = archive.find(DECISION_KIND, d.id)
      if (doc === undefined) throw new DomainError('NOT_PRINTED', '该决定书尚未打印过，请先打印决定书（补打仅用于已打印的决定书）')
      const reprint = doc.reprints + 1
      const rendered = await pdfs.decisions([{ content: archive.content<DecisionContent>(doc.id), reprint }], paper)
      deps.writes.run({
        action: 'document.reprinted',
        operatorId: operator.id,
        subject: { type: 'decision', id: d.id },
        auditPayload: { kind: DECISION_KIND, documentId: doc.id, decisionNo: d.decision_no, contentDigest: doc.content_digest, pdfSha256: rendered.sha256, reprint },
        command: null,
        apply: (at) => {
          if (!archive.countReprint(doc.id, doc.reprints, at)) {
            throw new DomainError('REPRINT_CONFLICT', '该决定书刚刚被补打过，请重新补打，以便打印正确的补打次数')
          }
        }
      })
      return output(d, archive.get(doc.id) as ArchivedDocument, rendered, reprint)
    },

    async batch(input: { date?: string | undefined; include: 'unprinted' | 'all' }, operator: OperatorDto): Promise<PrintBatch> {
      const date = input.date ?? deps.today()
      const skipped: PrintBatch['skipped'] = []
      const plan: { d: DecisionRecord; doc: ArchivedDocument | undefined; copy: DecisionCopyRequest }[] = []
      for (const d of queries.ofDay(date, deps.config.workstationId)) {
        try {
          assertPrintable(d, env)
        } catch (error) {
          if (!(error instanceof DomainError)) throw error
          skipped.push({ decisionNo: d.decision_no, reason: error.message })
          continue
        }
        const doc = archive.find(DECISION_KIND, d.id)
        if (doc !== undefined && input.include === 'unprinted') {
          skipped.push({ decisionNo: d.decision_no, reason: `已于${shown(doc.first_printed_at)}打印` })
          continue
        }
        const copy = doc === undefined ? { content: decisionContent(d, env), reprint: 0 } : { content: archive.content<DecisionContent>(doc.id), reprint: doc.reprints + 1 }
        plan.push({ d, doc, copy })
      }
      if (plan.length === 0) {
        throw new DomainError('NOTHING_TO_PRINT', skipped.length === 0 ? `${date}本窗口没有作出处罚决定` : `${date}本窗口没有需要打印的决定书（${skipped.length}份已打印或暂不能打印）`)
      }
      // A first issue is archived as its own one-decision PDF, the same file a single print makes.
      const firsts = new Map<string, { pdf: Buffer; sha256: string }>()
      for (const { d, doc, copy } of plan) if (doc === undefined) firsts.set(d.id, await pdfs.decisions([copy], paper))
      const combined = await pdfs.decisions(
        plan.map((p) => p.copy),
        paper
      )
      const { value: documents } = deps.writes.run({
        action: 'document.batchPrinted',
        operatorId: operator.id,
        subject: { type: 'print_batch', id: date },
        auditPayload: {
          date,
          pdfSha256: combined.sha256,
          documents: plan.map(({ d, copy }) => ({ decisionNo: d.decision_no, contentDigest: contentDigest(copy.content), reprint: copy.reprint, pdfSha256: firsts.get(d.id)?.sha256 ?? null }))
        },
        command: null,
        apply: (at) =>
          plan.map(({ d, doc, copy }) => {
            if (doc !== undefined && !archive.countReprint(doc.id, doc.reprints, at)) {
              throw new DomainError('REPRINT_CONFLICT', `决定书${d.decision_no}刚刚被补打过，请重新批量打印`)
            }
            const documentId = doc?.id ?? archiveFirst(d, copy.content, firsts.get(d.id) as { pdf: Buffer; sha256: string }, at, operator.id)
            return { documentId, decisionId: d.id, decisionNo: d.decision_no, reprint: copy.reprint }
          })
      })
      return { date, pdf: combined.pdf.toString('base64'), sha256: combined.sha256, documents, skipped }
    }
  }
}

export type DecisionPrinting = ReturnType<typeof createDecisionPrinting>
