// Handlers of the binding workflow's channels (src/shared/contract/workflows/binding.ts).
import type { BindingService } from '../../services/binding'
import type { HandlerMap } from '../registry'

type BindingChannel = 'binding:list' | 'binding:check' | 'binding:create' | 'binding:remove' | 'binding:reviews' | 'binding:review'

export function bindingHandlers(service: BindingService): Pick<HandlerMap, BindingChannel> {
  return {
    'binding:list': (input) => service.list(input.personId),
    'binding:check': (input) => service.check(input),
    'binding:create': (input, { session }) => service.create(input, session),
    'binding:remove': (input, { session }) => service.remove(input, session),
    'binding:reviews': (_input, { session }) => service.queue(session),
    'binding:review': (input, { session }) => service.review(input, session)
  }
}
