// Handlers of the payment workflow's channels (src/shared/contract/workflows/payment.ts): several
// violations processed at once, the amount due on a decision, a payment, the daily cash-up.
import { createCashUpService } from '../../services/payment/cash-up'
import { createFineService } from '../../services/payment/fines'
import { createProcessingService } from '../../services/payment/processing'
import type { HandlerMap } from '../registry'
import { clerkOf, type WorkflowDeps } from '../workflows'

export function paymentHandlers(deps: WorkflowDeps): Partial<HandlerMap> {
  const processing = createProcessingService(deps)
  const fines = createFineService(deps)
  const cashUp = createCashUpService(deps)
  return {
    'violation:previewBatch': (input, ctx) => {
      clerkOf(ctx.session, deps.config)
      return processing.preview(input)
    },
    'violation:processBatch': (input, ctx) => processing.process(input, clerkOf(ctx.session, deps.config).operator),
    'payment:quote': (input, ctx) => {
      clerkOf(ctx.session, deps.config)
      return fines.quote(input.decisionId)
    },
    'payment:record': (input, ctx) => {
      const { operator, clerk } = clerkOf(ctx.session, deps.config)
      return fines.record(input, { operatorId: operator.id, clerk })
    },
    'payment:cashup': (input, ctx) => cashUp.cashUp(input, clerkOf(ctx.session, deps.config).operator)
  }
}
