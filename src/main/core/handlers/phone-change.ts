// Handlers of the phone-change workflow's channels (src/shared/contract/workflows/phone-change.ts).
import { createPhoneChangeService } from '../../services/phone-change/service'
import { prepareTargetQueries } from '../../services/phone-change/targets'
import type { HandlerMap } from '../registry'
import { clerkOf, type WorkflowDeps } from '../workflows'
import type { SmsRecipients } from './sms'

export function phoneChangeHandlers(deps: WorkflowDeps): Partial<HandlerMap> {
  const service = createPhoneChangeService(deps)
  return {
    'phone:targets': (input) => service.targets(input.personId),
    'phone:check': (input) => service.check(input),
    'phone:change': (input, ctx) => service.change(input, clerkOf(ctx.session, deps.config))
  }
}

/**
 * sms:send's lookup of an old number for the identity step: the screen names a record of the
 * person, main texts the number on it (the screen only ever sees it masked).
 */
export function phoneOnRecordOf(deps: WorkflowDeps): SmsRecipients['phoneOnRecord'] {
  const queries = prepareTargetQueries(deps.sqlite)
  return (personId, kind, id) => queries.mobileOnRecord(personId, { kind, id })
}
