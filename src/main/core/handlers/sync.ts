// Sync status and the 需处理 list for the status bar and the sync panel, a "sync now" button, a
// supervisor's settlement of rejected actions, and the window's violation processing (a command).
import type { HandlerMap } from '../registry'
import type { SyncEngine } from '../../sync/engine'
import type { SyncListService } from '../../services/sync-list'
import type { WindowActions } from '../../services/window-actions'
import { DomainError } from '../../../shared/contract/result'

export function syncHandlers(
  engine: SyncEngine,
  list: SyncListService,
  actions: WindowActions
): Pick<HandlerMap, 'sync:status' | 'sync:list' | 'sync:now' | 'sync:resolve' | 'violation:process'> {
  return {
    'sync:status': () => engine.status(),
    'sync:list': () => list.list(),
    'sync:now': async () => {
      // The answer is the state after trying; a failure is shown in it (offline, with the reason).
      await engine.syncNow().catch(() => undefined)
      return engine.status()
    },
    'sync:resolve': (input, { session }) => {
      if (!session) throw new DomainError('SESSION_REQUIRED', '请先登录。')
      const result = list.resolve(input, session.operator.id)
      return result
    },
    'violation:process': (input, { session }) => {
      if (!session) throw new DomainError('SESSION_REQUIRED', '请先登录。')
      return actions.processViolation(input, session.operator)
    }
  }
}
