// Handlers of the printing channels (src/shared/contract/workflows/printing.ts).
import { createPrintingService } from '../../services/printing'
import type { HandlerMap } from '../registry'
import { clerkOf, type WorkflowDeps } from '../workflows'

export function printingHandlers(deps: WorkflowDeps): Partial<HandlerMap> {
  const printing = createPrintingService(deps)
  const operatorOf = (ctx: Parameters<HandlerMap['print:status']>[1]) => clerkOf(ctx.session, deps.config).operator
  return {
    'print:status': (input, ctx) => {
      operatorOf(ctx)
      // The print dialog asks this first: start the browser while the clerk reads the answer.
      void deps.printing.renderer.warm?.().catch((error: unknown) => deps.logger.log('warn', 'PRINT_WARM_FAILED', { detail: String(error) }))
      return printing.decisions.status(input.decisionId)
    },
    'print:decision': (input, ctx) => printing.decisions.issue(input.decisionId, operatorOf(ctx)),
    'print:reprint': (input, ctx) => printing.decisions.reprint(input.decisionId, operatorOf(ctx)),
    'print:batch': (input, ctx) => printing.decisions.batch(input, operatorOf(ctx)),
    'print:verify': (input, ctx) => {
      operatorOf(ctx)
      return printing.verifier.verify(input.number, input.digest)
    },
    'print:send': (input, ctx) => printing.printers.send(input.documentIds, operatorOf(ctx)),
    'print:printers': (_input, ctx) => {
      operatorOf(ctx)
      return printing.printers.list()
    },
    'print:choosePrinter': (input, ctx) => printing.printers.choose(input.printer, operatorOf(ctx)),
    'print:slip': (input, ctx) => printing.slips.slip(input, operatorOf(ctx))
  }
}
