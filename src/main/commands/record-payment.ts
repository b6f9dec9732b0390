// payment.record: a fine paid for a decision, with its bank receipt number (RULES.md "Fines").
// A decision is paid at most once and a receipt number is used at most once, at the window and
// at central; central recomputes the amount due on the payment's date and refuses a difference.
import { z } from 'zod'
import { evaluate } from '../rules/engine'
import { yuan } from '../rules/engine/format'
import { defineCommand, refuse } from './types'
import { int, text } from './rows'

const id = z.string().min(1).max(64)
const fen = z.number().int().min(0).max(100_000_000)

export const recordPaymentPayload = z.strictObject({
  paymentId: id,
  decisionId: id,
  /** Bank receipt number (缴款回执号). */
  receiptNo: z.string().regex(/^[0-9A-Za-z-]{6,32}$/),
  fineFen: fen,
  lateFeeFen: fen,
  channel: z.enum(['window', 'app', 'bank'])
})
export type RecordPaymentPayload = z.infer<typeof recordPaymentPayload>

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
    const facts = {
      at: ctx.at,
      decision: {
        decisionNo: text(decision, 'decision_no'),
        source: text(violation, 'source') as 'camera' | 'onsite',
        procedure: violation.penalty === 'beyond_simple' ? ('general' as const) : ('simple' as const),
        fineFen: int(decision, 'fine_fen'),
        decidedOn: text(decision, 'decided_at').slice(0, 10)
      },
      paid: state.where('payments', 'decision_id', p.decisionId).length > 0,
      channel: p.channel === 'app' ? ('online' as const) : ('window' as const),
      selfProcessedAt: null,
      holidays: []
    }
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
        { table: 'violations', op: 'upsert', row: { ...violation, status: 'paid', updated_at: ctx.at } }
      ]
    }
  }
})
