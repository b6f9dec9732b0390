// dispute.file: the citizen objects (异议) to a camera record at a window of the place where it
// occurred (file_dispute). The objection is recorded with its ground, the citizen's statement and
// the hashes of the attached files (their bytes stay at the window), and the record becomes
// 异议中: neither 12123 nor a window may process it until a supervisor has approved a resolution
// (violation.process refuses VIOLATION_DISPUTED). Central decides again on its own rows: a record
// processed on 12123 meanwhile, or disputed at another window, is refused with the reason.
import { z } from 'zod'
import { evaluate } from '../rules/engine'
import type { EvaluateResult } from '../rules/engine'
import { clerkSchema, serviceRecordWrite } from './clerk'
import { GROUND_NAMES, attachmentRefSchema, groundSchema } from './dispute-rows'
import { hasOpenDispute, recordStatus } from './process-violation'
import { text, textOrNull } from './rows'
import { defineCommand, refuse, type CommandContext, type StateView } from './types'
import type { WireRow } from '../sync/protocol'

const id = z.string().min(1).max(64)

export const fileDisputePayload = z.strictObject({
  disputeId: z.uuid(),
  violationId: id,
  /** The citizen at the window who objects. */
  personId: id,
  ground: groundSchema,
  statement: z.string().max(1000),
  attachments: z.array(attachmentRefSchema).max(8),
  /** Printed on the receipt the citizen keeps. */
  receiptNo: z.string().min(1).max(40),
  serviceRecordId: z.uuid(),
  clerk: clerkSchema
})
export type FileDisputePayload = z.infer<typeof fileDisputePayload>

/** file_dispute on these rows: may an objection to this record be filed at this window now? */
export function filingVerdict(violation: WireRow, state: StateView, ctx: Pick<CommandContext, 'at' | 'profiles' | 'jurisdiction'>): EvaluateResult {
  const decision = state.where('decisions', 'violation_id', text(violation, 'id'))[0]
  return evaluate(
    'file_dispute',
    {
      at: ctx.at,
      violation: {
        recordNo: text(violation, 'record_no'),
        source: text(violation, 'source'),
        status: recordStatus(violation, state),
        disputed: hasOpenDispute(violation, state),
        occurredAt: text(violation, 'occurred_at'),
        regionCode: text(violation, 'region_code')
      },
      decidedOn: decision === undefined ? null : text(decision, 'decided_at').slice(0, 10)
    },
    { profiles: ctx.profiles, jurisdiction: ctx.jurisdiction }
  )
}

export const fileDispute = defineCommand<FileDisputePayload>({
  type: 'dispute.file',
  payload: fileDisputePayload,
  reads(p, peek) {
    const queries = [
      { table: 'violations', column: 'id', value: p.violationId },
      { table: 'decisions', column: 'violation_id', value: p.violationId },
      { table: 'disputes', column: 'violation_id', value: p.violationId },
      { table: 'disputes', column: 'id', value: p.disputeId },
      { table: 'people', column: 'id', value: p.personId }
    ]
    const decision = peek('decisions', 'violation_id', p.violationId)?.[0]
    if (decision !== undefined) queries.push({ table: 'payments', column: 'decision_id', value: text(decision, 'id') })
    return queries
  },
  decide(p, state, ctx) {
    if (state.byId('disputes', p.disputeId) !== undefined) return refuse('DISPUTE_ID_TAKEN', '异议编号已被占用')
    const violation = state.byId('violations', p.violationId)
    if (violation === undefined) return refuse('VIOLATION_UNKNOWN', '没有该违法记录')
    const person = state.byId('people', p.personId)
    if (person === undefined) return refuse('PERSON_UNKNOWN', '没有提出异议的当事人档案')
    if (p.ground === 'other' && p.statement.trim() === '') return refuse('STATEMENT_REQUIRED', '以“其他”理由提出异议时，须写明当事人陈述的具体情形')
    const verdict = filingVerdict(violation, state, ctx)
    if (!verdict.ok) return refuse(verdict.error.code, verdict.error.message)
    if (!verdict.decision.allowed) {
      return refuse(verdict.decision.denials[0]?.code ?? 'REFUSED', verdict.decision.denials.map((d) => d.message).join('；'))
    }
    const plate = text(violation, 'plate')
    const recordNo = text(violation, 'record_no')
    return {
      ok: true,
      writes: [
        {
          table: 'disputes',
          op: 'upsert',
          row: {
            id: p.disputeId,
            violation_id: p.violationId,
            ground: p.ground,
            statement: p.statement.trim(),
            status: 'open',
            proposal: null,
            filed_by: ctx.operatorId ?? p.clerk.operatorNo,
            filed_at: ctx.at,
            resolved_at: null,
            person_id: p.personId,
            filed_by_no: p.clerk.operatorNo,
            proposal_detail: null,
            proposed_by: null,
            proposed_by_no: null,
            proposed_at: null,
            reviewed_by: null,
            reviewed_by_no: null,
            review_comment: null,
            attachments: JSON.stringify(p.attachments),
            updated_at: ctx.at
          }
        },
        { table: 'violations', op: 'upsert', row: { ...violation, status: 'disputed', updated_at: ctx.at } },
        serviceRecordWrite(
          {
            id: p.serviceRecordId,
            personId: p.personId,
            kind: 'dispute.file',
            summary: `对违法记录${recordNo}（${plate} ${text(violation, 'behaviour')}）提出异议：${GROUND_NAMES[p.ground]}`,
            detail: {
              disputeId: p.disputeId,
              violationId: p.violationId,
              recordNo,
              plate,
              ground: p.ground,
              receiptNo: p.receiptNo,
              attachments: p.attachments.map((a) => a.sha256),
              previousStatus: textOrNull(violation, 'status')
            },
            clerk: p.clerk
          },
          ctx
        )
      ]
    }
  }
})
