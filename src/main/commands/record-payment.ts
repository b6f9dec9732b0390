// payment.record: a fine paid for a decision, with its bank receipt number (RULES.md "Fines").
// A decision is paid at most once and a receipt number is used at most once, at the window and
// at central; central recomputes the amount due on the payment's date and refuses a difference.
// The payment goes into the person's history (service record) with the clerk who took it, or the
// channel (12123, bank) it came through.
import { z } from 'zod'
import { evaluate, type ActionFacts } from '../rules/engine'
import { yuan } from '../rules/engine/format'
import { clerkSchema, serviceRecordWrite } from './clerk'
import { defineCommand, refuse } from './types'
import { int, text } from './rows'
import type { WireRow } from '../sync/protocol'

const id = z.string().min(1).max(64)
const fen = z.number().int().min(0).max(100_000_000)

export const recordPaymentPayload = z.strictObject({
  paymentId: id,
  decisionId: id,
  /** Bank receipt number (缴款回执号). */
  receiptNo: z.string().regex(/^[0-9A-Za-z-]{6,32}$/),
  fineFen: fen,
  lateFeeFen: fen,
  channel: z.enum(['window', 'app', 'bank']),
  /** The clerk who took it at the window; absent for 12123 and bank payments and older commands. */
  clerk: clerkSchema.optional()
})
export type RecordPaymentPayload = z.infer<typeof recordPaymentPayload>

const CHANNEL_PLACES = { window: '交管窗口', app: '交管12123', bank: '代收银行' } as const

/** pay_fine's facts for a decision on its rows: the command decides on them, the window quotes from them. */
export function payFineFactsOf(
  decision: WireRow,
  violation: WireRow,
  paid: boolean,
  at: string,
  channel: RecordPaymentPayload['channel']
): ActionFacts<'pay_fine'> {
  return {
    at,
    decision: {
      decisionNo: text(decision, 'decision_no'),
      source: text(violation, 'source') as 'camera' | 'onsite',
      procedure: violation.penalty === 'beyond_simple' ? 'general' : 'simple',
      fineFen: int(decision, 'fine_fen'),
      decidedOn: text(decision, 'decided_at').slice(0, 10)
    },
    paid,
    channel: channel === 'app' ? 'online' : 'window',
    selfProcessedAt: null,
    // No shipped profile rolls deadlines over holidays (late-fee.ts); an empty list is exact for them.
    holidays: []
  }
}

export const recordPayment = defineCommand<RecordPaymentPayload>({
  type: 'payment.record',
  payload: recordPaymentPayload,
  reads(p, peek) {
    const queries = [
      { table: 'decisions', column: 'id', value: p.decisionId },
      { table: 'payments', column: 'decision_id', value: p.decisionId },
      { table: 'payments', column: 'receipt_no', value: p.receiptNo },
      { table: 'payments', column: 'id', value: p.paymentId }
    ]
    const decision = peek('decisions', 'id', p.decisionId)?.[0]
    if (decision !== undefined) queries.push({ table: 'violations', column: 'id', value: text(decision, 'violation_id') })
    return queries
  },
  decide(p, state, ctx) {
    const decision = state.byId('decisions', p.decisionId)
    if (decision === undefined) return refuse('DECISION_UNKNOWN', '中心没有该处罚决定，可能处理尚未被中心确认或已被撤销')
    const violation = state.byId('violations', text(decision, 'violation_id'))
    if (violation === undefined) return refuse('VIOLATION_UNKNOWN', '中心没有该处罚决定对应的违法记录')
    if (text(violation, 'status') === 'voided') return refuse('RECORD_VOIDED', '该违法记录已被消除，无需缴款')
    if (state.byId('payments', p.paymentId) !== undefined) return refuse('PAYMENT_ID_TAKEN', '缴款编号已被占用')
    const byReceipt = state.where('payments', 'receipt_no', p.receiptNo)
    if (byReceipt.length > 0) return refuse('RECEIPT_USED', `缴款回执号${p.receiptNo}已用于另一笔缴款，不能重复入账`)
    const facts = payFineFactsOf(decision, violation, state.where('payments', 'decision_id', p.decisionId).length > 0, ctx.at, p.channel)
    const result = evaluate('pay_fine', facts, { profiles: ctx.profiles, jurisdiction: ctx.jurisdiction })
    if (!result.ok) return refuse(result.error.code, result.error.message)
    const { decision: verdict } = result
    if (!verdict.allowed) {
      return refuse(verdict.denials[0]?.code ?? 'REFUSED', verdict.denials.map((d) => d.message).join('；'))
    }
    const due = verdict.amounts
    if (due !== undefined && (due.fineFen !== p.fineFen || due.lateFeeFen !== p.lateFeeFen)) {
      return refuse(
        'AMOUNT_CHANGED',
        `应缴金额为${yuan(due.totalFen)}（罚款${yuan(due.fineFen)}，加处罚款${yuan(due.lateFeeFen)}），本次收取${yuan(p.fineFen + p.lateFeeFen)}，请核对后重新收款`
      )
    }
    return {
      ok: true,
      writes: [
        {
          table: 'payments',
          op: 'upsert',
          row: {
            id: p.paymentId,
            decision_id: p.decisionId,
            fine_fen: p.fineFen,
            late_fee_fen: p.lateFeeFen,
            receipt_no: p.receiptNo,
            channel: p.channel,
            paid_at: ctx.at,
            operator_id: ctx.operatorId
          }
        },
        { table: 'violations', op: 'upsert', row: { ...violation, status: 'paid', updated_at: ctx.at } },
        serviceRecordWrite(
          {
            // The payment's own id: one history entry per payment, the same on every replay.
            id: p.paymentId,
            personId: text(decision, 'person_id'),
            kind: 'payment.record',
            summary: `缴纳罚款：决定书${text(decision, 'decision_no')}，${yuan(p.fineFen + p.lateFeeFen)}（罚款${yuan(p.fineFen)}，加处罚款${yuan(p.lateFeeFen)}），回执号${p.receiptNo}`,
            detail: {
              decisionId: p.decisionId,
              decisionNo: text(decision, 'decision_no'),
              paymentId: p.paymentId,
              receiptNo: p.receiptNo,
              fineFen: p.fineFen,
              lateFeeFen: p.lateFeeFen
            },
            clerk: p.clerk ?? null,
            place: CHANNEL_PLACES[p.channel],
            channel: p.channel
          },
          ctx
        )
      ]
    }
  }
})
