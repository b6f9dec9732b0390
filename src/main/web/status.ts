// How a core answer becomes an HTTP status. The renderer reads the envelope, not the status; the
// status is for logs, proxies and tests.
import type { Result } from '../../shared/contract/result'

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  UNKNOWN_CHANNEL: 404,
  INVALID_INPUT: 400,
  SESSION_REQUIRED: 401,
  SESSION_LOCKED: 401,
  ROLE_NOT_ALLOWED: 403,
  INTERNAL: 500
}

/** ok → 200; the codes above; any other domain refusal (wrong password, bad search key …) → 422. */
export function statusForResult(result: Result<unknown>): number {
  if (result.ok) return 200
  return STATUS_BY_CODE[result.error.code] ?? 422
}
