// Shared by the web-host test files: one REAL core (temporary data folder, demo data, 50 people)
// behind a real web host, and raw HTTP helpers. Requests are sent with node:http rather than fetch:
// fetch normalises `..` and `%2e%2e` away before sending and will not let a test choose the Host
// or Origin header.
import http from 'node:http'
import os from 'node:os'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import Database from 'better-sqlite3'
import { createAppCore } from '../../src/main/core/app-core'
import type { AppCore } from '../../src/main/core/types'
import { memoryLogger } from '../../src/main/core/logger'
import { startWebHost } from '../../src/main/web/server'
import type { WebHost } from '../../src/main/web/server'
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/security-headers'

export const repoRoot = path.resolve(__dirname, '..', '..')

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json(): unknown
}

export interface RawRequest {
  method?: string
  path: string
  headers?: Record<string, string | undefined>
  body?: string | Buffer
}

export function rawRequest(port: number, req: RawRequest): Promise<RawResponse> {
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
export function writeFakeRenderer(root: string): string {
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

export const CHINESE = /[\u4e00-\u9fff]/
export const DEMO_CLERK = { policeNo: '100001', password: 'demo-clerk-1' }

export let tmp: string
export let rendererDir: string
export let core: AppCore
export let host: WebHost
export let db: Database.Database
export let logger: ReturnType<typeof memoryLogger>
export let port: number

export const auditCount = (): number => db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number

export function apiHeaders(tab: string, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    authorization: `Bearer ${host.token}`,
    'x-counterdesk-tab': tab,
    'content-type': 'application/json',
    ...extra
  }
}

export function invoke(channel: string, input: unknown, tab: string, extra: Record<string, string | undefined> = {}): Promise<RawResponse> {
  return rawRequest(port, {
    method: 'POST',
    path: `/api/invoke/${encodeURIComponent(channel)}`,
    headers: apiHeaders(tab, extra),
    body: JSON.stringify(input)
  })
}

export function errorOf(res: RawResponse): { code: string; message: string } {
  const body = res.json() as { ok: boolean; error: { code: string; message: string } }
  expect(body.ok).toBe(false)
  return body.error
}

export function expectJsonApiHeaders(res: RawResponse): void {
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
  expect(res.headers['cache-control']).toBe('no-store')
}

export function expectSecurityHeaders(res: RawResponse): void {
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

/** Starts one real core and web host for the calling test file, and tears them down after. */
export function useWebHost(): void {
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
}
