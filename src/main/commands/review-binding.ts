// binding.review: a supervisor approves (→ active) or rejects (→ rejected) a window binding that
// the profile sent to review. Four eyes (FACTS §6): the reviewer is never the clerk who made the
// binding, compared by police number, which is the same on every window and at central, and by
// operator id. The proposer is read from the binding's own service record, written by
// binding.create; without it the review is refused. Only a supervisor reviews (clerk.role).
import { z } from 'zod'
import { clerkSchema, serviceRecordWrite } from './clerk'
import { text, textOrNull } from './rows'
import { defineCommand, refuse, type Notification } from './types'
import type { WireRow } from '../sync/protocol'

export const reviewBindingPayload = z
  .strictObject({
    bindingId: z.string().min(1).max(64),
    serviceRecordId: z.uuid(),
    decision: z.enum(['approve', 'reject']),
    /** Required when rejecting: the applicant is told why. */
    comment: z.string().max(200),
    clerk: clerkSchema
  })
  .refine((p) => p.decision === 'approve' || p.comment.trim().length >= 2, { error: '不予通过须填写审核意见', path: ['comment'] })
export type ReviewBindingPayload = z.infer<typeof reviewBindingPayload>

/** The service record binding.create wrote for this binding, if this jurisdiction has it. */
export function bindingProposal(records: readonly WireRow[], bindingId: string): WireRow | undefined {
  return records.find((r) => {
    if (text(r, 'kind') !== 'binding.create') return false
    try {
      return (JSON.parse(text(r, 'detail')) as { bindingId?: unknown }).bindingId === bindingId
    } catch {
      return false
    }
  })
}

export const reviewBinding = defineCommand<ReviewBindingPayload>({
  type: 'binding.review',
  payload: reviewBindingPayload,
  reads(p, peek) {
    const queries = [{ table: 'bindings', column: 'id', value: p.bindingId }]
    const binding = peek('bindings', 'id', p.bindingId)?.[0]
    if (binding !== undefined) {
      queries.push(
        { table: 'vehicles', column: 'id', value: text(binding, 'vehicle_id') },
        { table: 'people', column: 'id', value: text(binding, 'person_id') },
        { table: 'service_records', column: 'person_id', value: text(binding, 'person_id') }
      )
    }
    return queries
  },
  decide(p, state, ctx) {
    // The window's channel admits supervisors only; central checks the role the window sent too
    // (a command queued before the role was recorded carries none and is refused).
    if (p.clerk.role !== 'supervisor') return refuse('NOT_SUPERVISOR', '只有审核人员（主管）可以审核备案')
    const binding = state.where('bindings', 'id', p.bindingId)[0]
    if (binding === undefined) return refuse('BINDING_UNKNOWN', '没有该备案记录')
    if (text(binding, 'status') !== 'pending_review') return refuse('BINDING_NOT_PENDING', '该备案不在待审核状态（已审核或已解除）')
    const personId = text(binding, 'person_id')
    const proposal = bindingProposal(state.where('service_records', 'person_id', personId), p.bindingId)
    // Without the proposal nobody can tell whether the reviewer made the binding: refuse rather
    // than let a possibly own binding through (four eyes must fail closed).
    if (proposal === undefined) return refuse('PROPOSAL_UNKNOWN', '找不到该备案的经办记录，无法核对审核人是否为经办人，暂不能审核；请同步后重试')
    const proposerId = textOrNull(proposal, 'operator_id')
    if (textOrNull(proposal, 'operator_no') === p.clerk.operatorNo || (proposerId !== null && proposerId === ctx.operatorId)) {
      return refuse('SAME_OPERATOR', '审核人不得为经办人：该备案由您本人办理，须由另一名审核人员审核')
    }
    const vehicle = state.byId('vehicles', text(binding, 'vehicle_id'))
    const plate = vehicle === undefined ? '（车辆记录缺失）' : text(vehicle, 'plate')
    const approved = p.decision === 'approve'
    const comment = p.comment.trim()
    const person = state.byId('people', personId)
    const phone = person === undefined ? null : textOrNull(person, 'phone')
    const notifications: Notification[] =
      phone === null
        ? []
        : [{ phone, text: `您在窗口办理的机动车${plate}备案${approved ? '已审核通过，即日生效' : `未通过审核${comment === '' ? '' : `（${comment}）`}`}。` }]
    return {
      ok: true,
      notifications,
      writes: [
        {
          table: 'bindings',
          op: 'upsert',
          // The binding takes effect on approval (seed 001 "审核通过后备案成功"): from then on the
          // driver may process the vehicle's violations (binding-date rule). The request's moment
          // stays in binding.create's service record. A rejected binding never took effect.
          row: approved ? { ...binding, status: 'active', bound_at: ctx.at } : { ...binding, status: 'rejected' }
        },
        serviceRecordWrite(
          {
            id: p.serviceRecordId,
            personId,
            kind: 'binding.review',
            summary: approved ? `备案${plate}审核通过` : `备案${plate}未通过审核：${comment}`,
            detail: { bindingId: p.bindingId, plate, decision: p.decision, comment, proposerNo: textOrNull(proposal, 'operator_no') },
            clerk: p.clerk
          },
          ctx
        )
      ]
    }
  }
})
