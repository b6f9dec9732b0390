// The session state machine. It restores a session at start (a reload must not sign the clerk
// out), and turns the two session error codes into screen changes wherever they come from:
// SESSION_LOCKED shows the lock screen, SESSION_REQUIRED goes back to sign-in.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AppInfo, SessionState } from '../../../shared/contract'
import { invoke } from '../api/client'
import { t } from '../i18n/zh-CN'
import { errorNotice, SESSION_LOCKED, SESSION_REQUIRED, type Phase } from './phase'
import type { Call, SessionApi } from './session-context'

export interface SessionController {
  phase: Phase
  info: AppInfo | null
  retry: () => void
  signedIn: (session: SessionState) => void
  api: SessionApi | null
}

interface Boot {
  info: AppInfo | null
  phase: Phase
}

/** Asks main who we are and whether a session is still open (after a reload it usually is). */
async function boot(): Promise<Boot> {
  const [info, current] = await Promise.all([invoke('app:info', {}), invoke('session:current', {})])
  const infoValue = info.ok ? info.value : null
  if (!info.ok) return { info: infoValue, phase: { kind: 'signedOut', notice: errorNotice(info.error) } }
  if (!current.ok) return { info: infoValue, phase: { kind: 'signedOut', notice: errorNotice(current.error) } }
  if (current.value === null) return { info: infoValue, phase: { kind: 'signedOut', notice: null } }
  return { info: infoValue, phase: { kind: 'signedIn', session: current.value } }
}

export function useSessionController(): SessionController {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' })
  const [info, setInfo] = useState<AppInfo | null>(null)

  const apply = useCallback((next: Boot) => {
    setInfo(next.info)
    setPhase(next.phase)
  }, [])

  useEffect(() => {
    let live = true
    void boot().then((next) => {
      if (live) apply(next)
    })
    return () => {
      live = false
    }
  }, [apply])

  const retry = useCallback(() => void boot().then(apply), [apply])

  const signedIn = useCallback(
    (session: SessionState) => {
      setPhase({ kind: 'signedIn', session })
      // Signed in although app:info failed earlier (host came back): fetch it now for the bars.
      if (info === null) {
        void invoke('app:info', {}).then((answer) => {
          if (answer.ok) setInfo(answer.value)
        })
      }
    },
    [info]
  )

  const setSession = useCallback((update: (s: SessionState) => SessionState) => {
    setPhase((p) => (p.kind === 'signedIn' ? { kind: 'signedIn', session: update(p.session) } : p))
  }, [])

  const call: Call = useCallback(
    async (channel, input) => {
      const answer = await invoke(channel, input)
      if (!answer.ok && answer.error.code === SESSION_LOCKED) setSession((s) => ({ ...s, locked: true }))
      if (!answer.ok && answer.error.code === SESSION_REQUIRED) {
        // Main says "请先登录"; to a clerk who was signed in a moment ago, "expired" is the truth.
        setPhase({ kind: 'signedOut', notice: { severity: 'info', message: t.signIn.sessionEnded, retry: false } })
      }
      return answer
    },
    [setSession]
  )

  const lock = useCallback(() => {
    // Hide the screen first: the person data must disappear even if main is slow to answer.
    setSession((s) => ({ ...s, locked: true }))
    void call('session:lock', {}).then((answer) => {
      if (answer.ok) setSession(() => ({ ...answer.value, locked: true }))
    })
  }, [call, setSession])

  const unlock = useCallback(
    async (password: string) => {
      const answer = await call('session:unlock', { password })
      if (answer.ok) setSession(() => answer.value)
      return answer
    },
    [call, setSession]
  )

  const signOut = useCallback(() => {
    // Leave the shell at once (its state, with personal data, unmounts); main is told in passing.
    setPhase({ kind: 'signedOut', notice: { severity: 'info', message: t.signIn.signedOut, retry: false } })
    void invoke('session:signOut', {})
  }, [])

  const keepAlive = useCallback(() => {
    void call('session:keepAlive', {}).then((answer) => {
      // Keep the local lock flag: a late keepAlive answer must never unlock the screen.
      if (answer.ok) setSession((s) => ({ ...answer.value, locked: s.locked || answer.value.locked }))
    })
  }, [call, setSession])

  const session = phase.kind === 'signedIn' ? phase.session : null
  const api = useMemo<SessionApi | null>(
    () => (session === null ? null : { info, session, call, lock, unlock, signOut, keepAlive }),
    [info, session, call, lock, unlock, signOut, keepAlive]
  )

  return { phase, info, retry, signedIn, api }
}
