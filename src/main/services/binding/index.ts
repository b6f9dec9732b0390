// The 备案 (binding) workflow's service: overview and check, saving and ending bindings, and the
// supervisors' review queue.
import type { WorkflowDeps } from '../../core/workflows'
import { createBindingActions } from './actions'
import { bindingContext } from './context'
import { createBindingOverview } from './overview'
import { createBindingReviews } from './reviews'

export function createBindingService(deps: WorkflowDeps) {
  const c = bindingContext(deps)
  const overview = createBindingOverview(c)
  return { ...overview, ...createBindingActions(c, overview), ...createBindingReviews(c) }
}

export type BindingService = ReturnType<typeof createBindingService>
