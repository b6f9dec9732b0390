// Where the app is in its life: connecting, at the sign-in form, or inside the shell.
import type { SessionState } from '../../../shared/contract'

export interface Notice {
  severity: 'error' | 'info'
  message: string
  /** Offer 重新连接: only useful when the host did not answer at all. */
  retry: boolean
}

export type Phase =
  | { kind: 'starting' }
  | { kind: 'signedOut'; notice: Notice | null }
  | { kind: 'signedIn'; session: SessionState }

export const SESSION_LOCKED = 'SESSION_LOCKED'
export const SESSION_REQUIRED = 'SESSION_REQUIRED'
export const HOST_UNREACHABLE = 'HOST_UNREACHABLE'

export function errorNotice(error: { code: string; message: string }): Notice {
  return { severity: 'error', message: error.message, retry: error.code === HOST_UNREACHABLE }
}
