// Checks on who is asking, before any body is read: the Host header (DNS-rebinding defence),
// the Origin (another web page calling us from the clerk's own browser), the token, the tab id.
import type { IncomingHttpHeaders } from 'node:http'
import { bearerToken, tokensEqual } from './token'

export const LOOPBACK_ADDRESS = '127.0.0.1'

/** The names a page of ours can be reached under. Never a LAN address: we only listen on loopback. */
export function ownHosts(port: number): string[] {
  return [`${LOOPBACK_ADDRESS}:${port}`, `localhost:${port}`]
}

export function ownOrigins(port: number): string[] {
  return ownHosts(port).map((host) => `http://${host}`)
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  if (host === undefined) return false
  return ownHosts(port).includes(host.trim().toLowerCase())
}

/** An absent Origin is fine (it is the token that authenticates); a present one must be ours. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return ownOrigins(port).includes(origin.trim().toLowerCase())
}

export function tokenAccepted(authorization: string | undefined, expected: string): boolean {
  const presented = bearerToken(authorization)
  // Compare even when the header is missing, so every refusal costs the same.
  return tokensEqual(presented ?? '', expected) && presented !== null
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `tab:<uuid>` from X-Counterdesk-Tab, or null when it is missing or not a UUID. */
export function sessionKeyFromTab(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null
  const value = header.trim()
  return UUID.test(value) ? `tab:${value.toLowerCase()}` : null
}

/** Only `application/json`, optionally with `charset=utf-8`. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false
  const [mediaType, ...params] = header.split(';').map((part) => part.trim().toLowerCase())
  if (mediaType !== 'application/json') return false
  return params.every((param) => !param.startsWith('charset=') || /^charset="?utf-8"?$/.test(param))
}

/** Node folds repeated headers; for the ones we check, more than one value is a refusal. */
export function single(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return typeof value === 'string' ? value : undefined
}
