// Both transports hand back whatever arrived from the other side. Main validates outputs against
// the contract before they leave, so here we only check the envelope's shape: anything else means
// we are not talking to our own host (a proxy error page, a crashed process) and must say so.
import type { AppError, Result } from '../../../shared/contract'
import { t } from '../i18n/zh-CN'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isAppError(value: unknown): value is AppError {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    (value.field === undefined || typeof value.field === 'string')
  )
}

export function isResultEnvelope(value: unknown): value is Result<unknown> {
  if (!isRecord(value)) return false
  if (value.ok === true) return 'value' in value
  if (value.ok === false) return isAppError(value.error)
  return false
}

export function failure(code: string, message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } }
}

export const hostUnreachable = (): { ok: false; error: AppError } =>
  failure('HOST_UNREACHABLE', t.transport.hostUnreachable)

export const tokenMissing = (): { ok: false; error: AppError } => failure('TOKEN_MISSING', t.transport.tokenMissing)
