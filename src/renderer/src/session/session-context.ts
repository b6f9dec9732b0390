// What every signed-in screen needs from the session: the workstation, the operator, and `call`,
// which is `invoke` plus the session rules (a locked or expired session reacts everywhere alike).
import { createContext, useContext } from 'react'
import type { AppInfo, ChannelInput, ChannelName, ChannelOutput, Result, SessionState } from '../../../shared/contract'

export type Call = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>

export interface SessionApi {
  info: AppInfo | null
  session: SessionState
  call: Call
  /** Locks the screen now (idle timer or the 锁屏 button). */
  lock: () => void
  unlock: (password: string) => Promise<Result<SessionState>>
  signOut: () => void
  /** Tells main the clerk is active so its idle clock restarts. */
  keepAlive: () => void
}

export const SessionContext = createContext<SessionApi | null>(null)

export function useSession(): SessionApi {
  const api = useContext(SessionContext)
  if (api === null) throw new Error('useSession outside a signed-in shell')
  return api
}
