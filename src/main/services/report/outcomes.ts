// Which report measure a history record (service_records) counts under. Most kinds name their
// business outright; a dispute's review (src/main/commands/dispute-review.ts) says in its detail
// whether the supervisor approved, rejected or sent back the proposal, and which proposal it was.
import type { ReportMeasure } from '../../../shared/contract/workflows/report-schemas'

/** The kinds counted straight from the history (decisions and payments come from their own tables). */
export const HISTORY_KINDS = {
  'account.register': 'registrations',
  'phone.change': 'phoneChanges',
  'binding.create': 'bindings',
  'binding.remove': 'unbindings',
  'dispute.file': 'disputesFiled'
} as const satisfies Record<string, ReportMeasure>

export const DISPUTE_REVIEW_KIND = 'dispute.review'

type DisputeOutcome = Extract<ReportMeasure, `disputes${string}`>

// The words a review may use for its outcome or for the proposal it approved, past or present tense.
const OUTCOME_WORDS: Record<string, DisputeOutcome> = {
  uphold: 'disputesUpheld',
  upheld: 'disputesUpheld',
  void: 'disputesVoided',
  voided: 'disputesVoided',
  correct_plate: 'disputesPlateCorrected',
  plate_corrected: 'disputesPlateCorrected',
  corrected: 'disputesPlateCorrected',
  transfer: 'disputesTransferred',
  transferred: 'disputesTransferred',
  reject: 'disputesRejected',
  rejected: 'disputesRejected',
  return: 'disputesRejected',
  returned: 'disputesRejected',
  send_back: 'disputesRejected',
  sent_back: 'disputesRejected'
}

const APPROVED = new Set(['approve', 'approved'])
const NOT_APPROVED = new Set(['reject', 'rejected', 'return', 'returned', 'send_back', 'sent_back'])

const word = (value: string | null): string | null => (value === null ? null : value.trim().toLowerCase())

/**
 * The measure a dispute review counts under, from its detail: `decision` (approve / reject /
 * return) first — a rejected or returned review keeps the proposal it refused in `outcome` —, then
 * the approved `outcome`, or `proposal` when the outcome only says "approved". Null for a detail
 * that names none of them (the caller reports it).
 */
export function disputeOutcome(detail: { decision: string | null; outcome: string | null; proposal: string | null }): DisputeOutcome | null {
  const decision = word(detail.decision)
  if (decision !== null && NOT_APPROVED.has(decision)) return 'disputesRejected'
  if (decision !== null && !APPROVED.has(decision)) return null
  const outcome = word(detail.outcome)
  if (outcome === null) return null
  if (APPROVED.has(outcome)) {
    const proposal = word(detail.proposal)
    return proposal === null ? null : (OUTCOME_WORDS[proposal] ?? null)
  }
  return OUTCOME_WORDS[outcome] ?? null
}
