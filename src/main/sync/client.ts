// HTTP client of central's sync protocol. Every answer is parsed with the protocol's schemas: a
// body cut short, a page whose count does not match or any unexpected shape is a SyncError with
// a code, never a partial apply. Errors say whether trying again later can help (transient).
import type { z } from 'zod'
import {
  accountLookupResponseSchema,
  smsSendResponseSchema,
  smsVerifyResponseSchema,
  type AccountLookupRequest,
  type AccountLookupResponse,
  type SmsSendResponse,
  type SmsVerifyResponse
} from './services-protocol'
import type { SmsPurpose } from '../commands/clerk'
import { evidenceResponseSchema, type EvidenceResponse } from './evidence-protocol'
import {
  CLIENT_TIME_HEADER,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  bootstrapPageSchema,
  bootstrapStartSchema,
  enrolResponseSchema,
  protocolErrorSchema,
  pullResponseSchema,
  pushResponseSchema,
  type BootstrapPage,
  type BootstrapStart,
  type Cursor,
  type EnrolRequest,
  type EnrolResponse,
  type PullResponse,
  type PushResponse,
  type WireCommand
} from './protocol'

export class SyncError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly transient: boolean,
    /** Technical detail for the log (socket errors and the like), never shown to the clerk. */
    readonly detail?: string
  ) {
    super(message)
    this.name = 'SyncError'
  }
}

export interface SyncClientOptions {
  baseUrl: string
  credentials?: { workstationId: string; secret: string }
  /** The workstation's clock, sent with each request so central can measure skew. */
  now: () => Date
  timeoutMs?: number
  /** Tests of an older workstation override it. */
  protocolVersion?: number
}

export interface Timed<T> {
  value: T
  /** Central's time minus ours, at the midpoint of the exchange. */
  skewMs: number
}

export class SyncClient {
  constructor(private readonly options: SyncClientOptions) {}

  private headers(json: boolean): Record<string, string> {
    const h: Record<string, string> = {
      [PROTOCOL_HEADER]: String(this.options.protocolVersion ?? PROTOCOL_VERSION),
      [CLIENT_TIME_HEADER]: this.options.now().toISOString()
    }
    if (json) h['content-type'] = 'application/json'
    const c = this.options.credentials
    if (c) h.authorization = `Workstation ${c.workstationId}:${c.secret}`
    return h
  }

  private async request<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<Timed<T>> {
    const sentAt = this.options.now().getTime()
    let response: Response
    let text: string
    try {
      response = await fetch(this.options.baseUrl + path, {
        method,
        headers: this.headers(body !== undefined),
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000)
      })
      text = await response.text()
    } catch (error) {
      const detail = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
      throw new SyncError('NETWORK', '无法连接中心，稍后自动重试', true, detail)
    }
    const receivedAt = this.options.now().getTime()
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new SyncError('RESPONSE_MALFORMED', `中心的应答不完整（HTTP ${response.status}，${text.length}字节），稍后自动重试`, true)
    }
    if (!response.ok) {
      const parsed = protocolErrorSchema.safeParse(json)
      if (parsed.success) throw new SyncError(parsed.data.error.code, parsed.data.error.message, parsed.data.error.transient)
      // 408 and 429 (from a proxy on the way) mean "later", like any 5xx.
      const transient = response.status >= 500 || response.status === 408 || response.status === 429
      throw new SyncError('HTTP_' + response.status, `中心返回错误（HTTP ${response.status}）`, transient)
    }
    const parsed = schema.safeParse(json)
    if (!parsed.success) throw new SyncError('RESPONSE_MALFORMED', '中心的应答格式不符合同步协议，稍后自动重试', true)
    const serverTime = Date.parse((json as { serverTime?: string }).serverTime ?? '')
    const skewMs = Number.isFinite(serverTime) ? Math.round(serverTime - (sentAt + receivedAt) / 2) : 0
    return { value: parsed.data, skewMs }
  }

  enrol(request: EnrolRequest): Promise<Timed<EnrolResponse>> {
    return this.request('POST', '/sync/v1/enrol', enrolResponseSchema, request)
  }

  push(commands: WireCommand[]): Promise<Timed<PushResponse>> {
    return this.request('POST', '/sync/v1/push', pushResponseSchema, { commands })
  }

  pull(epoch: string, from: Cursor, limit: number): Promise<Timed<PullResponse>> {
    const q = new URLSearchParams({ epoch, x: from.x, s: String(from.s), limit: String(limit) })
    return this.request('GET', `/sync/v1/pull?${q.toString()}`, pullResponseSchema)
  }

  lookupAccounts(request: AccountLookupRequest): Promise<Timed<AccountLookupResponse>> {
    return this.request('POST', '/sync/v1/accounts/lookup', accountLookupResponseSchema, request)
  }

  sendSmsCode(phone: string, purpose: SmsPurpose): Promise<Timed<SmsSendResponse>> {
    return this.request('POST', '/sync/v1/sms/send', smsSendResponseSchema, { phone, purpose })
  }

  verifySmsCode(challengeId: string, code: string): Promise<Timed<SmsVerifyResponse>> {
    return this.request('POST', '/sync/v1/sms/verify', smsVerifyResponseSchema, { challengeId, code })
  }

  /** A camera record's evidence photos (sync-protocol.md §10). */
  fetchEvidence(violationId: string): Promise<Timed<EvidenceResponse>> {
    return this.request('GET', `/sync/v1/evidence/${encodeURIComponent(violationId)}`, evidenceResponseSchema)
  }

  bootstrapStart(): Promise<Timed<BootstrapStart>> {
    return this.request('GET', '/sync/v1/bootstrap', bootstrapStartSchema)
  }

  bootstrapPage(table: string, after: string, limit: number): Promise<Timed<BootstrapPage>> {
    const q = new URLSearchParams({ after, limit: String(limit) })
    return this.request('GET', `/sync/v1/bootstrap/${encodeURIComponent(table)}?${q.toString()}`, bootstrapPageSchema)
  }

  /**
   * The live channel: calls onEvent('hello') when connected (the caller catches up on what it
   * missed while disconnected) and onEvent('change') at every change on central. Resolves when
   * the stream ends or fails; aborting the signal closes it.
   */
  async live(signal: AbortSignal, onEvent: (event: 'hello' | 'change') => void): Promise<void> {
    let response: Response
    try {
      response = await fetch(this.options.baseUrl + '/sync/v1/live', { headers: this.headers(false), signal })
    } catch {
      return
    }
    if (!response.ok || response.body === null) {
      await response.body?.cancel().catch(() => undefined)
      return
    }
    const reader = response.body.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        buffer += decoder.decode(value, { stream: true })
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const name = /^event: (\w+)$/m.exec(event)?.[1]
          if (name === 'hello' || name === 'change') onEvent(name)
        }
      }
    } catch {
      return
    } finally {
      reader.cancel().catch(() => undefined)
    }
  }
}
