// Handlers of the disputes channels (src/shared/contract/workflows/disputes.ts).
import type { HandlerMap } from '../registry'
import type { WorkflowDeps } from '../workflows'

export function disputeHandlers(deps: WorkflowDeps): Partial<HandlerMap> {
  void deps
  return {}
}
