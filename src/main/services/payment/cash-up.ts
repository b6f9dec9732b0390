// 今日收款: one clerk's payments of one day at this workstation, with the totals a cash drawer is
// counted against (fine, late fee, count), the ones central has not confirmed yet, and the ones
// central refused (money taken, no payment on record: the supervisor settles them in 需处理). A
// clerk sees their own; a supervisor may pick any clerk of the workstation.
import { DomainError } from '../../../shared/contract/result'
import type { OperatorDto } from '../../../shared/contract/schemas'
import type { CashUp } from '../../../shared/contract/workflows/payment-schemas'
import type { WorkflowDeps } from '../../core/workflows'
import { addDays } from '../../rules/calculators/calendar-days'
import { toZonedIso } from '../../platform/zoned-time'
import { preparePaymentQueries, type OperatorRow } from './queries'

const brief = (o: OperatorRow): CashUp['operator'] => ({ id: o.id, name: o.name, policeNo: o.police_no })

export function createCashUpService(deps: WorkflowDeps) {
  const queries = preparePaymentQueries(deps.sqlite)

  return {
    cashUp(input: { date?: string; operatorId?: string }, caller: OperatorDto): CashUp {
      const today = deps.today()
      const date = input.date ?? today
      if (date > today) throw new DomainError('DATE_IN_FUTURE', `不能查看${today}以后的收款`, 'date')
      const supervisor = caller.role === 'supervisor'
      const operatorId = input.operatorId ?? caller.id
      if (operatorId !== caller.id && !supervisor) throw new DomainError('NOT_SUPERVISOR', '只有审核民警可以查看其他民警的收款', 'operatorId')
      const operator = queries.operator.get(operatorId)
      if (operator === undefined) throw new DomainError('OPERATOR_UNKNOWN', '本工作站没有该民警', 'operatorId')
      // Zoned times of one zone sort as text: the day is [date, next day).
      const range = { operatorId, from: date, to: addDays(date, 1) }
      const lines = queries.cashUp.all(range).map((r) => ({
        paymentId: r.id,
        paidAt: r.paid_at,
        decisionNo: r.decision_no,
        plate: r.plate,
        receiptNo: r.receipt_no,
        fineFen: r.fine_fen,
        lateFeeFen: r.late_fee_fen,
        totalFen: r.fine_fen + r.late_fee_fen,
        state: r.pending === 1 ? ('pending' as const) : ('confirmed' as const)
      }))
      const rejected = queries.rejectedPayments.all(range).map((r) => {
        const data = (JSON.parse(r.payload) as { data: { receiptNo: string; fineFen: number; lateFeeFen: number } }).data
        return { commandId: r.id, at: r.created_at, receiptNo: data.receiptNo, totalFen: data.fineFen + data.lateFeeFen, reason: r.result_message ?? '中心未接受' }
      })
      const sum = (pick: (l: (typeof lines)[number]) => number): number => lines.reduce((s, l) => s + pick(l), 0)
      return {
        date,
        operator: brief(operator),
        operators: supervisor ? queries.cashiers.all().map(brief) : [brief(operator)],
        lines,
        totals: {
          count: lines.length,
          fineFen: sum((l) => l.fineFen),
          lateFeeFen: sum((l) => l.lateFeeFen),
          totalFen: sum((l) => l.totalFen),
          pendingCount: lines.filter((l) => l.state === 'pending').length
        },
        rejected,
        workstationName: deps.config.workstationName,
        organName: deps.config.organName,
        generatedAt: toZonedIso(deps.clock.now(), deps.config.timeZone)
      }
    }
  }
}

export type CashUpService = ReturnType<typeof createCashUpService>
