// Transport for the web host: the program prints an address with a one-time #token=…; we move the
// token into sessionStorage (per tab, gone when the tab closes) and strip it from the address bar
// so it is not left in history, bookmarks or screenshots.
import type { Result } from '../../../shared/contract'
import { hostUnreachable, isResultEnvelope, tokenMissing } from './envelope'

const TOKEN_KEY = 'counterdesk.token'
const TAB_KEY = 'counterdesk.tab'

function storageGet(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key)
  } catch {
    return null // storage disabled by policy: behave as if nothing was stored
  }
}

function storageSet(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value)
  } catch {
    // Without storage the token only lives until reload; the request still works this time.
  }
}

/** randomUUID needs a secure context; a LAN address over http is not one, so fall back. */
function newTabId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

let memoryToken: string | null = null
let memoryTab: string | null = null

/** Reads #token=… once and removes it from the address bar. Safe to call repeatedly. */
export function adoptTokenFromLocation(): void {
  const hash = window.location.hash.replace(/^#/, '')
  if (hash === '') return
  const token = new URLSearchParams(hash).get('token')
  if (token === null || token === '') return
  memoryToken = token
  storageSet(TOKEN_KEY, token)
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
}

function currentToken(): string | null {
  return storageGet(TOKEN_KEY) ?? memoryToken
}

function currentTabId(): string {
  const stored = storageGet(TAB_KEY) ?? memoryTab
  if (stored !== null) return stored
  const created = newTabId()
  memoryTab = created
  storageSet(TAB_KEY, created)
  return created
}

export async function invokeOverHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  adoptTokenFromLocation()
  const token = currentToken()
  if (token === null) return tokenMissing()
  try {
    const response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'X-Counterdesk-Tab': currentTabId()
      },
      body: JSON.stringify(input),
      cache: 'no-store',
      credentials: 'omit'
    })
    // The host answers with an envelope whatever the HTTP status, so the status is not consulted.
    const body: unknown = await response.json()
    return isResultEnvelope(body) ? body : hostUnreachable()
  } catch {
    return hostUnreachable()
  }
}
