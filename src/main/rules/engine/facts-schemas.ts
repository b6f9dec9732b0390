// The facts schema of every action, for services that build facts and want the typed input
// (z.input) or want to validate before calling evaluate.
import type { z } from 'zod'
import { bindVehicleFacts } from './actions/bind-vehicle'
import { changePhoneFacts } from './actions/change-phone'
import { fileDisputeFacts } from './actions/file-dispute'
import { onlineSelfServiceFacts } from './actions/online-self-service'
import { payFineFacts } from './actions/pay-fine'
import { registerAccountFacts } from './actions/register-account'
import { resolveDisputeFacts } from './actions/resolve-dispute'
import { windowProcessFacts } from './actions/window-process'

export const ACTION_FACTS_SCHEMAS = {
  online_self_service: onlineSelfServiceFacts,
  window_process: windowProcessFacts,
  register_account: registerAccountFacts,
  change_phone: changePhoneFacts,
  bind_vehicle: bindVehicleFacts,
  pay_fine: payFineFacts,
  file_dispute: fileDisputeFacts,
  resolve_dispute: resolveDisputeFacts
} as const

/** The facts a service passes for an action (before parsing: strings, not Moments). */
export type ActionFacts<A extends keyof typeof ACTION_FACTS_SCHEMAS> = z.input<(typeof ACTION_FACTS_SCHEMAS)[A]>
