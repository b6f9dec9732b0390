// Handlers of the registration workflow's channels (src/shared/contract/workflows/registration.ts).
import { createRegistrationService } from '../../services/registration/registration-service'
import type { HandlerMap } from '../registry'
import { clerkOf, type WorkflowDeps } from '../workflows'

export function registrationHandlers(deps: WorkflowDeps): Partial<HandlerMap> {
  const service = createRegistrationService(deps)
  return {
    'idcard:status': () => service.readerStatus(),
    'idcard:read': (input) => service.readCard(input),
    'registration:validate': (input) => service.validate(input),
    'registration:check': (input) => service.check(input),
    'registration:submit': (input, { session }) => {
      const { operator, clerk } = clerkOf(session, deps.config)
      return service.submit(input, { clerk, operatorId: operator.id })
    }
  }
}
