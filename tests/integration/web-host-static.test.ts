// The web host serving the built renderer: loopback only, safe paths, security headers.
import net from 'node:net'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import { describe, expect, it } from 'vitest'
import { startWebHost } from '../../src/main/web/server'
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/security-headers'
import { checkRequestPath } from '../../src/main/web/static-files'
import { repoRoot, rawRequest, rendererDir, core, host, logger, port, expectSecurityHeaders, useWebHost } from './web-host-harness'

useWebHost()

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
