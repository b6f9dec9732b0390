// Deny-by-default hardening for every web page the app creates: a CSP on every response, no new
// windows, no navigation away from the app, no <webview>, no browser permissions. Electron is
// taken as parameters (types only) so tests can drive these guards with plain objects.
import type { App, Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

export { CONTENT_SECURITY_POLICY }

export type UrlCheck = (url: string) => boolean

/** Response headers with any CSP the server sent replaced by ours. */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
  return result
}

/**
 * Hardens the app's session. Needs the app to be ready. Note: Chromium does not run file://
 * responses through webRequest, so in production the renderer's meta CSP is what applies; the
 * header covers the dev server and anything else fetched over http(s).
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) })
  })
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/**
 * A blob: URL the app's own page created (the PDF previews of printed documents): the blob's
 * origin is the app's — file:// for the built renderer, the dev server in development.
 */
export function isAppBlob(url: string, isAppUrl: UrlCheck): boolean {
  if (!url.startsWith('blob:')) return false
  let inner: URL
  try {
    inner = new URL(url.slice('blob:'.length))
  } catch {
    return false
  }
  if (inner.protocol === 'file:') return inner.host === ''
  return (inner.protocol === 'http:' || inner.protocol === 'https:') && isAppUrl(`${inner.origin}/`)
}

/** Guards one webContents: windows, navigation, redirects and <webview>. */
export function hardenWebContents(contents: WebContents, isAppUrl: UrlCheck): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const stayInApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', stayInApp)
  contents.on('will-frame-navigate', (event: { url: string; isMainFrame?: boolean; preventDefault(): void }) => {
    // A PDF the page made (a decision's preview) may fill one of its frames, never the window.
    if (event.isMainFrame === false && isAppBlob(event.url, isAppUrl)) return
    stayInApp(event)
  })
  contents.on('will-redirect', stayInApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * Applies the guards to every session and webContents the app ever creates, so a window or
 * partition added later cannot forget them. Call before 'ready'.
 */
export function guardEverything(app: App, isAppUrl: UrlCheck): void {
  app.on('session-created', (session) => hardenSession(session))
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl))
}
