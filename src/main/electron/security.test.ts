import type { App, Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  guardEverything,
  hardenSession,
  hardenWebContents,
  withContentSecurityPolicy
} from './security'

type Listener = (...args: never[]) => unknown

/** Keeps what the guards register, so the test can fire events at them. */
class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler
  }

  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args)
  }
}

function navigation(url: string): { url: string; prevented: boolean; preventDefault(): void } {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true
    }
  }
}

const isAppUrl = (url: string) => url.startsWith('file:///app/out/renderer/')

describe('withContentSecurityPolicy', () => {
  it("replaces any server CSP with the app's policy and keeps other headers", () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *"],
      'Content-Type': ['text/html']
    })
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })

  it('is the strict policy the renderer declares', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })
})

describe('hardenWebContents', () => {
  const contents = new FakeEmitter()
  hardenWebContents(contents as unknown as WebContents, isAppUrl)

  it('denies every new window', () => {
    expect(contents.windowOpenHandler?.({ url: 'file:///app/out/renderer/index.html' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('keeps navigation and redirects inside the app', () => {
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navigation('https://example.com/')
      contents.fire(event, away)
      expect(away.prevented, event).toBe(true)

      const inside = navigation('file:///app/out/renderer/index.html#/search')
      contents.fire(event, inside)
      expect(inside.prevented, event).toBe(false)
    }
  })

  it('lets a frame of the page show a PDF the page made (blob:), but never the window itself', () => {
    const blob = 'blob:file:///0c9d6a5e-1b7f-4f4e-9a51-6f0c2d1e5b3a'
    const frame = { ...navigation(blob), isMainFrame: false }
    contents.fire('will-frame-navigate', frame)
    expect(frame.prevented).toBe(false)
    const window = { ...navigation(blob), isMainFrame: true }
    contents.fire('will-frame-navigate', window)
    expect(window.prevented).toBe(true)
    const foreign = { ...navigation('blob:https://example.com/0c9d6a5e-1b7f-4f4e-9a51-6f0c2d1e5b3a'), isMainFrame: false }
    contents.fire('will-frame-navigate', foreign)
    expect(foreign.prevented).toBe(true)
  })

  it('refuses <webview>', () => {
    const attach = navigation('')
    contents.fire('will-attach-webview', attach, {}, {})
    expect(attach.prevented).toBe(true)
  })
})

function fakeSession() {
  const installed: string[] = []
  return {
    installed,
    session: {
      webRequest: { onHeadersReceived: () => installed.push('csp') },
      setPermissionRequestHandler: () => installed.push('permission-request'),
      setPermissionCheckHandler: () => installed.push('permission-check'),
      setDevicePermissionHandler: () => installed.push('device-permission')
    }
  }
}

describe('guardEverything', () => {
  it('hardens every session and webContents the app creates', () => {
    const app = new FakeEmitter()
    guardEverything(app as unknown as App, isAppUrl)

    const { installed, session } = fakeSession()
    app.fire('session-created', session)
    expect(installed).toEqual(['csp', 'permission-request', 'permission-check', 'device-permission'])

    const contents = new FakeEmitter()
    app.fire('web-contents-created', {}, contents)
    expect(contents.windowOpenHandler).toBeDefined()
    expect([...contents.listeners.keys()].sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort()
    )
  })
})

describe('hardenSession', () => {
  it('sets the CSP header and denies every permission', () => {
    let onHeaders: ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined
    let onRequest: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined
    let onCheck: (() => boolean) | undefined
    let onDevice: (() => boolean) | undefined
    const session = {
      webRequest: { onHeadersReceived: (listener: typeof onHeaders) => (onHeaders = listener) },
      setPermissionRequestHandler: (handler: typeof onRequest) => (onRequest = handler),
      setPermissionCheckHandler: (handler: typeof onCheck) => (onCheck = handler),
      setDevicePermissionHandler: (handler: typeof onDevice) => (onDevice = handler)
    }
    hardenSession(session as unknown as Session)

    let answered: unknown
    onHeaders?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => (answered = response))
    expect(answered).toEqual({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })

    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      let granted: boolean | undefined
      onRequest?.({}, permission, (value) => (granted = value))
      expect(granted, permission).toBe(false)
    }
    expect(onCheck?.()).toBe(false)
    expect(onDevice?.()).toBe(false)
  })
})
