// Handlers of the disputes channels (src/shared/contract/workflows/disputes.ts).
import { createDisputeService } from '../../services/disputes'
import type { HandlerMap } from '../registry'
import type { WorkflowDeps } from '../workflows'

type DisputeChannel =
  | 'dispute:list'
  | 'dispute:check'
  | 'dispute:file'
  | 'dispute:get'
  | 'dispute:evidence'
  | 'dispute:attachment'
  | 'dispute:lookup'
  | 'dispute:propose'
  | 'dispute:queue'
  | 'dispute:review'

export function disputeHandlers(deps: WorkflowDeps): Pick<HandlerMap, DisputeChannel> {
  const service = createDisputeService(deps)
  return {
    'dispute:list': (input) => service.list(input.personId),
    'dispute:check': (input) => service.check(input),
    'dispute:file': (input, { session }) => service.file(input, session),
    'dispute:get': (input, { session }) => service.get(input.disputeId, session),
    'dispute:evidence': (input) => service.evidence(input.violationId),
    'dispute:attachment': (input) => service.attachment(input),
    'dispute:lookup': (input) => service.lookup(input),
    'dispute:propose': (input, { session }) => service.propose(input, session),
    'dispute:queue': (_input, { session }) => service.queue(session),
    'dispute:review': (input, { session }) => service.review(input, session)
  }
}
