// Handlers of the printing channels (src/shared/contract/workflows/printing.ts).
import type { HandlerMap } from '../registry'
import type { WorkflowDeps } from '../workflows'

export function printingHandlers(deps: WorkflowDeps): Partial<HandlerMap> {
  void deps
  return {}
}
