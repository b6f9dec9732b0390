// The web host over real HTTP, in front of a REAL core on a temporary data folder (demo data, 50
// people). Requests are sent with node:http rather than fetch: fetch normalises `..` and `%2e%2e`
// away before sending and will not let a test choose the Host or Origin header.
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { createAppCore } from '../../src/main/core/app-core'
import type { AppCore } from '../../src/main/core/types'
import { fixedClock } from '../../src/main/platform/clock'
import { memoryLogger } from '../../src/main/core/logger'
import { MAX_REQUEST_BYTES } from '../../src/shared/contract/limits'
import { startWebHost } from '../../src/main/web/server'
import type { WebHost } from '../../src/main/web/server'
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/security-headers'
import { statusForResult } from '../../src/main/web/status'

const repoRoot = path.resolve(__dirname, '..', '..')
import { checkRequestPath } from '../../src/main/web/static-files'

interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json(): unknown
}

interface RawRequest {
  method?: string
  path: string
  headers?: Record<string, string | undefined>
  body?: string | Buffer
}

function rawRequest(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false
    const headers: Record<string, string> = { host: `127.0.0.1:${port}` }
    for (const [name, value] of Object.entries(req.headers ?? {})) {
      if (value === undefined) delete headers[name.toLowerCase()]
      else headers[name.toLowerCase()] = value
    }
    const request = http.request(
      { host: '127.0.0.1', port, method: req.method ?? 'GET', path: req.path, headers, setHost: false, agent: false },
      (res) => {
        answered = true
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown })
        })
        res.on('error', reject)
      }
    )
    // The host may answer (413) and close before an oversized body is fully sent; that is the
    // point, so a write error after the answer arrived is not a failure.
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    request.end(req.body)
  })
}

/** A stand-in for out/renderer: an index page, one hashed asset, and things that must not leak. */
function writeFakeRenderer(root: string): string {
  const rendererDir = path.join(root, 'renderer')
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>测试</title><div id="root"></div>')
  writeFileSync(path.join(rendererDir, 'assets', 'index-Ab12Cd34.js'), 'console.log("asset")\n')
  writeFileSync(path.join(rendererDir, 'assets', 'noto-sans-sc-400-Zx98Yw76.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  writeFileSync(path.join(rendererDir, 'robots.txt'), 'User-agent: *\n')
  writeFileSync(path.join(rendererDir, '.env'), 'SECRET=dotfile\n')
  writeFileSync(path.join(root, 'outside-secret.txt'), 'SECRET=outside\n')
  return rendererDir
}

const CHINESE = /[\u4e00-\u9fff]/
const DEMO_CLERK = { policeNo: '100001', password: 'demo-clerk-1' }

let tmp: string
let rendererDir: string
let core: AppCore
let host: WebHost
let db: Database.Database
let logger: ReturnType<typeof memoryLogger>
let port: number

const auditCount = (): number => db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number

function apiHeaders(tab: string, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    authorization: `Bearer ${host.token}`,
    'x-counterdesk-tab': tab,
    'content-type': 'application/json',
    ...extra
  }
}

function invoke(channel: string, input: unknown, tab: string, extra: Record<string, string | undefined> = {}): Promise<RawResponse> {
  return rawRequest(port, {
    method: 'POST',
    path: `/api/invoke/${encodeURIComponent(channel)}`,
    headers: apiHeaders(tab, extra),
    body: JSON.stringify(input)
  })
}

function errorOf(res: RawResponse): { code: string; message: string } {
  const body = res.json() as { ok: boolean; error: { code: string; message: string } }
  expect(body.ok).toBe(false)
  return body.error
}

function expectJsonApiHeaders(res: RawResponse): void {
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
  expect(res.headers['cache-control']).toBe('no-store')
}

function expectSecurityHeaders(res: RawResponse): void {
  expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  expect(res.headers['x-content-type-options']).toBe('nosniff')
  expect(res.headers['referrer-policy']).toBe('no-referrer')
  expect(res.headers['x-frame-options']).toBe('DENY')
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin')
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin')
  expect(res.headers['permissions-policy']).toMatch(/camera=\(\)/)
  expect(res.headers['permissions-policy']).toMatch(/microphone=\(\)/)
  expect(res.headers['permissions-policy']).toMatch(/geolocation=\(\)/)
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cd-web-host-'))
  rendererDir = writeFakeRenderer(tmp)
  symlinkSync(path.join(tmp, 'outside-secret.txt'), path.join(rendererDir, 'linked-secret.txt'))
  logger = memoryLogger()
  core = await createAppCore({ dataDir: path.join(tmp, 'data'), host: 'web', demo: true, demoPeople: 50, logger })
  host = await startWebHost({ core, rendererDir, port: 0, logger })
  port = host.port
  db = new Database(core.startup.databaseFile, { readonly: true })
})

afterAll(async () => {
  await host?.close()
  db?.close()
  core?.close()
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

describe('web host: listening', () => {
  it('listens on 127.0.0.1 only and prints an address with a fresh 32-byte token', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/)
    expect(host.origin).toBe(`http://127.0.0.1:${port}`)
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32)
    const other = await startWebHost({ core, rendererDir, port: 0, logger })
    try {
      expect(other.token).not.toBe(host.token)
    } finally {
      await other.close()
    }
    const reachable = (address: string): Promise<boolean> =>
      new Promise((resolve) => {
        const socket = net.connect({ host: address, port })
        socket.once('connect', () => (socket.destroy(), resolve(true)))
        socket.once('error', () => resolve(false))
      })
    expect(await reachable('127.0.0.1')).toBe(true)
    expect(await reachable('::1')).toBe(false)
    const lan = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a !== undefined && !a.internal && a.family === 'IPv4')
    if (lan) expect(await reachable(lan.address)).toBe(false)
  })

  it('refuses a token that is too weak to be a per-launch secret', async () => {
    await expect(startWebHost({ core, rendererDir, port: 0, token: 'short', logger })).rejects.toThrow(/token/)
  })
})

describe('web host: static files', () => {
  it('serves index.html at / with the security headers and no caching', async () => {
    const res = await rawRequest(port, { path: '/' })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.text).toContain('<div id="root">')
    expectSecurityHeaders(res)
  })

  it('sends the same CSP the renderer declares in its own <meta> tag (the one Electron file:// pages use)', () => {
    const html = readFileSync(path.join(repoRoot, 'src', 'renderer', 'index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(CONTENT_SECURITY_POLICY)
  })

  it('serves hashed assets with their MIME type as immutable', async () => {
    const js = await rawRequest(port, { path: '/assets/index-Ab12Cd34.js' })
    expect(js.status).toBe(200)
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expectSecurityHeaders(js)
    const font = await rawRequest(port, { path: '/assets/noto-sans-sc-400-Zx98Yw76.woff2?v=1' })
    expect(font.status).toBe(200)
    expect(font.headers['content-type']).toBe('font/woff2')
    const txt = await rawRequest(port, { path: '/robots.txt' })
    expect(txt.headers['cache-control']).toBe('no-cache')
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawRequest(port, { method: 'HEAD', path: '/' })
    expect(head.status).toBe(200)
    expect(head.text).toBe('')
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0)
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const res = await rawRequest(port, { method, path: '/index.html' })
      expect(res.status, method).toBe(405)
      expect(res.headers.allow).toBe('GET, HEAD')
      expectSecurityHeaders(res)
    }
  })

  it.each([
    '/../outside-secret.txt',
    '/%2e%2e/outside-secret.txt',
    '/%2E%2E/',
    '/%2e%2e/',
    '/assets/../../outside-secret.txt',
    '/assets/..%2f..%2foutside-secret.txt',
    '/assets%2f..%2f..%2foutside-secret.txt',
    '/..%5coutside-secret.txt',
    '/.env',
    '/%2eenv',
    '/assets/%00.js',
    '/%E0%A4%A'
  ])('refuses %s', async (target) => {
    const res = await rawRequest(port, { path: target })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(res.text).not.toContain('SECRET')
    expectSecurityHeaders(res)
  })

  it('does not follow a symlink out of the renderer folder, and 404s what is missing', async () => {
    const linked = await rawRequest(port, { path: '/linked-secret.txt' })
    expect(linked.status).toBe(404)
    expect(linked.text).not.toContain('SECRET')
    expect((await rawRequest(port, { path: '/nothing-here.js' })).status).toBe(404)
    expect((await rawRequest(port, { path: '/assets' })).status).toBe(404)
  })

  it('checks raw paths before any normalisation', () => {
    expect(checkRequestPath('/')).toEqual({ ok: true, segments: ['index.html'] })
    expect(checkRequestPath('/assets/a%20b.js?x=1')).toEqual({ ok: true, segments: ['assets', 'a b.js'] })
    expect(checkRequestPath('/a/%2e%2e/b').ok).toBe(false)
    expect(checkRequestPath('http://evil.example/').ok).toBe(false)
  })

  it('refuses a foreign Host for static files too', async () => {
    const res = await rawRequest(port, { path: '/', headers: { host: `rebind.example:${port}` } })
    expect(res.status).toBe(403)
    expect(res.text).not.toContain('<div id="root">')
  })
})

describe('web host: API refusals', () => {
  const tab = randomUUID()

  it('refuses a missing or wrong token with 401 and a Chinese message', async () => {
    const before = logger.lines.length
    for (const authorization of [undefined, `Bearer ${'x'.repeat(43)}`, `Bearer ${host.token}x`, `Basic ${host.token}`, host.token]) {
      const res = await invoke('app:info', {}, tab, { authorization })
      expect(res.status, String(authorization)).toBe(401)
      expectJsonApiHeaders(res)
      expectSecurityHeaders(res)
      const error = errorOf(res)
      expect(error.code).toBe('TOKEN_INVALID')
      expect(error.message).toMatch(CHINESE)
    }
    const logged = logger.lines.slice(before)
    expect(logged.filter((l) => l.code === 'TOKEN_INVALID')).toHaveLength(5)
    expect(JSON.stringify(logged)).not.toContain(host.token)
  })

  it('refuses a foreign Host (DNS rebinding) with 403 before looking at the token', async () => {
    for (const hostHeader of [`rebind.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `192.168.1.10:${port}`]) {
      const res = await invoke('app:info', {}, tab, { host: hostHeader })
      expect(res.status, hostHeader).toBe(403)
      expect(errorOf(res)).toMatchObject({ code: 'HOST_REJECTED', message: expect.stringMatching(CHINESE) })
    }
    const viaLocalhost = await invoke('app:info', {}, tab, { host: `localhost:${port}` })
    expect(viaLocalhost.status).toBe(200)
  })

  it('refuses a foreign Origin with 403 and accepts its own', async () => {
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `http://rebind.example:${port}`]) {
      const res = await invoke('app:info', {}, tab, { origin })
      expect(res.status, origin).toBe(403)
      expect(errorOf(res).code).toBe('ORIGIN_REJECTED')
    }
    expect((await invoke('app:info', {}, tab, { origin: host.origin })).status).toBe(200)
    expect((await invoke('app:info', {}, tab, { origin: `http://localhost:${port}` })).status).toBe(200)
  })

  it('refuses a missing or malformed tab id with 400', async () => {
    for (const value of [undefined, '', 'tab-a', '00000000-0000-0000-0000-00000000000', `${randomUUID()}x`]) {
      const res = await invoke('app:info', {}, value ?? '', { 'x-counterdesk-tab': value })
      expect(res.status, String(value)).toBe(400)
      expect(errorOf(res).code).toBe('TAB_ID_INVALID')
    }
  })

  it('refuses anything but application/json with 415', async () => {
    for (const contentType of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']) {
      const res = await invoke('app:info', {}, tab, { 'content-type': contentType })
      expect(res.status, String(contentType)).toBe(415)
      expect(errorOf(res).code).toBe('UNSUPPORTED_MEDIA_TYPE')
    }
    expect((await invoke('app:info', {}, tab, { 'content-type': 'application/json; charset=UTF-8' })).status).toBe(200)
  })

  it('refuses a 1 MB body with 413, declared or chunked, and keeps serving', async () => {
    const big = JSON.stringify({ policeNo: '100001', password: 'x'.repeat(1024 * 1024) })
    const declared = await rawRequest(port, { method: 'POST', path: '/api/invoke/session%3AsignIn', headers: apiHeaders(tab), body: big })
    expect(declared.status).toBe(413)
    expect(errorOf(declared)).toMatchObject({ code: 'REQUEST_TOO_LARGE', message: expect.stringMatching(CHINESE) })

    let answered = false
    const chunked = await new Promise<RawResponse>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/invoke/session%3AsignIn', headers: { ...apiHeaders(tab), host: `127.0.0.1:${port}` } },
        (res) => {
          answered = true
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown })
          })
        }
      )
      req.on('error', (error) => {
        if (!answered) reject(error)
      })
      const piece = 'x'.repeat(16 * 1024)
      let sent = 0
      const pump = (): void => {
        while (sent < 1024 * 1024) {
          sent += piece.length
          if (!req.write(piece)) return void req.once('drain', pump)
        }
        req.end()
      }
      pump()
    })
    expect(chunked.status).toBe(413)
    expect(errorOf(chunked).code).toBe('REQUEST_TOO_LARGE')

    const justUnder = await invoke('search:lookup', { query: 'x'.repeat(MAX_REQUEST_BYTES - 100) }, tab)
    expect(justUnder.status).not.toBe(413)
    expect((await invoke('app:info', {}, tab)).status).toBe(200)
  })

  it('refuses invalid JSON with 400', async () => {
    for (const body of ['{', '', 'undefined', "{'a':1}", Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d])]) {
      const res = await rawRequest(port, { method: 'POST', path: '/api/invoke/app%3Ainfo', headers: apiHeaders(tab), body })
      expect(res.status, String(body)).toBe(400)
      expect(errorOf(res)).toMatchObject({ code: 'INVALID_JSON', message: expect.stringMatching(CHINESE) })
    }
  })

  it('answers 404 for an unknown channel, and for paths under /api that are not invoke', async () => {
    for (const channel of ['nope:nothing', 'session:signin', '__proto__', 'constructor', '']) {
      const res = await invoke(channel, {}, tab)
      expect(res.status, channel).toBe(404)
      expectJsonApiHeaders(res)
      expect(errorOf(res)).toMatchObject({ code: 'UNKNOWN_CHANNEL', message: expect.stringMatching(CHINESE) })
    }
    const other = await rawRequest(port, { method: 'POST', path: '/api/other', headers: apiHeaders(tab), body: '{}' })
    expect(other.status).toBe(404)
    expect(errorOf(other).code).toBe('NOT_FOUND')
  })

  it('answers 405 for other methods on /api', async () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const res = await rawRequest(port, { method, path: '/api/invoke/app%3Ainfo', headers: apiHeaders(tab) })
      expect(res.status, method).toBe(405)
      expect(res.headers.allow).toBe('POST')
      if (method !== 'HEAD') expect(errorOf(res).code).toBe('METHOD_NOT_ALLOWED')
    }
  })

  it('refuses extra fields, wrong types and missing fields with 400 and writes nothing', async () => {
    const before = auditCount()
    const bad: unknown[] = [
      { ...DEMO_CLERK, role: 'admin' },
      { policeNo: 100001, password: 'demo-clerk-1' },
      { policeNo: '100001' },
      {},
      [],
      null,
      'session'
    ]
    for (const input of bad) {
      const res = await invoke('session:signIn', input, tab)
      expect(res.status, JSON.stringify(input)).toBe(400)
      expect(errorOf(res)).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(CHINESE) })
    }
    expect((await invoke('app:info', { extra: 1 }, tab)).status).toBe(400)
    expect(auditCount()).toBe(before)
  })

  it('logs one line per refusal with its code, never the body', async () => {
    const before = logger.lines.length
    await invoke('session:signIn', { policeNo: '100001', password: 'secret-password-in-body' }, tab, { authorization: 'Bearer nope' })
    await rawRequest(port, { method: 'POST', path: '/api/invoke/session%3AsignIn', headers: apiHeaders(tab), body: '{"password":"secret-password-in-body"' })
    const logged = logger.lines.slice(before)
    expect(logged.map((l) => l.code)).toEqual(['TOKEN_INVALID', 'INVALID_JSON'])
    expect(logged.every((l) => /^[A-Z][A-Z_]+$/.test(l.code))).toBe(true)
    expect(JSON.stringify(logged)).not.toContain('secret-password-in-body')
  })

  it('survives garbage on the socket and a client that hangs up mid-body', async () => {
    await new Promise<void>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => socket.end('\x00\x01 NOT HTTP AT ALL\r\n\r\n'))
      socket.on('data', () => undefined)
      socket.on('close', () => resolve())
      socket.on('error', () => resolve())
    })
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/invoke/app%3Ainfo',
        headers: { ...apiHeaders(tab), host: `127.0.0.1:${port}`, 'content-length': '1000' }
      })
      req.on('error', () => resolve())
      req.write('{"a":')
      setTimeout(() => (req.destroy(), resolve()), 50)
    })
    const res = await invoke('app:info', {}, tab)
    expect(res.status).toBe(200)
  })
})

describe('web host: a clerk over HTTP', () => {
  it('signs in, searches an ID number from the database, opens the person; tabs do not share sessions', async () => {
    const tabA = randomUUID()
    const tabB = randomUUID()
    const before = auditCount()

    const signIn = await invoke('session:signIn', DEMO_CLERK, tabA)
    expect(signIn.status).toBe(200)
    expectJsonApiHeaders(signIn)
    expectSecurityHeaders(signIn)
    expect(signIn.json()).toMatchObject({ ok: true, value: { operator: { policeNo: '100001', role: 'clerk' }, locked: false } })

    const current = await invoke('session:current', {}, tabA)
    expect(current.json()).toMatchObject({ ok: true, value: { operator: { policeNo: '100001' } } })

    const row = db.prepare("SELECT id, id_number FROM people WHERE id_type = 'A' ORDER BY id LIMIT 1").get() as { id: string; id_number: string }
    const search = await invoke('search:lookup', { query: row.id_number }, tabA)
    expect(search.status).toBe(200)
    const found = search.json() as { ok: true; value: { kind: string; people: { personId: string; idNumberMasked: string }[] } }
    expect(found.value.kind).toBe('idNumber')
    expect(found.value.people.map((p) => p.personId)).toEqual([row.id])
    expect(found.value.people[0]?.idNumberMasked).not.toBe(row.id_number)

    const open = await invoke('person:open', { personId: row.id }, tabA)
    expect(open.status).toBe(200)
    expect(open.json()).toMatchObject({ ok: true, value: { person: { id: row.id, idNumber: row.id_number } } })
    const viewed = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'person.view' AND subject_id = ?").pluck().get(row.id)
    expect(viewed).toBe(1)
    expect(auditCount()).toBeGreaterThan(before)

    // Tab B holds no session: the same calls are refused, and nothing about A shows through.
    expect((await invoke('session:current', {}, tabB)).json()).toEqual({ ok: true, value: null })
    const searchB = await invoke('search:lookup', { query: row.id_number }, tabB)
    expect(searchB.status).toBe(401)
    expect(errorOf(searchB)).toMatchObject({ code: 'SESSION_REQUIRED', message: expect.stringMatching(CHINESE) })
    const openB = await invoke('person:open', { personId: row.id }, tabB)
    expect(openB.status).toBe(401)
    expect(openB.text).not.toContain(row.id_number)

    // The tab id is case-insensitive (it is one UUID), and signing out in A ends only A.
    expect((await invoke('session:current', {}, tabA.toUpperCase())).json()).toMatchObject({ ok: true, value: { operator: { policeNo: '100001' } } })
    expect((await invoke('session:signIn', { policeNo: '100002', password: 'demo-clerk-2' }, tabB)).status).toBe(200)
    expect((await invoke('session:signOut', {}, tabA)).status).toBe(200)
    expect((await invoke('session:current', {}, tabA)).json()).toEqual({ ok: true, value: null })
    expect((await invoke('session:current', {}, tabB)).json()).toMatchObject({ ok: true, value: { operator: { policeNo: '100002' } } })
  })

  it('answers a domain refusal (wrong password) with 422 and the core message', async () => {
    const res = await invoke('session:signIn', { policeNo: '100002', password: 'wrong' }, randomUUID())
    expect(res.status).toBe(422)
    expect(errorOf(res)).toMatchObject({ code: 'AUTH_FAILED', message: expect.stringMatching(CHINESE) })
  })

  it('answers 401 SESSION_LOCKED once the core idle-locks the tab', async () => {
    const clock = fixedClock(new Date('2026-11-21T02:00:00Z'))
    const lockingDir = path.join(tmp, 'locking')
    mkdirSync(lockingDir)
    const lockingCore = await createAppCore({ dataDir: lockingDir, host: 'web', demo: true, demoPeople: 50, clock, logger, config: { idleLockSeconds: 30 } })
    const lockingHost = await startWebHost({ core: lockingCore, rendererDir, port: 0, logger })
    try {
      const tabId = randomUUID()
      const call = (channel: string, input: unknown): Promise<RawResponse> =>
        rawRequest(lockingHost.port, {
          method: 'POST',
          path: `/api/invoke/${encodeURIComponent(channel)}`,
          headers: { host: `127.0.0.1:${lockingHost.port}`, authorization: `Bearer ${lockingHost.token}`, 'x-counterdesk-tab': tabId, 'content-type': 'application/json' },
          body: JSON.stringify(input)
        })
      expect((await call('session:signIn', DEMO_CLERK)).status).toBe(200)
      clock.advance(31_000)
      const locked = await call('search:lookup', { query: '粤B12345' })
      expect(locked.status).toBe(401)
      expect(errorOf(locked).code).toBe('SESSION_LOCKED')
      // A token from another launch does not open this one.
      const foreign = await rawRequest(lockingHost.port, {
        method: 'POST',
        path: '/api/invoke/app%3Ainfo',
        headers: { host: `127.0.0.1:${lockingHost.port}`, authorization: `Bearer ${host.token}`, 'x-counterdesk-tab': tabId, 'content-type': 'application/json' },
        body: '{}'
      })
      expect(foreign.status).toBe(401)
    } finally {
      await lockingHost.close()
      lockingCore.close()
    }
  })

  it('maps every result to its status', () => {
    const err = (code: string) => ({ ok: false as const, error: { code, message: '…' } })
    expect(statusForResult({ ok: true, value: null })).toBe(200)
    expect(statusForResult(err('UNKNOWN_CHANNEL'))).toBe(404)
    expect(statusForResult(err('INVALID_INPUT'))).toBe(400)
    expect(statusForResult(err('SESSION_REQUIRED'))).toBe(401)
    expect(statusForResult(err('SESSION_LOCKED'))).toBe(401)
    expect(statusForResult(err('ROLE_NOT_ALLOWED'))).toBe(403)
    expect(statusForResult(err('INTERNAL'))).toBe(500)
    expect(statusForResult(err('AUTH_LOCKED'))).toBe(422)
    expect(statusForResult(err('SEARCH_KEY_UNRECOGNISED'))).toBe(422)
  })
})
