// Whether a decision number is the workstation's provisional one. Main draws those as
// 临-<workstation>-<serial> (and 临-…-R when a supervisor re-issues a rejected action) until central
// assigns the definitive number; the person view carries no flag for it, so the prefix tells.
const PROVISIONAL_PREFIX = '临'

export function isProvisionalDecisionNo(decisionNo: string | null): boolean {
  return decisionNo !== null && decisionNo.startsWith(PROVISIONAL_PREFIX)
}
