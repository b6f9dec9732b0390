// The web host's API: every refusal a 4xx with a Chinese message and nothing written; then a
// clerk's whole path over HTTP.
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createAppCore } from '../../src/main/core/app-core'
import { fixedClock } from '../../src/main/platform/clock'
import { MAX_REQUEST_BYTES } from '../../src/shared/contract/limits'
import { startWebHost } from '../../src/main/web/server'
import { statusForResult } from '../../src/main/web/status'
import { rawRequest, CHINESE, DEMO_CLERK, tmp, rendererDir, host, db, logger, port, auditCount, apiHeaders, invoke, errorOf, expectJsonApiHeaders, expectSecurityHeaders, useWebHost } from './web-host-harness'
import type { RawResponse } from './web-host-harness'

useWebHost()

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
