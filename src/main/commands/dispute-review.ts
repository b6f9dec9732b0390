// dispute.review: a supervisor approves, rejects or sends back (退回补正) the clerk's proposal on an
// objection (resolve_dispute). Four eyes (FACTS §6, on by default per profile): the reviewer is
// never the proposer, compared by police number (the same at every window and at central) and by
// operator id; central runs this same decision, so a command crafted by the proposer is refused
// there too. Approval carries the proposal out on the record:
//   uphold        → the record stands and is unprocessed again (processable);
//   void          → 已消除, with the ground in the objection;
//   correct_plate → the record moves to the vehicle actually recorded, whose owner is told by SMS;
//   transfer      → the actual driver becomes the record's driver (told by SMS), unprocessed again.
// A rejection closes the objection with the record standing; a send-back returns it to the clerk.
import { z } from 'zod'
import { evaluate, selectProfile } from '../rules/engine'
import { clerkSchema, serviceRecordWrite } from './clerk'
import { GROUND_NAMES, OUTCOME_NAMES, proposalDetailOf, type ProposalDetail } from './dispute-rows'
import { proposalProblem, proposalReads } from './dispute-propose'
import { text, textOrNull } from './rows'
import { defineCommand, refuse, type CommandContext, type Decided, type Notification, type RowQuery, type StateView } from './types'
import type { WireRow } from '../sync/protocol'

export const reviewDisputePayload = z
  .strictObject({
    disputeId: z.uuid(),
    decision: z.enum(['approve', 'reject', 'return']),
    comment: z.string().max(200),
    /** The proposal the reviewer read (its revision): a changed proposal is not approved blind. */
    proposalRevision: z.string().min(1).max(64),
    serviceRecordId: z.uuid(),
    clerk: clerkSchema
  })
  .refine((p) => p.decision === 'approve' || p.comment.trim().length >= 2, { error: '驳回或退回须填写审核意见', path: ['comment'] })
export type ReviewDisputePayload = z.infer<typeof reviewDisputePayload>

type Refusal = Extract<Decided, { ok: false }>

/**
 * The checks a reviewer must pass on this proposal (status, ground, four eyes, role), in the
 * rule's words; an empty list means the review may go ahead. The review screen shows the same.
 */
export function reviewerProblems(dispute: WireRow, reviewer: { operatorNo: string; operatorId: string | null; role: string | undefined }, ctx: Pick<CommandContext, 'at' | 'profiles' | 'jurisdiction'>): Refusal[] {
  const detail = proposalDetailOf(dispute)
  const outcome = textOrNull(dispute, 'proposal')
  const verdict = evaluate(
    'resolve_dispute',
    {
      at: ctx.at,
      dispute: { status: text(dispute, 'status') },
      proposal: {
        outcome: outcome ?? 'uphold',
        ground: detail?.ground ?? null,
        note: detail?.note ?? '',
        // Police numbers: an operator's id is per workstation, the 警号 is the same everywhere.
        proposerId: textOrNull(dispute, 'proposed_by_no') ?? textOrNull(dispute, 'filed_by_no') ?? '—'
      },
      approver: { operatorId: reviewer.operatorNo, role: reviewer.role ?? 'clerk' }
    },
    { profiles: ctx.profiles, jurisdiction: ctx.jurisdiction }
  )
  if (!verdict.ok) return [{ ok: false, code: verdict.error.code, message: verdict.error.message }]
  const problems: Refusal[] = verdict.decision.denials.map((d) => ({ ok: false, code: d.code, message: d.message }))
  const profile = selectProfile(ctx.profiles, { date: ctx.at.slice(0, 10), jurisdiction: ctx.jurisdiction })
  const fourEyes = !profile.ok || profile.profile.disputes.fourEyes
  const sameId = reviewer.operatorId !== null && reviewer.operatorId === textOrNull(dispute, 'proposed_by')
  if (fourEyes && sameId && !problems.some((p) => p.code === 'SAME_OPERATOR')) {
    problems.push({ ok: false, code: 'SAME_OPERATOR', message: '审核人与经办人为同一操作员：处理意见须由另一名人员审核' })
  }
  return problems
}

/** The rows an approval acts on, by the proposal's particulars. */
function outcomeReads(detail: ProposalDetail | null, peek: (t: string, c: string, v: string) => WireRow[] | undefined): RowQuery[] {
  if (detail === null) return []
  const queries = proposalReads(detail)
  if (detail.vehicleId !== null) {
    const owner = textOrNull(peek('vehicles', 'id', detail.vehicleId)?.[0] ?? {}, 'owner_person_id')
    if (owner !== null) queries.push({ table: 'people', column: 'id', value: owner })
  }
  return queries
}

function phoneOf(state: StateView, personId: string | null): string | null {
  if (personId === null) return null
  const person = state.byId('people', personId)
  return person === undefined ? null : textOrNull(person, 'phone')
}

interface Applied {
  violation: WireRow
  what: string
  notifications: Notification[]
}

/** The record after an approved proposal, what to call it in the history, and who is told. */
function carryOut(outcome: string, detail: ProposalDetail, violation: WireRow, state: StateView, at: string): Applied | Refusal {
  const recordNo = text(violation, 'record_no')
  const base = { ...violation, updated_at: at }
  if (outcome === 'uphold') return { violation: { ...base, status: 'unprocessed' }, what: '维持原记录，可正常处理', notifications: [] }
  if (outcome === 'void') return { violation: { ...base, status: 'voided' }, what: `消除记录（${GROUND_NAMES[detail.ground ?? 'other']}）`, notifications: [] }
  if (outcome === 'correct_plate') {
    const vehicle = state.byId('vehicles', detail.vehicleId ?? '')
    if (vehicle === undefined) return { ok: false, code: 'VEHICLE_UNKNOWN', message: '更正后的车辆已不在本辖区数据中，不能批准' }
    const plate = text(vehicle, 'plate')
    const phone = textOrNull(vehicle, 'phone') ?? phoneOf(state, textOrNull(vehicle, 'owner_person_id'))
    const when = text(violation, 'occurred_at').slice(0, 16).replace('T', ' ')
    return {
      violation: { ...base, status: 'unprocessed', vehicle_id: text(vehicle, 'id'), plate, plate_type: text(vehicle, 'plate_type'), driver_person_id: null },
      what: `号牌由${text(violation, 'plate')}更正为${plate}`,
      notifications:
        phone === null
          ? []
          : [{ phone, text: `您的机动车${plate}于${when}在${text(violation, 'place')}有交通违法记录（${text(violation, 'behaviour')}，记录号${recordNo}），经异议审核确认，请及时处理。` }]
    }
  }
  const driverId = detail.driverPersonId ?? ''
  const driver = state.byId('people', driverId)
  if (driver === undefined) return { ok: false, code: 'PERSON_UNKNOWN', message: '实际驾驶人的档案已不在本辖区数据中，不能批准' }
  const phone = textOrNull(driver, 'phone')
  return {
    violation: { ...base, status: 'unprocessed', driver_person_id: driverId },
    what: `转移至实际驾驶人${text(driver, 'name').slice(0, 1)}**`,
    notifications:
      phone === null ? [] : [{ phone, text: `经异议审核，您被确认为${text(violation, 'plate')}违法记录${recordNo}（${text(violation, 'behaviour')}）的实际驾驶人，请及时处理。` }]
  }
}

export const reviewDispute = defineCommand<ReviewDisputePayload>({
  type: 'dispute.review',
  payload: reviewDisputePayload,
  reads(p, peek) {
    const queries: RowQuery[] = [{ table: 'disputes', column: 'id', value: p.disputeId }]
    const dispute = peek('disputes', 'id', p.disputeId)?.[0]
    if (dispute === undefined) return queries
    queries.push({ table: 'violations', column: 'id', value: text(dispute, 'violation_id') })
    const personId = textOrNull(dispute, 'person_id')
    if (personId !== null) queries.push({ table: 'people', column: 'id', value: personId })
    return [...queries, ...outcomeReads(proposalDetailOf(dispute), peek)]
  },
  decide(p, state, ctx) {
    const dispute = state.byId('disputes', p.disputeId)
    if (dispute === undefined) return refuse('DISPUTE_UNKNOWN', '没有该异议记录')
    const problems = reviewerProblems(dispute, { operatorNo: p.clerk.operatorNo, operatorId: ctx.operatorId, role: p.clerk.role }, ctx)
    if (problems.length > 0) return refuse(problems[0]!.code, problems.map((x) => x.message).join('；'))
    if (proposalDetailOf(dispute)?.revision !== p.proposalRevision) return refuse('PROPOSAL_CHANGED', '处理意见在您审阅后已被修改，请重新打开后审核')
    const violation = state.byId('violations', text(dispute, 'violation_id'))
    if (violation === undefined) return refuse('VIOLATION_UNKNOWN', '没有该异议对应的违法记录')
    if (text(violation, 'status') !== 'disputed') return refuse('VIOLATION_NOT_DISPUTED', '该违法记录已不在异议中，不能审核')
    const outcome = text(dispute, 'proposal')
    const detail = proposalDetailOf(dispute)!
    const comment = p.comment.trim()
    const reviewed = {
      ...dispute,
      reviewed_by: ctx.operatorId ?? p.clerk.operatorNo,
      reviewed_by_no: p.clerk.operatorNo,
      review_comment: comment === '' ? null : comment,
      updated_at: ctx.at
    }
    const recordNo = text(violation, 'record_no')
    const personId = textOrNull(dispute, 'person_id')
    const citizenPhone = phoneOf(state, personId)
    const history = (summary: string, extra: Record<string, unknown>) =>
      serviceRecordWrite(
        {
          id: p.serviceRecordId,
          personId,
          kind: 'dispute.review',
          summary,
          detail: { disputeId: p.disputeId, violationId: text(violation, 'id'), recordNo, decision: p.decision, outcome, comment, proposerNo: textOrNull(dispute, 'proposed_by_no'), ...extra },
          clerk: p.clerk
        },
        ctx
      )

    if (p.decision === 'return') {
      return {
        ok: true,
        writes: [{ table: 'disputes', op: 'upsert', row: { ...reviewed, status: 'returned' } }, history(`异议处理意见退回补正（违法记录${recordNo}）：${comment}`, {})]
      }
    }
    if (p.decision === 'reject') {
      return {
        ok: true,
        notifications: citizenPhone === null ? [] : [{ phone: citizenPhone, text: `您对违法记录${recordNo}提出的异议经审核不予采纳（${comment}），原记录维持。` }],
        writes: [
          { table: 'disputes', op: 'upsert', row: { ...reviewed, status: 'rejected', resolved_at: ctx.at } },
          { table: 'violations', op: 'upsert', row: { ...violation, status: 'unprocessed', updated_at: ctx.at } },
          history(`异议不予采纳，原记录维持（违法记录${recordNo}）：${comment}`, {})
        ]
      }
    }
    const problem = proposalProblem({ outcome: outcome as ReviewOutcome, ...detail }, violation, state)
    if (problem !== null) return problem
    const applied = carryOut(outcome, detail, violation, state, ctx.at)
    if ('ok' in applied) return applied
    const citizen: Notification[] = citizenPhone === null ? [] : [{ phone: citizenPhone, text: `您对违法记录${recordNo}提出的异议已审核通过：${applied.what}。` }]
    return {
      ok: true,
      notifications: [...citizen, ...applied.notifications.filter((n) => n.phone !== citizenPhone)],
      writes: [
        { table: 'disputes', op: 'upsert', row: { ...reviewed, status: 'approved', resolved_at: ctx.at } },
        { table: 'violations', op: 'upsert', row: applied.violation },
        history(`异议审核通过（违法记录${recordNo}）：${applied.what}`, { result: applied.what })
      ]
    }
  }
})

type ReviewOutcome = keyof typeof OUTCOME_NAMES
