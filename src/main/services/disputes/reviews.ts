// The supervisors' side of objections: the proposals awaiting review (from every window of the
// jurisdiction, the disputes table being synced), one objection in detail, and the review itself
// (dispute.review through the write path). Four eyes is checked here before anything is written,
// by the command when it is decided locally, and again by central.
import { randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { DisputeChanged, DisputeDetail, DisputeQueue, ReviewDecision } from '../../../shared/contract/workflows/disputes-schemas'
import { reviewerProblems, type ReviewDisputePayload } from '../../commands/disputes'
import type { Session } from '../../core/sessions'
import { clerkOf } from '../../core/workflows'
import type { WireRow } from '../../sync/protocol'
import { executeLocally } from '../../sync/rebase'
import type { DisputeContext } from './context'
import type { DisputeRow, SummaryRow } from './queries'
import { detailView, summaryView } from './views'

export function createDisputeReviews(c: DisputeContext) {
  const { q } = c

  function queue(session: Session | null): DisputeQueue {
    const { operator } = clerkOf(session, c.config)
    return {
      awaiting: (q.awaiting.all() as SummaryRow[]).map((r) => summaryView(c, r)),
      mine: (q.mine.all({ no: operator.policeNo }) as SummaryRow[]).map((r) => summaryView(c, r))
    }
  }

  function get(disputeId: string, session: Session | null): DisputeDetail {
    return detailView(c, disputeId, clerkOf(session, c.config).operator)
  }

  function attachment(input: { disputeId: string; sha256: string }): { name: string; mime: string; base64: string } {
    const row = q.localAttachment.get(input.disputeId, input.sha256) as { name: string; mime: string; bytes: Buffer } | undefined
    if (row === undefined) throw new DomainError('ATTACHMENT_NOT_HERE', '该附件是在其他窗口上传的，本窗口只保存其校验值（SHA-256），原件在受理窗口')
    return { name: row.name, mime: row.mime, base64: row.bytes.toString('base64') }
  }

  function review(input: { disputeId: string; decision: ReviewDecision; comment: string; proposalRevision: string }, session: Session | null): DisputeChanged {
    const { operator, clerk } = clerkOf(session, c.config)
    const comment = input.comment.trim()
    if (input.decision !== 'approve' && comment.length < 2) throw new DomainError('COMMENT_REQUIRED', '驳回或退回补正须填写审核意见（至少2个字）', 'comment')
    const row = q.dispute.get(input.disputeId) as DisputeRow | undefined
    if (row === undefined) throw new DomainError('DISPUTE_UNKNOWN', '没有该异议记录（可能尚未同步到本窗口）')
    // The proposer may never review their own proposal, whatever the screen showed.
    const problems = reviewerProblems(row as unknown as WireRow, { operatorNo: operator.policeNo, operatorId: operator.id, role: operator.role }, {
      at: c.now(),
      profiles: c.profiles,
      jurisdiction: c.config.regionCode
    })
    if (problems.length > 0) throw new DomainError(problems[0]!.code, problems.map((p) => p.message).join('；'))
    const receipt = c.writes.run({
      action: `dispute.review.${input.decision}`,
      operatorId: operator.id,
      subject: { type: 'dispute', id: input.disputeId },
      auditPayload: { ...input, comment, proposerNo: row.proposed_by_no, outcome: row.proposal },
      command: (payload: ReviewDisputePayload) => ({ type: 'dispute.review', payload }),
      apply: (at) => {
        // The role goes with the command: central refuses a review by anyone but a supervisor.
        const payload: ReviewDisputePayload = { ...input, comment, serviceRecordId: randomUUID(), clerk: { ...clerk, role: operator.role } }
        const outcome = executeLocally(c.rows, 'dispute.review', payload, { at, operatorId: operator.id }, c.env())
        if (!outcome.ok) throw new DomainError(outcome.code, outcome.message)
        return payload
      }
    })
    return { detail: detailView(c, input.disputeId, operator), commandId: receipt.commandId!, online: c.central.online() }
  }

  return { queue, get, attachment, review }
}
