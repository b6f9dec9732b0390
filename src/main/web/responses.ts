// Writing answers. API answers are always a `Result` envelope in JSON, never cached; static
// refusals are a short Chinese text. Security headers are set before anything else.
import type { ServerResponse } from 'node:http'
import type { AppError } from '../../shared/contract/result'
import { applySecurityHeaders } from './security-headers'

export function sendEnvelope(
  res: ServerResponse,
  status: number,
  body: { ok: true; value: unknown } | { ok: false; error: AppError },
  extraHeaders: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  applySecurityHeaders(res)
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Length', Buffer.byteLength(text, 'utf8'))
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value)
  res.end(text)
}

export function sendRefusal(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extraHeaders: Record<string, string> = {}
): void {
  sendEnvelope(res, status, { ok: false, error: { code, message } }, extraHeaders)
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  options: { head?: boolean; headers?: Record<string, string> } = {}
): void {
  applySecurityHeaders(res)
  res.statusCode = status
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Length', Buffer.byteLength(text, 'utf8'))
  for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value)
  res.end(options.head === true ? undefined : text)
}
