// The web transport under plain Node: window, sessionStorage and fetch are stubbed, so these
// tests pin the exact request the web host expects and the fallbacks the clerk sees.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

interface FakeWindow {
  location: { hash: string; pathname: string; search: string }
  history: { state: null; replaceState: (state: unknown, unused: string, url: string) => void }
  sessionStorage: { getItem: (k: string) => string | null; setItem: (k: string, v: string) => void }
}

function fakeWindow(hash: string): FakeWindow {
  const store = new Map<string, string>()
  const win: FakeWindow = {
    location: { hash, pathname: '/', search: '' },
    history: {
      state: null,
      replaceState: (_state, _unused, url) => {
        win.location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : ''
      }
    },
    sessionStorage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) }
  }
  return win
}

async function load(): Promise<typeof import('./web-transport')> {
  vi.resetModules()
  return import('./web-transport')
}

describe('invokeOverHttp', () => {
  let win: FakeWindow
  beforeEach(() => {
    win = fakeWindow('#token=abc_DEF-123')
    vi.stubGlobal('window', win)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('moves the token from the address bar to sessionStorage and sends it', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { x: 1 } }), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const { invokeOverHttp } = await load()
    const answer = await invokeOverHttp('search:lookup', { query: '粤B12345' })

    expect(answer).toEqual({ ok: true, value: { x: 1 } })
    expect(win.location.hash).toBe('')
    expect(win.sessionStorage.getItem('counterdesk.token')).toBe('abc_DEF-123')
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/invoke/search%3Alookup')
    expect(init.method).toBe('POST')
    expect(init.body).toBe(JSON.stringify({ query: '粤B12345' }))
    const headers = init.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer abc_DEF-123')
    expect(headers['Content-Type']).toBe('application/json')
    expect(headers['X-Counterdesk-Tab']).toMatch(/^[0-9a-f-]{36}$/)
    expect(win.sessionStorage.getItem('counterdesk.tab')).toBe(headers['X-Counterdesk-Tab'])
  })

  it('passes an error envelope through whatever the HTTP status', async () => {
    const body = { ok: false, error: { code: 'SESSION_LOCKED', message: '屏幕已锁定，请输入密码解锁。' } }
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status: 401 }))
    const { invokeOverHttp } = await load()
    expect(await invokeOverHttp('session:keepAlive', {})).toEqual(body)
  })

  it('reports HOST_UNREACHABLE for a network failure or a body that is not an envelope', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>502</html>', { status: 502 }))
    let transport = await load()
    expect(await transport.invokeOverHttp('app:info', {})).toMatchObject({ ok: false, error: { code: 'HOST_UNREACHABLE' } })

    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')))
    transport = await load()
    expect(await transport.invokeOverHttp('app:info', {})).toMatchObject({ ok: false, error: { code: 'HOST_UNREACHABLE' } })
  })

  it('reports TOKEN_MISSING without calling the host when there is no token', async () => {
    vi.stubGlobal('window', fakeWindow(''))
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const { invokeOverHttp } = await load()
    const answer = await invokeOverHttp('app:info', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'TOKEN_MISSING' } })
    expect(answer.ok ? '' : answer.error.message).toContain('#token=')
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
