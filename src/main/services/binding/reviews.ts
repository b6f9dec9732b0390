// The supervisors' review of window bindings the profile sends to review. The queue is read from
// the bindings themselves (status pending_review, a synced table), so a binding made at any window
// of the jurisdiction shows up at every window once synced; the review task row keeps this
// window's bookkeeping (who proposed, who decided). Approving or rejecting is a command
// (binding.review) through the write path; the command refuses the clerk who made the binding.
import { randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { BindingReviewQueue } from '../../../shared/contract/workflows/binding-schemas'
import { maskIdNumber } from '../../../shared/masking'
import type { ReviewBindingPayload } from '../../commands/binding'
import { clerkOf } from '../../core/workflows'
import type { Session } from '../../core/sessions'
import { executeLocally } from '../../sync/rebase'
import { plateTypeName } from '../code-names'
import type { BindingContext } from './context'
import type { ReviewRow } from './queries'

export function createBindingReviews(c: BindingContext) {
  const { q } = c

  function queue(session: Session | null): BindingReviewQueue {
    const me = session?.operator.policeNo ?? null
    const rows = q.reviewQueue.all() as ReviewRow[]
    return {
      items: rows.map((r) => ({
        bindingId: r.id,
        personName: r.name,
        idNumberMasked: maskIdNumber(r.id_number),
        plate: r.plate,
        plateTypeName: plateTypeName(r.plate_type).name,
        model: r.model,
        consent: r.consent,
        requestedAt: r.bound_at,
        proposerName: r.operator_name,
        proposerNo: r.operator_no,
        place: r.place,
        ownProposal: me !== null && r.operator_no === me,
        awaitingCentral: r.awaiting === 1
      }))
    }
  }

  function review(input: { bindingId: string; decision: 'approve' | 'reject'; comment: string }, session: Session | null): BindingReviewQueue {
    const { operator, clerk } = clerkOf(session, c.config)
    if (operator.role !== 'supervisor') throw new DomainError('NOT_SUPERVISOR', '只有审核人员（主管）可以审核备案')
    if (input.decision === 'reject' && input.comment.length < 2) throw new DomainError('COMMENT_REQUIRED', '不予通过须填写审核意见', 'comment')
    c.writes.run({
      action: `binding.review.${input.decision}`,
      operatorId: operator.id,
      subject: { type: 'binding', id: input.bindingId },
      auditPayload: { ...input },
      command: (payload: ReviewBindingPayload) => ({ type: 'binding.review', payload }),
      apply: (at) => {
        // The role goes with the command: central refuses a review by anyone but a supervisor.
        const payload: ReviewBindingPayload = { ...input, serviceRecordId: randomUUID(), clerk: { ...clerk, role: operator.role } }
        const outcome = executeLocally(c.rows, 'binding.review', payload, { at, operatorId: operator.id }, c.env())
        if (!outcome.ok) throw new DomainError(outcome.code, outcome.message)
        const status = input.decision === 'approve' ? 'approved' : 'rejected'
        const comment = input.comment === '' ? (input.decision === 'approve' ? '审核通过' : '') : input.comment
        const task = q.reviewTask.get(input.bindingId) as string | undefined
        if (task !== undefined) q.settleReviewTask.run(status, operator.id, comment, at, task)
        // Made at another window: this window records the decision it took.
        else q.settledReviewTask.run(randomUUID(), input.bindingId, status, operator.id, comment, at, at)
        return payload
      }
    })
    return queue(session)
  }

  return { queue, review }
}
