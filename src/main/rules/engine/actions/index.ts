// Every action the engine answers, by name.
import type { ActionDefinition } from '../action'
import type { ActionName } from '../types'
import { bindVehicle } from './bind-vehicle'
import { changePhone } from './change-phone'
import { fileDispute } from './file-dispute'
import { onlineSelfService } from './online-self-service'
import { payFine } from './pay-fine'
import { registerAccount } from './register-account'
import { resolveDispute } from './resolve-dispute'
import { windowProcess } from './window-process'

export const ACTIONS: Readonly<Record<ActionName, ActionDefinition>> = {
  online_self_service: onlineSelfService,
  window_process: windowProcess,
  register_account: registerAccount,
  change_phone: changePhone,
  bind_vehicle: bindVehicle,
  pay_fine: payFine,
  file_dispute: fileDispute,
  resolve_dispute: resolveDispute
}
