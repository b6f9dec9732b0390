// The envelope every channel answers with, in both hosts (Electron IPC and the web host).
// Errors carry a stable English code for logs and tests and a Chinese message for the clerk.
import { z } from 'zod'

export interface AppError {
  code: string
  message: string
  /** Which input field was wrong, when the error is about one field. */
  field?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const appErrorSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional()
  })
  .strict()

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: string, message: string, field?: string): Result<never> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } }
}

/**
 * Thrown inside the core when an action must stop with a clerk-facing reason.
 * The dispatcher turns it into `{ ok: false, error }`; anything else thrown becomes INTERNAL.
 */
export class DomainError extends Error {
  readonly code: string
  readonly field: string | undefined

  constructor(code: string, message: string, field?: string) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    this.field = field
  }

  toAppError(): AppError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}
