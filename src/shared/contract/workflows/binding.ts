// Channels of the counter workflow: 备案 at the window: binding and unbinding non-owned vehicles,
// and the supervisors' review of bindings the profile sends to review. Schemas in ./binding-schemas.
import { z } from 'zod'
import { channel, type ChannelSpec } from '../channel-spec'
import { emptyInput, entityId } from '../schemas'
import {
  bindingCheckInput,
  bindingCheckSchema,
  bindingCreateInput,
  bindingCreatedSchema,
  bindingOverviewSchema,
  bindingRemoveInput,
  bindingRemovedSchema,
  bindingReviewInput,
  bindingReviewQueueSchema
} from './binding-schemas'

/** The window's people: clerks and supervisors; an admin account runs no counter business. */
const WINDOW_ROLES = ['clerk', 'supervisor'] as const

export const bindingChannels = {
  /** The person's bindings (in force and awaiting review), the limits and whether review applies. */
  'binding:list': channel({ access: 'session', roles: WINDOW_ROLES, input: z.strictObject({ personId: entityId }), output: bindingOverviewSchema }),
  /** A plate typed at the window: validated, found in the cache, and the rules' verdict with the lists to unbind from. */
  'binding:check': channel({ access: 'session', roles: WINDOW_ROLES, input: bindingCheckInput, output: bindingCheckSchema }),
  /** Saves a binding with the owner's consent (present, or SMS code to the owner's / manager's phone). */
  'binding:create': channel({ access: 'session', roles: WINDOW_ROLES, input: bindingCreateInput, output: bindingCreatedSchema }),
  /** Ends a binding (解除备案), with the reason. */
  'binding:remove': channel({ access: 'session', roles: WINDOW_ROLES, input: bindingRemoveInput, output: bindingRemovedSchema }),
  /** Window bindings awaiting a supervisor's review (需处理 for supervisors). */
  'binding:reviews': channel({ access: 'session', roles: WINDOW_ROLES, input: emptyInput, output: bindingReviewQueueSchema }),
  /** A supervisor approves or rejects a binding awaiting review; never their own (four eyes). */
  'binding:review': channel({ access: 'session', roles: ['supervisor'], input: bindingReviewInput, output: bindingReviewQueueSchema })
} as const satisfies Record<string, ChannelSpec>
