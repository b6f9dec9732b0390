// Payment deadline and late fee (加处罚款) of a fine, in integer fen (FACTS §2; seed 004):
// due within `deadlineDays` calendar days of the decision; from the next day on, each day adds
// `ratePerDayBasisPoints` of the fine (300 bp = 3%); the added amount never exceeds
// `capBasisPoints` of the fine (10000 bp = the fine itself, the legal maximum).
//
// Rounding [U]: no source says how a fractional fen is rounded. Fines are whole yuan in
// practice, so 3% of them is a whole number of fen and the question does not arise; for other
// amounts the fee is rounded down (in the citizen's favour), once, on the total.
import { addDays, daysBetween } from './calendar-days'

export interface LateFeePolicy {
  deadlineDays: number
  ratePerDayBasisPoints: number
  capBasisPoints: number
  /**
   * Whether a deadline falling on a non-working day moves to the next working day [U]
   * (FACTS §2). Off by default; when on, the caller must supply the list of non-working days.
   */
  holidayRollover: boolean
}

export interface LateFeeInput {
  fineFen: number
  /** Date of the decision (YYYY-MM-DD); the deadline runs from it. */
  decidedOn: string
  /** Date of payment (YYYY-MM-DD), the workstation's local date. */
  payOn: string
  /** Non-working days (YYYY-MM-DD); required when the policy rolls deadlines over. */
  holidays?: readonly string[]
}

export interface LateFeeResult {
  /** Last day to pay without a late fee. */
  dueDate: string
  /** Whether the deadline was moved past non-working days. */
  rolledOver: boolean
  /** Days after the due date (0 when paid on time). */
  daysLate: number
  lateFeeFen: number
  /** The most the late fee can ever reach. */
  capFen: number
  /** First payment date on which the late fee equals the cap; null when it never accrues. */
  capReachedOn: string | null
  totalFen: number
}

const BP = 10_000n

/** The last day to pay without a late fee. */
export function paymentDueDate(
  decidedOn: string,
  policy: LateFeePolicy,
  holidays?: readonly string[]
): { dueDate: string; rolledOver: boolean } {
  let dueDate = addDays(decidedOn, policy.deadlineDays)
  if (!policy.holidayRollover) return { dueDate, rolledOver: false }
  if (holidays === undefined) {
    throw new RangeError('the policy rolls deadlines over non-working days: a holiday list is required')
  }
  const off = new Set(holidays)
  let rolledOver = false
  // Terminates: every step leaves one date of a finite set behind.
  while (off.has(dueDate)) {
    dueDate = addDays(dueDate, 1)
    rolledOver = true
  }
  return { dueDate, rolledOver }
}

export function computeLateFee(input: LateFeeInput, policy: LateFeePolicy): LateFeeResult {
  if (!Number.isSafeInteger(input.fineFen) || input.fineFen < 0) {
    throw new RangeError(`fineFen must be a non-negative integer, got ${input.fineFen}`)
  }
  const { dueDate, rolledOver } = paymentDueDate(input.decidedOn, policy, input.holidays)
  const daysLate = Math.max(0, daysBetween(dueDate, input.payOn))
  // BigInt keeps fine × rate × days exact however late the payment is.
  const fine = BigInt(input.fineFen)
  const perDay = fine * BigInt(policy.ratePerDayBasisPoints)
  const cap = (fine * BigInt(policy.capBasisPoints)) / BP
  const accrued = (perDay * BigInt(daysLate)) / BP
  const lateFee = accrued < cap ? accrued : cap
  let capReachedOn: string | null = null
  if (perDay > 0n && cap > 0n) {
    // Smallest d with floor(perDay × d / 10000) ≥ cap, i.e. perDay × d ≥ cap × 10000.
    const daysToCap = (cap * BP + perDay - 1n) / perDay
    capReachedOn = addDays(dueDate, Number(daysToCap))
  }
  const lateFeeFen = Number(lateFee)
  return {
    dueDate,
    rolledOver,
    daysLate,
    lateFeeFen,
    capFen: Number(cap),
    capReachedOn,
    totalFen: input.fineFen + lateFeeFen
  }
}
