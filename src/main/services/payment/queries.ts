// Prepared statements of the 缴款 workflow: a decision with what the quote and the receipt show,
// the payment on record for it, and one clerk's payments of a day for the cash-up.
import type Database from 'better-sqlite3'

export interface DecisionRow {
  id: string
  decision_no: string
  provisional: number
  person_id: string
  fine_fen: number
  decided_at: string
  due_date: string
  record_no: string
  plate: string
  code: string
  behaviour: string
  occurred_at: string
  person_name: string
  id_number: string
}

export interface PaidRow {
  receipt_no: string
  paid_at: string
  fine_fen: number
  late_fee_fen: number
  /** 1: written by an action of this workstation that central has not settled yet. */
  pending: number
}

export interface CashUpRow {
  id: string
  paid_at: string
  receipt_no: string
  fine_fen: number
  late_fee_fen: number
  decision_no: string
  plate: string
  pending: number
}

export interface RejectedPaymentRow {
  id: string
  created_at: string
  payload: string
  result_message: string | null
}

export interface OperatorRow {
  id: string
  name: string
  police_no: string
}

/** A row some pending action of this workstation wrote: central has not confirmed it yet. */
const PENDING = (table: string, id: string): string => `EXISTS (SELECT 1 FROM sync_shadow s WHERE s.table_name = '${table}' AND s.row_id = ${id})`

export function preparePaymentQueries(sqlite: Database.Database) {
  return {
    decision: sqlite.prepare<[string], DecisionRow>(
      `SELECT d.id, d.decision_no, d.provisional, d.person_id, d.fine_fen, d.decided_at, d.due_date,
              v.record_no, v.plate, v.code, v.behaviour, v.occurred_at, p.name AS person_name, p.id_number
         FROM decisions d JOIN violations v ON v.id = d.violation_id JOIN people p ON p.id = d.person_id
        WHERE d.id = ?`
    ),
    paidFor: sqlite.prepare<[string], PaidRow>(
      `SELECT p.receipt_no, p.paid_at, p.fine_fen, p.late_fee_fen, ${PENDING('payments', 'p.id')} AS pending
         FROM payments p WHERE p.decision_id = ?`
    ),
    // Through the history's (operator, time) index: every payment an operator took has its service
    // record under the payment's own id, written by the same command.
    cashUp: sqlite.prepare<{ operatorId: string; from: string; to: string }, CashUpRow>(
      `SELECT p.id, p.paid_at, p.receipt_no, p.fine_fen, p.late_fee_fen, d.decision_no, v.plate, ${PENDING('payments', 'p.id')} AS pending
         FROM service_records r
         JOIN payments p ON p.id = r.id
         JOIN decisions d ON d.id = p.decision_id
         JOIN violations v ON v.id = d.violation_id
        WHERE r.operator_id = @operatorId AND r.at >= @from AND r.at < @to AND r.kind = 'payment.record' AND p.operator_id = @operatorId
        ORDER BY p.paid_at, p.id`
    ),
    rejectedPayments: sqlite.prepare<{ operatorId: string; from: string; to: string }, RejectedPaymentRow>(
      `SELECT id, created_at, payload, result_message FROM outbox
        WHERE type = 'payment.record' AND status = 'rejected' AND created_at >= @from AND created_at < @to
          AND json_extract(payload, '$.operatorId') = @operatorId
        ORDER BY seq`
    ),
    operator: sqlite.prepare<[string], OperatorRow>('SELECT id, name, police_no FROM operators WHERE id = ?'),
    /** Whose cash-up a supervisor may look at: everyone who takes payments at this workstation. */
    cashiers: sqlite.prepare<[], OperatorRow>(
      "SELECT id, name, police_no FROM operators WHERE active = 1 AND role IN ('clerk', 'supervisor') ORDER BY police_no"
    )
  }
}

export type PaymentQueries = ReturnType<typeof preparePaymentQueries>
