// The 异议 (objection) workflow's service: filing with attachments, evidence photos, the clerk's
// proposal, and the supervisors' review.
import type { WorkflowDeps } from '../../core/workflows'
import { disputeContext } from './context'
import { createEvidence } from './evidence'
import { createDisputeFiling } from './filing'
import { createDisputeProposals } from './proposals'
import { createDisputeReviews } from './reviews'

export function createDisputeService(deps: WorkflowDeps) {
  const c = disputeContext(deps)
  return { ...createDisputeFiling(c), ...createEvidence(c), ...createDisputeProposals(c), ...createDisputeReviews(c) }
}

export type DisputeService = ReturnType<typeof createDisputeService>
