// How a channel is declared: who may call it, and its input and output schemas.
import type { z } from 'zod'
import type { Role } from './schemas'

/**
 * public: anyone (sign-in screen). session: a signed-in operator whose session is not locked.
 * lockedSession: a signed-in operator even while the idle lock is on (unlock, sign-out).
 */
export type Access = 'public' | 'session' | 'lockedSession'

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  access: Access
  /** Roles allowed to call; omitted means every role. */
  roles?: readonly Role[]
  /**
   * A larger request body than the web host's default (MAX_REQUEST_BYTES), for the few channels
   * that carry a scanned document; read only after the token check.
   */
  maxRequestBytes?: number
  input: I
  output: O
}

export function channel<I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> {
  return spec
}
