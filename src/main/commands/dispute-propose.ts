// dispute.propose: the clerk's proposal on an objection, for a supervisor's review: uphold (the
// record stands), void (消除, naming a ground of FACTS §6), correct the plate (the record moves to
// the vehicle actually recorded, found by plate and type) or transfer it to the actual driver
// (rental, lent vehicle: a person with a licence on file). Also the re-submission after a
// supervisor sent it back for 补录, with more attachments if asked for. Nothing changes on the
// record yet: that happens when a supervisor other than the proposer approves (dispute.review).
import { z } from 'zod'
import { clerkSchema, serviceRecordWrite } from './clerk'
import { GROUND_NAMES, OUTCOME_NAMES, attachmentRefSchema, attachmentsOf, groundSchema, outcomeSchema, type ProposalDetail } from './dispute-rows'
import { text, textOrNull } from './rows'
import { defineCommand, refuse, type Decided, type RowQuery, type StateView } from './types'
import type { WireRow } from '../sync/protocol'

const id = z.string().min(1).max(64)

export const proposeDisputePayload = z.strictObject({
  disputeId: z.uuid(),
  outcome: outcomeSchema,
  ground: groundSchema.nullable(),
  note: z.string().max(500),
  vehicleId: id.nullable(),
  driverPersonId: id.nullable(),
  /** Added to the objection's files (补录). */
  attachments: z.array(attachmentRefSchema).max(8),
  serviceRecordId: z.uuid(),
  clerk: clerkSchema
})
export type ProposeDisputePayload = z.infer<typeof proposeDisputePayload>

const MAX_FILES = 8

/**
 * Whether the proposal can be carried out on these rows: a void names its ground, the vehicle of a
 * plate correction exists and is another one, the actual driver has a licence on file. The
 * supervisor's approval checks it again (the rows may have changed since).
 */
export function proposalProblem(
  p: { outcome: ProposeDisputePayload['outcome']; ground: ProposalDetail['ground']; note: string; vehicleId: string | null; driverPersonId: string | null },
  violation: WireRow,
  state: StateView
): Extract<Decided, { ok: false }> | null {
  const fail = (code: string, message: string): Extract<Decided, { ok: false }> => ({ ok: false, code, message })
  if (p.outcome === 'void') {
    if (p.ground === null) return fail('GROUND_REQUIRED', `消除违法记录须写明依据，可选：${Object.values(GROUND_NAMES).join('；')}`)
    if (p.ground === 'other' && p.note.trim() === '') return fail('GROUND_REQUIRED', '以“其他”理由消除违法记录时，须在说明中写明具体情形')
  }
  if (p.outcome === 'correct_plate') {
    if (p.vehicleId === null) return fail('VEHICLE_REQUIRED', '更正号牌须指明实际被记录的车辆（号牌号码和号牌种类）')
    const vehicle = state.byId('vehicles', p.vehicleId)
    if (vehicle === undefined) return fail('VEHICLE_UNKNOWN', '本辖区数据中没有更正后的车辆，须由车辆登记地核实')
    if (text(vehicle, 'id') === textOrNull(violation, 'vehicle_id')) return fail('SAME_VEHICLE', `更正后的号牌${text(vehicle, 'plate')}与原记录相同`)
  }
  if (p.outcome === 'transfer') {
    if (p.driverPersonId === null) return fail('DRIVER_REQUIRED', '转移至实际驾驶人须指明驾驶人（身份证号码）')
    if (state.byId('people', p.driverPersonId) === undefined) return fail('PERSON_UNKNOWN', '本辖区数据中没有该驾驶人的档案')
    if (state.where('drivers', 'person_id', p.driverPersonId)[0] === undefined) return fail('DRIVER_UNKNOWN', '该人员没有驾驶证档案，不能作为实际驾驶人处理违法')
    if (textOrNull(violation, 'driver_person_id') === p.driverPersonId) return fail('SAME_DRIVER', '该人员已是这条记录的驾驶人')
  }
  return null
}

/** The rows proposalProblem reads for these particulars. */
export function proposalReads(detail: { vehicleId: string | null; driverPersonId: string | null }): RowQuery[] {
  const queries: RowQuery[] = []
  if (detail.vehicleId !== null) queries.push({ table: 'vehicles', column: 'id', value: detail.vehicleId })
  if (detail.driverPersonId !== null) {
    queries.push({ table: 'people', column: 'id', value: detail.driverPersonId }, { table: 'drivers', column: 'person_id', value: detail.driverPersonId })
  }
  return queries
}

export const proposeDispute = defineCommand<ProposeDisputePayload>({
  type: 'dispute.propose',
  payload: proposeDisputePayload,
  reads(p, peek) {
    const queries: RowQuery[] = [{ table: 'disputes', column: 'id', value: p.disputeId }, ...proposalReads(p)]
    const dispute = peek('disputes', 'id', p.disputeId)?.[0]
    if (dispute !== undefined) queries.push({ table: 'violations', column: 'id', value: text(dispute, 'violation_id') })
    return queries
  },
  decide(p, state, ctx) {
    const dispute = state.byId('disputes', p.disputeId)
    if (dispute === undefined) return refuse('DISPUTE_UNKNOWN', '没有该异议记录')
    const status = text(dispute, 'status')
    if (status !== 'open' && status !== 'returned') {
      return refuse('DISPUTE_NOT_OPEN', status === 'proposed' ? '该异议已提交处理意见，正在等待审核' : '该异议已办结，不能再提出处理意见')
    }
    const violation = state.byId('violations', text(dispute, 'violation_id'))
    if (violation === undefined) return refuse('VIOLATION_UNKNOWN', '没有该异议对应的违法记录')
    const problem = proposalProblem(p, violation, state)
    if (problem !== null) return problem
    const files = [...attachmentsOf(dispute), ...p.attachments.filter((a) => !attachmentsOf(dispute).some((b) => b.sha256 === a.sha256))]
    if (files.length > MAX_FILES) return refuse('ATTACHMENTS_TOO_MANY', `一条异议最多保存${MAX_FILES}个附件`)
    const vehicle = p.vehicleId === null ? undefined : state.byId('vehicles', p.vehicleId)
    const detail: ProposalDetail = {
      ground: p.outcome === 'void' ? p.ground : null,
      note: p.note.trim(),
      vehicleId: p.outcome === 'correct_plate' ? p.vehicleId : null,
      plate: vehicle === undefined || p.outcome !== 'correct_plate' ? null : text(vehicle, 'plate'),
      plateType: vehicle === undefined || p.outcome !== 'correct_plate' ? null : text(vehicle, 'plate_type'),
      fromPlate: p.outcome === 'correct_plate' ? text(violation, 'plate') : null,
      driverPersonId: p.outcome === 'transfer' ? p.driverPersonId : null,
      revision: p.serviceRecordId
    }
    const recordNo = text(violation, 'record_no')
    const what =
      p.outcome === 'void'
        ? `${OUTCOME_NAMES.void}（${GROUND_NAMES[detail.ground!]}）`
        : p.outcome === 'correct_plate'
          ? `${OUTCOME_NAMES.correct_plate}：${detail.fromPlate} → ${detail.plate}`
          : OUTCOME_NAMES[p.outcome]
    return {
      ok: true,
      writes: [
        {
          table: 'disputes',
          op: 'upsert',
          row: {
            ...dispute,
            status: 'proposed',
            proposal: p.outcome,
            proposal_detail: JSON.stringify(detail),
            proposed_by: ctx.operatorId ?? p.clerk.operatorNo,
            proposed_by_no: p.clerk.operatorNo,
            proposed_at: ctx.at,
            attachments: JSON.stringify(files),
            updated_at: ctx.at
          }
        },
        serviceRecordWrite(
          {
            id: p.serviceRecordId,
            personId: textOrNull(dispute, 'person_id'),
            kind: 'dispute.propose',
            summary: `${status === 'returned' ? '补正后重新提交' : '提出'}异议处理意见（违法记录${recordNo}）：${what}`,
            detail: { disputeId: p.disputeId, violationId: text(violation, 'id'), recordNo, outcome: p.outcome, ...detail, attachments: p.attachments.map((a) => a.sha256) },
            clerk: p.clerk
          },
          ctx
        )
      ]
    }
  }
})
