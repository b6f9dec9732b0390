// A fault-injecting HTTP proxy for loopback tests of the sync protocol. It stands between a
// workstation's sync client and central (both on 127.0.0.1) and decides, request by request,
// whether to pass, delay, lose, truncate, duplicate or refuse it, so a test can prove the protocol
// survives the failures a real counter's network produces, deterministically and without sleeps.
// node:http only: the proxy must not depend on the HTTP stack it is testing.
import http from 'node:http'
import type { Socket } from 'node:net'

export type FaultAction =
  | { kind: 'pass' }
  /** Wait, then forward as `pass` does; upstream sees nothing during the wait. */
  | { kind: 'delay'; ms: number }
  /** Read the request, never forward it, destroy the client socket: lost on the way there. */
  | { kind: 'drop_request' }
  /** Forward and read the whole answer (upstream has committed), then destroy the client socket. */
  | { kind: 'drop_response' }
  /**
   * Forward, then send status, headers and only the first `afterBytes` bytes of the body, and
   * close. Upstream's content-length (or chunked framing) is KEPT on purpose so the client detects
   * the short body instead of taking a prefix for the whole answer. A cut at or past the end of a
   * content-length body sends all of it, and the client sees a complete answer.
   */
  | { kind: 'cut_body'; afterBytes: number }
  /** Send the request upstream twice, one after the other; answer with the SECOND response. */
  | { kind: 'duplicate' }
  /** Network down: destroy the socket as soon as the headers are parsed, never reading the body. */
  | { kind: 'refuse' }
  /** Answer with this status and a text/plain body without contacting upstream. */
  | { kind: 'status'; status: number; body?: string }

export interface RequestInfo {
  method: string
  /** Path and query, as the client sent them. */
  path: string
  /** 0-based count of requests seen by this proxy, refused ones included. */
  index: number
}

/** Returns the action for a request, or undefined to leave it to the next rule. */
export type FaultRule = (req: RequestInfo) => FaultAction | undefined

export interface FaultLogEntry {
  method: string
  path: string
  action: FaultAction['kind']
}

export interface FaultProxy {
  /** http://127.0.0.1:<port> */
  url: string
  /** Rules are consulted in order; first non-undefined wins; none = pass. */
  setRules(rules: FaultRule[]): void
  /**
   * Every request gets `refuse` until heal(). Streaming exchanges in flight (an SSE response, a
   * GET whose path contains '/live') are destroyed at once; an ordinary request already being
   * forwarded is allowed to finish, since it is short and the partition is about what comes next.
   */
  partition(): void
  heal(): void
  /** Requests seen, with the action applied: for assertions. */
  log(): FaultLogEntry[]
  /** Destroys every socket (open SSE streams too) and stops listening. */
  close(): Promise<void>
}

/** Fires `action` on the first request matching `pred`, then never again. */
export function once(pred: (req: RequestInfo) => boolean, action: FaultAction): FaultRule {
  let fired = false
  return (req) => {
    if (fired || !pred(req)) return undefined
    fired = true
    return action
  }
}

/** Fires `action` on the request with this 0-based index (RequestInfo.index). */
export function nth(n: number, action: FaultAction): FaultRule {
  return (req) => (req.index === n ? action : undefined)
}

/**
 * With probability `rate`, one of `actions`. The draw depends only on the seed and the request's
 * index, not on how often the rule was consulted, so a run replays exactly even when an earlier
 * rule wins some requests.
 */
export function randomFaults(options: { seed: number; rate: number; actions: FaultAction[] }): FaultRule {
  const { seed, rate, actions } = options
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`rate must be within [0, 1], got ${rate}`)
  if (actions.length === 0) throw new RangeError('randomFaults needs at least one action')
  return (req) => {
    const random = mulberry32((seed ^ Math.imul(req.index + 1, 0x9e3779b9)) >>> 0)
    if (random() >= rate) return undefined
    return actions[Math.floor(random() * actions.length)]
  }
}

/** A tiny seeded PRNG (public domain): good enough spread for picking faults, and repeatable. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One client request and the upstream requests made for it. */
interface Exchange {
  socket: Socket
  /** Long-lived (SSE or '/live'): cut by partition(). */
  streaming: boolean
  closed: boolean
  upstreams: Set<http.ClientRequest>
}

interface BufferedResponse {
  status: number
  statusMessage: string
  headers: http.OutgoingHttpHeaders
  body: Buffer
}

const PASS: FaultAction = { kind: 'pass' }
const REFUSE: FaultAction = { kind: 'refuse' }

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream)
  const sockets = new Set<Socket>()
  const exchanges = new Set<Exchange>()
  const timers = new Set<NodeJS.Timeout>()
  const entries: FaultLogEntry[] = []
  let rules: FaultRule[] = []
  let partitioned = false
  let seen = 0
  let closing: Promise<void> | undefined

  const chooseAction = (info: RequestInfo): FaultAction => {
    if (partitioned) return REFUSE
    for (const rule of rules) {
      const action = rule(info)
      if (action !== undefined) return action
    }
    return PASS
  }

  const openUpstream = (exchange: Exchange, req: http.IncomingMessage, headers: http.OutgoingHttpHeaders) => {
    const request = http.request({
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...headers, host: target.host },
      // A fresh connection per request: nothing pooled outlives an exchange or close().
      agent: false
    })
    exchange.upstreams.add(request)
    request.on('close', () => exchange.upstreams.delete(request))
    return request
  }

  /** pass and delay: both directions piped as they arrive, so SSE events are not held back. */
  const forwardStreaming = (exchange: Exchange, req: http.IncomingMessage, res: http.ServerResponse) => {
    if (exchange.closed) return
    const request = openUpstream(exchange, req, withoutHopByHop(req.headers))
    request.on('error', () => exchange.socket.destroy())
    request.on('response', (answer) => {
      if (isEventStream(answer.headers)) exchange.streaming = true
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopByHop(answer.headers))
      res.flushHeaders()
      answer.pipe(res)
      // Upstream died mid-body: the client must see a broken answer too, not a short "complete" one.
      answer.on('close', () => {
        if (!answer.complete) exchange.socket.destroy()
      })
    })
    req.pipe(request)
  }

  const exchangeBuffered = async (exchange: Exchange, req: http.IncomingMessage, body: Buffer): Promise<BufferedResponse> => {
    const headers = withoutHopByHop(req.headers)
    if (headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined) {
      delete headers['transfer-encoding']
      headers['content-length'] = String(body.length)
    }
    const request = openUpstream(exchange, req, headers)
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) => {
      request.on('response', resolve)
      request.on('error', reject)
      request.end(body)
    })
    const received = await readAll(answer)
    if (!answer.complete) throw new Error('upstream closed before the end of its answer')
    return {
      status: answer.statusCode ?? 502,
      statusMessage: answer.statusMessage ?? '',
      headers: withoutHopByHop(answer.headers),
      body: received
    }
  }

  /** drop_response, cut_body, duplicate: both bodies buffered, the request's so it can be resent. */
  const forwardBuffered = async (exchange: Exchange, req: http.IncomingMessage, res: http.ServerResponse, action: FaultAction) => {
    const body = await readAll(req)
    if (exchange.closed) return
    let answer = await exchangeBuffered(exchange, req, body)
    if (action.kind === 'duplicate') {
      if (exchange.closed) return
      answer = await exchangeBuffered(exchange, req, body)
    }
    if (exchange.closed) return
    if (action.kind === 'drop_response') {
      exchange.socket.destroy()
      return
    }
    res.writeHead(answer.status, answer.statusMessage, answer.headers)
    if (action.kind !== 'cut_body') {
      res.end(answer.body)
      return
    }
    res.flushHeaders()
    const cut = Math.max(0, action.afterBytes)
    if (cut > 0) res.write(answer.body.subarray(0, cut))
    // end() flushes what was written (and uncorks the socket) before closing.
    exchange.socket.end(() => exchange.socket.destroy())
  }

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket
    const info: RequestInfo = { method: req.method ?? 'GET', path: req.url ?? '/', index: seen++ }
    const action = chooseAction(info)
    entries.push({ method: info.method, path: info.path, action: action.kind })

    switch (action.kind) {
      case 'refuse':
        socket.destroy()
        return
      case 'drop_request':
        req.on('end', () => socket.destroy())
        req.on('error', () => socket.destroy())
        req.resume()
        return
      case 'status':
        req.resume()
        res.writeHead(action.status, { 'content-type': 'text/plain; charset=utf-8' })
        res.end(action.body ?? '')
        return
    }

    const exchange: Exchange = {
      socket,
      streaming: isLongLived(info, req.headers),
      closed: false,
      upstreams: new Set()
    }
    exchanges.add(exchange)
    // Fires when the answer is done or the client went away: either way upstream is not needed.
    res.on('close', () => {
      exchange.closed = true
      exchanges.delete(exchange)
      for (const request of exchange.upstreams) request.destroy()
    })

    switch (action.kind) {
      case 'pass':
        forwardStreaming(exchange, req, res)
        return
      case 'delay': {
        const timer = setTimeout(() => {
          timers.delete(timer)
          forwardStreaming(exchange, req, res)
        }, action.ms)
        timers.add(timer)
        return
      }
      case 'drop_response':
      case 'cut_body':
      case 'duplicate':
        forwardBuffered(exchange, req, res, action).catch(() => socket.destroy())
        return
    }
  }

  const server = http.createServer(handle)
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('fault proxy has no TCP address')

  return {
    url: `http://127.0.0.1:${address.port}`,
    setRules(next) {
      rules = [...next]
    },
    partition() {
      partitioned = true
      for (const exchange of exchanges) {
        if (!exchange.streaming) continue
        for (const request of exchange.upstreams) request.destroy()
        exchange.socket.destroy()
      }
    },
    heal() {
      partitioned = false
    },
    log: () => entries.map((entry) => ({ ...entry })),
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        for (const exchange of exchanges) for (const request of exchange.upstreams) request.destroy()
        server.close((error) => (error ? reject(error) : resolve()))
        for (const socket of sockets) socket.destroy()
      })
      return closing
    }
  }
}

/** Headers that describe one connection, not the message, so they never cross the proxy. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'upgrade'])

/**
 * A copy without hop-by-hop headers. transfer-encoding stays: Node re-frames the body itself when
 * it sees `chunked`, so the client gets the same framing (and cut_body the same truncation) as
 * upstream produced.
 */
function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
  const kept: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.includes(name)) continue
    kept[name] = value
  }
  return kept
}

function isEventStream(headers: http.IncomingHttpHeaders): boolean {
  return String(headers['content-type'] ?? '').toLowerCase().startsWith('text/event-stream')
}

function isLongLived(info: RequestInfo, headers: http.IncomingHttpHeaders): boolean {
  if (info.method === 'GET' && info.path.includes('/live')) return true
  return String(headers.accept ?? '').includes('text/event-stream')
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk)
  return Buffer.concat(chunks)
}
