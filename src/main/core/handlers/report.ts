// Handlers of the report channels (src/shared/contract/workflows/report.ts).
import { createReportService } from '../../services/report'
import type { HandlerMap } from '../registry'
import type { WorkflowDeps } from '../workflows'

type ReportChannel = 'report:daily' | 'report:export'

export function reportHandlers(deps: WorkflowDeps): Pick<HandlerMap, ReportChannel> {
  const service = createReportService(deps)
  return {
    'report:daily': (input, { session }) => service.daily(input, session),
    'report:export': (input, { session }) => service.export(input, session)
  }
}
