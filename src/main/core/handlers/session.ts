// Sign-in, sign-out, idle lock and unlock.
import type { HandlerMap } from '../registry'
import type { SessionStore } from '../sessions'
import type { OperatorService } from '../../services/operators'
import type { WritePath } from '../../store/write-path'
import { DomainError } from '../../../shared/contract/result'

export function sessionHandlers(
  sessions: SessionStore,
  operatorService: OperatorService,
  writes: WritePath
): Pick<
  HandlerMap,
  'session:current' | 'session:signIn' | 'session:signOut' | 'session:keepAlive' | 'session:lock' | 'session:unlock'
> {
  const requireSession = <T>(s: T | null): T => {
    if (!s) throw new DomainError('SESSION_REQUIRED', '请先登录。')
    return s
  }
  return {
    'session:current': (_input, { session }) => (session ? sessions.state(session) : null),
    'session:signIn': (input, { caller }) => {
      const operator = operatorService.signIn(input.policeNo, input.password)
      return sessions.state(sessions.start(caller.sessionKey, operator))
    },
    'session:signOut': (_input, { session, caller }) => {
      const s = requireSession(session)
      writes.run({ action: 'operator.signOut', operatorId: s.operator.id, subject: { type: 'operator', id: s.operator.id }, auditPayload: {}, command: null })
      sessions.end(caller.sessionKey)
      return {}
    },
    'session:keepAlive': (_input, { session }) => {
      const s = requireSession(session)
      sessions.touch(s)
      return sessions.state(s)
    },
    'session:lock': (_input, { session }) => {
      const s = requireSession(session)
      if (!s.locked) {
        sessions.lock(s)
        writes.run({ action: 'operator.screenLocked', operatorId: s.operator.id, subject: { type: 'operator', id: s.operator.id }, auditPayload: { reason: 'operator' }, command: null })
      }
      return sessions.state(s)
    },
    'session:unlock': (input, { session }) => {
      const s = requireSession(session)
      try {
        operatorService.confirmPassword(s.operator.id, input.password)
      } catch (error) {
        // A lockout during unlock ends the session: the next person must sign in from scratch.
        if (error instanceof DomainError && error.code === 'AUTH_LOCKED') sessions.endAllFor(s.operator.id)
        throw error
      }
      sessions.unlock(s)
      return sessions.state(s)
    }
  }
}
