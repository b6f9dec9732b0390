// Signed-in sessions, one per window (Electron) or browser tab (web host). Main decides when a
// session is idle-locked: the renderer's timer is a convenience, this is the authority.
import type { OperatorDto, SessionState } from '../../shared/contract/schemas'
import type { Clock } from '../platform/clock'

export interface Session {
  key: string
  operator: OperatorDto
  locked: boolean
  lastActivityMs: number
}

export interface SessionStore {
  get(key: string): Session | undefined
  start(key: string, operator: OperatorDto): Session
  end(key: string): void
  /** Applies the idle rule; returns the session as it stands now. */
  refresh(key: string): Session | undefined
  touch(session: Session): void
  lock(session: Session): void
  unlock(session: Session): void
  state(session: Session): SessionState
  /** Ends every session of an operator (e.g. after a lockout). */
  endAllFor(operatorId: string): void
}

/**
 * `onIdleLocked` is told when main itself locks a session for idleness, so the lock is audited
 * even though no request asked for it.
 */
export function createSessionStore(
  clock: Clock,
  idleLockSeconds: number,
  onIdleLocked: (session: Session) => void = () => {}
): SessionStore {
  const sessions = new Map<string, Session>()
  const idleMs = idleLockSeconds * 1000
  return {
    get: (key) => sessions.get(key),
    start(key, operator) {
      const session: Session = { key, operator, locked: false, lastActivityMs: clock.now().getTime() }
      sessions.set(key, session)
      return session
    },
    end: (key) => void sessions.delete(key),
    refresh(key) {
      const session = sessions.get(key)
      if (session && !session.locked && clock.now().getTime() - session.lastActivityMs >= idleMs) {
        session.locked = true
        onIdleLocked(session)
      }
      return session
    },
    touch(session) {
      session.lastActivityMs = clock.now().getTime()
    },
    lock(session) {
      session.locked = true
    },
    unlock(session) {
      session.locked = false
      session.lastActivityMs = clock.now().getTime()
    },
    state: (session) => ({ operator: session.operator, locked: session.locked, idleLockSeconds }),
    endAllFor(operatorId) {
      for (const [key, s] of sessions) if (s.operator.id === operatorId) sessions.delete(key)
    }
  }
}
