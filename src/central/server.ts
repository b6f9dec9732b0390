// Central's HTTP face (sync-protocol.md): JSON over HTTP/1.1 with a protocol-version header on
// every sync request, workstation credentials in Authorization, and Server-Sent Events for the
// live channel. Whole-request errors are {error:{code,message,transient}} with a status that
// tells retryable (5xx) from permanent (4xx) apart.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import {
  CLIENT_TIME_HEADER,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  SYNC_ERRORS,
  cursorSchema,
  enrolRequestSchema,
  pushRequestSchema,
  type SyncErrorCode
} from '../main/sync/protocol'
import type { Central } from './central'
import { CentralRefusal } from './central'
import { isTransientDbError } from './db'
import { CursorUnknownError } from './pull'
import { SmsChallengeUnknown, SmsRateLimited } from './sms'
import { accountLookupRequestSchema, smsSendRequestSchema, smsVerifyRequestSchema } from '../main/sync/services-protocol'
import type { Workstation } from './push'

const MAX_BODY = 16 * 1024 * 1024
const HEARTBEAT_MS = 15_000

export interface CentralServerOptions {
  central: Central
  host?: string
  port?: number
  /** Bearer token for /admin routes (issuing enrolment codes); none disables them. */
  adminToken?: string | null
  log?: (line: string) => void
}

export interface CentralServer {
  url: string
  port: number
  close(): Promise<void>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: SyncErrorCode,
    message?: string
  ) {
    super(message ?? SYNC_ERRORS[code])
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' })
  res.end(text)
}

function sendError(res: http.ServerResponse, status: number, code: SyncErrorCode, message: string): void {
  send(res, status, { error: { code, message, transient: status >= 500 } })
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new HttpError(413, 'BAD_REQUEST', '同步请求过大')
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', '同步请求不是完整的 JSON')
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new HttpError(400, 'BAD_REQUEST', `同步请求格式错误：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim())
  }
  return parsed.data
}

/** Server time minus the workstation's clock when it sent the request, or null if not given. */
function measuredSkew(req: http.IncomingMessage, now: number): number | null {
  const header = req.headers[CLIENT_TIME_HEADER]
  if (typeof header !== 'string') return null
  const sent = Date.parse(header)
  return Number.isFinite(sent) ? now - sent : null
}

export function startCentralServer(options: CentralServerOptions): Promise<CentralServer> {
  const { central } = options
  const log = options.log ?? ((): void => undefined)
  const streams = new Set<http.ServerResponse>()

  async function authenticate(req: http.IncomingMessage): Promise<Workstation> {
    const match = /^Workstation ([0-9a-f-]{36}):([A-Za-z0-9_-]{16,128})$/.exec(req.headers.authorization ?? '')
    const ws = match ? await central.authenticate(match[1]!, match[2]!) : null
    if (ws === null) throw new HttpError(401, 'UNAUTHORIZED')
    return ws
  }

  function requireAdmin(req: http.IncomingMessage): void {
    const token = options.adminToken
    const presented = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
    const ok = typeof token === 'string' && token.length > 0 && presented.length === token.length && timingSafeEqual(Buffer.from(presented), Buffer.from(token))
    if (!ok) throw new HttpError(401, 'UNAUTHORIZED', '管理凭据无效')
  }

  function live(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' })
    res.write(`event: hello\ndata: ${JSON.stringify({ serverTime: central.serverTime() })}\n\n`)
    streams.add(res)
    const off = central.onChange(() => res.write(`event: change\ndata: {}\n\n`))
    const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS)
    const end = (): void => {
      off()
      clearInterval(beat)
      streams.delete(res)
    }
    req.on('close', end)
    res.on('close', end)
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://central')
    const path = url.pathname
    if (path === '/health') return send(res, 200, { ok: true, protocol: PROTOCOL_VERSION, serverTime: central.serverTime() })
    if (path === '/admin/v1/enrolment-codes' && req.method === 'POST') {
      requireAdmin(req)
      const body = parse(z.strictObject({ kind: z.enum(['window', 'app', 'intake']), workstationId: z.uuid().optional() }), await readJson(req))
      return send(res, 200, { code: await central.issueEnrolmentCode(body.kind, body.workstationId) })
    }
    if (path === '/admin/v1/sms-log' && req.method === 'GET') {
      requireAdmin(req)
      const phone = url.searchParams.get('phone') ?? undefined
      const messages = central.smsLog(phone)
      if (messages === null) throw new HttpError(404, 'BAD_REQUEST', '短信网关不是参考网关，没有发送记录可查')
      return send(res, 200, { messages })
    }
    if (!path.startsWith('/sync/v1/')) throw new HttpError(404, 'BAD_REQUEST', '没有该接口')
    // Version check before anything else: an older workstation applies nothing.
    const version = req.headers[PROTOCOL_HEADER]
    if (version !== String(PROTOCOL_VERSION)) {
      throw new HttpError(426, 'PROTOCOL_VERSION', `${SYNC_ERRORS.PROTOCOL_VERSION}（本终端协议版本 ${typeof version === 'string' ? version : '未知'}，中心要求 ${PROTOCOL_VERSION}）`)
    }
    if (path === '/sync/v1/enrol' && req.method === 'POST') {
      return send(res, 200, await central.enrol(parse(enrolRequestSchema, await readJson(req))))
    }
    const ws = await authenticate(req)
    if (path === '/sync/v1/push' && req.method === 'POST') {
      const skew = measuredSkew(req, Date.now())
      const body = parse(pushRequestSchema, await readJson(req))
      return send(res, 200, await central.push(ws, body.commands, skew))
    }
    if (path === '/sync/v1/pull' && req.method === 'GET') {
      const from = parse(cursorSchema, { x: url.searchParams.get('x') ?? '', s: Number(url.searchParams.get('s')) })
      const limit = Number(url.searchParams.get('limit') ?? '1000')
      return send(res, 200, await central.pull(ws, url.searchParams.get('epoch') ?? '', from, Number.isSafeInteger(limit) ? limit : 1000))
    }
    if (path === '/sync/v1/bootstrap' && req.method === 'GET') return send(res, 200, await central.bootstrapStart())
    const table = /^\/sync\/v1\/bootstrap\/([a-z_]+)$/.exec(path)?.[1]
    if (table !== undefined && req.method === 'GET') {
      const page = await central.bootstrapPage(table, url.searchParams.get('after') ?? '', Number(url.searchParams.get('limit') ?? '5000'))
      if (page === null) throw new HttpError(404, 'BAD_REQUEST', `没有同步表${table}`)
      return send(res, 200, page)
    }
    if (path === '/sync/v1/live' && req.method === 'GET') return live(req, res)
    if (path.startsWith('/sync/v1/accounts/') || path.startsWith('/sync/v1/sms/')) return services(req, res, path, ws)
    const evidenceOf = /^\/sync\/v1\/evidence\/([A-Za-z0-9_-]{1,64})$/.exec(path)?.[1]
    if (evidenceOf !== undefined && req.method === 'GET') {
      if (ws.kind !== 'window') throw new HttpError(403, 'BAD_REQUEST', '只有窗口工作站可以调取证据照片')
      const evidence = await central.evidence(evidenceOf)
      if (evidence === null) throw new HttpError(404, 'BAD_REQUEST', '中心没有该违法记录')
      return send(res, 200, evidence)
    }
    throw new HttpError(404, 'BAD_REQUEST', '没有该接口')
  }

  /** The counter workflows' direct services (sync-protocol.md §10): service windows only. */
  async function services(req: http.IncomingMessage, res: http.ServerResponse, path: string, ws: Workstation): Promise<void> {
    if (ws.kind !== 'window') throw new HttpError(403, 'BAD_REQUEST', '只有窗口工作站可以使用该接口')
    if (req.method !== 'POST') throw new HttpError(404, 'BAD_REQUEST', '没有该接口')
    if (path === '/sync/v1/accounts/lookup') return send(res, 200, await central.lookupAccounts(parse(accountLookupRequestSchema, await readJson(req))))
    try {
      if (path === '/sync/v1/sms/send') {
        const body = parse(smsSendRequestSchema, await readJson(req))
        return send(res, 200, await central.sendSmsCode(ws, body.phone, body.purpose))
      }
      if (path === '/sync/v1/sms/verify') {
        const body = parse(smsVerifyRequestSchema, await readJson(req))
        return send(res, 200, await central.verifySmsCode(ws, body.challengeId, body.code))
      }
    } catch (error) {
      if (error instanceof SmsRateLimited) throw new HttpError(429, 'SMS_RATE_LIMITED')
      if (error instanceof SmsChallengeUnknown) throw new HttpError(404, 'SMS_CHALLENGE_UNKNOWN')
      throw error
    }
    throw new HttpError(404, 'BAD_REQUEST', '没有该接口')
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy()
      if (error instanceof HttpError) return sendError(res, error.status, error.code, error.message)
      if (error instanceof CentralRefusal) return sendError(res, error.code === 'UNAUTHORIZED' ? 401 : 403, error.code, error.message)
      if (error instanceof CursorUnknownError) return sendError(res, 410, 'CURSOR_UNKNOWN', SYNC_ERRORS.CURSOR_UNKNOWN)
      const message = error instanceof Error ? error.message : String(error)
      log(`central error on ${req.method ?? '?'} ${req.url ?? '?'}: ${message}`)
      if (isTransientDbError(error)) return sendError(res, 503, 'BUSY', SYNC_ERRORS.BUSY)
      return sendError(res, 500, 'INTERNAL', SYNC_ERRORS.INTERNAL)
    })
  })
  server.keepAliveTimeout = 5_000
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port
      resolve({
        url: `http://${options.host ?? '127.0.0.1'}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of streams) s.destroy()
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })
}
