// Handlers of the report channels (src/shared/contract/workflows/report.ts).
import type { HandlerMap } from '../registry'
import type { WorkflowDeps } from '../workflows'

export function reportHandlers(deps: WorkflowDeps): Partial<HandlerMap> {
  void deps
  return {}
}
