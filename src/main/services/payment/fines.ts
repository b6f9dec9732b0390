// Taking a fine at the window. The quote is pay_fine asked on the decision's rows for now: fine and
// late fee itemised, due date, days late, and whether it may be paid now (ALREADY_PAID — a payment
// saved here and not yet confirmed counts —, MAINTENANCE_WINDOW where the profile has one). The
// payment is the payment.record command with the bank receipt number and the clerk: one write-path
// action (payment row, violation status, service record, audit entry, outbox command), decided on
// the local rows first by the same definition central decides it with.
import { randomUUID } from 'node:crypto'
import { maskIdNumber } from '../../../shared/masking'
import { DomainError } from '../../../shared/contract/result'
import type { Finding } from '../../../shared/contract/schemas'
import type { PaymentQuote, PaymentReceipt } from '../../../shared/contract/workflows/payment-schemas'
import type { RecordPaymentPayload } from '../../commands'
import type { Clerk } from '../../commands/clerk'
import { payFineFactsOf } from '../../commands/record-payment'
import type { WorkflowDeps } from '../../core/workflows'
import { toZonedIso } from '../../platform/zoned-time'
import { evaluate, type Finding as EngineFinding } from '../../rules/engine'
import { yuan } from '../../rules/engine/format'
import { LocalRows } from '../../sync/local-rows'
import { executeLocally } from '../../sync/rebase'
import { preparePaymentQueries, type DecisionRow, type PaidRow } from './queries'

function toFinding(f: EngineFinding): Finding {
  return { code: f.code, message: f.message, source: f.source }
}

/** When and how the decision was paid, for a refusal the clerk can act on. */
function paidWords(paid: PaidRow): string {
  const state = paid.pending === 1 ? '，本机已收款待中心确认' : ''
  return `已于${paid.paid_at.slice(0, 10)} ${paid.paid_at.slice(11, 16)}缴纳${yuan(paid.fine_fen + paid.late_fee_fen)}，回执号${paid.receipt_no}${state}`
}

export function createFineService(deps: WorkflowDeps) {
  const queries = preparePaymentQueries(deps.sqlite)
  const rows = new LocalRows(deps.sqlite)

  function decisionOf(decisionId: string): DecisionRow {
    const found = queries.decision.get(decisionId)
    if (found === undefined) throw new DomainError('DECISION_UNKNOWN', '本工作站没有该处罚决定，请刷新人员信息后重试', 'decisionId')
    return found
  }

  function quoteAt(decisionId: string, at: string): PaymentQuote {
    const d = decisionOf(decisionId)
    const decision = rows.load({ table: 'decisions', column: 'id', value: decisionId })[0]
    const violation = decision === undefined ? undefined : rows.load({ table: 'violations', column: 'id', value: String(decision.violation_id) })[0]
    if (decision === undefined || violation === undefined) throw new DomainError('DECISION_UNKNOWN', '本工作站没有该处罚决定，请刷新人员信息后重试', 'decisionId')
    const paid = queries.paidFor.get(decisionId) ?? null
    const env = deps.env()
    const result = evaluate('pay_fine', payFineFactsOf(decision, violation, paid !== null, at, 'window'), { profiles: env.profiles, jurisdiction: env.jurisdiction })
    if (!result.ok) throw new DomainError(result.error.code, result.error.message)
    const verdict = result.decision
    const amounts = verdict.amounts
    // pay_fine always states the amounts; without them there is nothing to collect.
    if (amounts === undefined) throw new DomainError('AMOUNT_UNKNOWN', '无法计算应缴金额，请告知系统管理员')
    return {
      decisionId,
      decisionNo: d.decision_no,
      provisional: d.provisional === 1,
      personName: d.person_name,
      idNumberMasked: maskIdNumber(d.id_number),
      violation: { recordNo: d.record_no, plate: d.plate, code: d.code, behaviour: d.behaviour, occurredAt: d.occurred_at },
      decidedOn: d.decided_at.slice(0, 10),
      payOn: at.slice(0, 10),
      dueDate: amounts.dueDate,
      daysLate: amounts.daysLate,
      fineFen: amounts.fineFen,
      lateFeeFen: amounts.lateFeeFen,
      totalFen: amounts.totalFen,
      lateFeeCapFen: amounts.lateFeeCapFen,
      lateFeeCapReachedOn: amounts.lateFeeCapReachedOn,
      payable: verdict.allowed,
      denials: verdict.denials.map((f) => (f.code === 'ALREADY_PAID' && paid !== null ? { ...toFinding(f), message: `${f.message}（${paidWords(paid)}）` } : toFinding(f))),
      notes: verdict.consequences.map(toFinding),
      paid:
        paid === null
          ? null
          : { receiptNo: paid.receipt_no, paidAt: paid.paid_at, totalFen: paid.fine_fen + paid.late_fee_fen, state: paid.pending === 1 ? 'pending' : 'confirmed' }
    }
  }

  const now = (): string => toZonedIso(deps.clock.now(), deps.config.timeZone)

  return {
    quote(decisionId: string): PaymentQuote {
      return quoteAt(decisionId, now())
    },

    record(input: { decisionId: string; receiptNo: string; fineFen: number; lateFeeFen: number }, who: { operatorId: string; clerk: Clerk }): PaymentReceipt {
      const d = decisionOf(input.decisionId)
      const paymentId = randomUUID()
      const payload: RecordPaymentPayload = {
        paymentId,
        decisionId: input.decisionId,
        receiptNo: input.receiptNo,
        fineFen: input.fineFen,
        lateFeeFen: input.lateFeeFen,
        channel: 'window',
        clerk: who.clerk
      }
      const receipt = deps.writes.run({
        action: 'payment.record',
        operatorId: who.operatorId,
        subject: { type: 'decision', id: input.decisionId },
        auditPayload: payload,
        command: { type: 'payment.record', payload },
        apply: (at) => {
          const outcome = executeLocally(rows, 'payment.record', payload, { at, operatorId: who.operatorId }, deps.env())
          if (outcome.ok) return
          const paid = outcome.code === 'ALREADY_PAID' ? queries.paidFor.get(input.decisionId) : undefined
          throw new DomainError(outcome.code, paid === undefined ? outcome.message : `${outcome.message}（${paidWords(paid)}）`, outcome.code === 'RECEIPT_USED' ? 'receiptNo' : undefined)
        }
      })
      const due = quoteAt(input.decisionId, receipt.at)
      return {
        paymentId,
        commandId: receipt.commandId!,
        decisionId: input.decisionId,
        decisionNo: d.decision_no,
        provisionalDecision: d.provisional === 1,
        personName: d.person_name,
        idNumberMasked: maskIdNumber(d.id_number),
        plate: d.plate,
        recordNo: d.record_no,
        behaviour: d.behaviour,
        fineFen: input.fineFen,
        lateFeeFen: input.lateFeeFen,
        totalFen: input.fineFen + input.lateFeeFen,
        dueDate: due.dueDate,
        daysLate: due.daysLate,
        receiptNo: input.receiptNo,
        paidAt: receipt.at,
        clerk: { name: who.clerk.operatorName, policeNo: who.clerk.operatorNo },
        place: who.clerk.place
      }
    }
  }
}

export type FineService = ReturnType<typeof createFineService>
