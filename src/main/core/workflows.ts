// Wiring of the counter workflows (面签注册, 手机号变更, 备案, 缴款 and the SMS codes they share).
// Each workflow has its service in ../services and its handlers in ./handlers; all of them write
// through the one write path and decide through the command definitions (../commands).
import type Database from 'better-sqlite3'
import type { OperatorDto } from '../../shared/contract/schemas'
import { DomainError } from '../../shared/contract/result'
import type { Clerk } from '../commands/clerk'
import type { Clock } from '../platform/clock'
import type { ProfileSet } from '../rules/engine'
import type { CentralLink } from '../services/central-link'
import type { PrintingHost } from '../services/printing'
import type { WritePath } from '../store/write-path'
import type { LocalCommandEnv } from '../sync/rebase'
import type { WorkstationConfig } from './config'
import type { Logger } from './logger'
import type { HandlerMap } from './registry'
import type { Session } from './sessions'
import { bindingHandlers } from './handlers/binding'
import { disputeHandlers } from './handlers/disputes'
import { printingHandlers } from './handlers/printing'
import { reportHandlers } from './handlers/report'
import { createBindingService } from '../services/binding'
import { paymentHandlers } from './handlers/payment'
import { phoneChangeHandlers, phoneOnRecordOf } from './handlers/phone-change'
import { registrationHandlers } from './handlers/registration'
import { smsHandlers } from './handlers/sms'

export interface WorkflowDeps {
  sqlite: Database.Database
  writes: WritePath
  /** Profiles, jurisdiction and whether central is reachable, for deciding commands locally. */
  env: () => LocalCommandEnv
  profiles: ProfileSet
  config: WorkstationConfig
  clock: Clock
  /** Today in the workstation's zone, YYYY-MM-DD. */
  today: () => string
  central: CentralLink
  logger: Logger
  /** How documents become PDFs and paper on this host (services/printing). */
  printing: PrintingHost
}

/** The signed-in operator as the commands record them. */
export function clerkOf(session: Session | null, config: WorkstationConfig): { operator: OperatorDto; clerk: Clerk } {
  if (!session) throw new DomainError('SESSION_REQUIRED', '请先登录。')
  const { operator } = session
  return {
    operator,
    clerk: { operatorNo: operator.policeNo, operatorName: operator.name, workstationId: config.workstationId, place: config.organName }
  }
}

export function workflowHandlers(deps: WorkflowDeps): Partial<HandlerMap> {
  const binding = createBindingService(deps)
  return {
    ...smsHandlers(deps, { bindingOwnerPhone: (personId, vehicleId) => binding.situation(personId, vehicleId).consentPhone, phoneOnRecord: phoneOnRecordOf(deps) }),
    ...registrationHandlers(deps),
    ...phoneChangeHandlers(deps),
    ...bindingHandlers(binding),
    ...paymentHandlers(deps),
    ...disputeHandlers(deps),
    ...printingHandlers(deps),
    ...reportHandlers(deps)
  }
}
