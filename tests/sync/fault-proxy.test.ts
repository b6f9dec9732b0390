// The fault proxy the sync tests rely on: each action checked with real fetch calls against a
// tiny upstream that counts what actually reached it, because a fault that silently passes
// would make every sync test built on it lie.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { once as onceEvent } from 'node:events'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { nth, once, randomFaults, startFaultProxy } from './support/fault-proxy'
import type { FaultAction, FaultProxy, RequestInfo } from './support/fault-proxy'

/** What upstream saw; reset before each test. */
interface Seen {
  count: number
  requests: { method: string; path: string; host: string; body: string }[]
  openStreams: number
  streamClosed: EventTarget
}

const SSE_INTERVAL_MS = 20
const BIG_BODY = JSON.stringify({ rows: Array.from({ length: 500 }, (_, i) => ({ id: i, name: `row-${i}` })) })

let seen: Seen
let upstream: http.Server
let upstreamUrl: string
let proxy: FaultProxy

function freshSeen(): Seen {
  return { count: 0, requests: [], openStreams: 0, streamClosed: new EventTarget() }
}

function startUpstream(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      seen.count += 1
      seen.requests.push({ method: req.method ?? '', path: req.url ?? '', host: req.headers.host ?? '', body })
      if (req.url === '/live/events') return streamEvents(res)
      if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BIG_BODY) })
        res.end(BIG_BODY)
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ count: seen.count, method: req.method, path: req.url, body }))
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** An SSE endpoint that never ends by itself: one event every SSE_INTERVAL_MS. */
function streamEvents(res: http.ServerResponse): void {
  const streams = seen
  streams.openStreams += 1
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  res.flushHeaders()
  let n = 0
  const timer = setInterval(() => res.write(`data: ${n++}\n\n`), SSE_INTERVAL_MS)
  res.on('close', () => {
    clearInterval(timer)
    streams.openStreams -= 1
    streams.streamClosed.dispatchEvent(new Event('closed'))
  })
}

async function waitForUpstreamStreamsClosed(): Promise<void> {
  while (seen.openStreams > 0) await onceEvent(seen.streamClosed, 'closed')
}

/** Reads SSE `data:` lines until `count` events arrived. */
async function readEvents(reader: ReadableStreamDefaultReader<Uint8Array>, count: number): Promise<string[]> {
  const decoder = new TextDecoder()
  let text = ''
  for (;;) {
    const events = [...text.matchAll(/^data: (.*)$/gm)].map((match) => match[1] ?? '')
    if (events.length >= count) return events
    const { done, value } = await reader.read()
    if (done) throw new Error(`stream ended after ${events.length} events`)
    text += decoder.decode(value, { stream: true })
  }
}

const get = (path: string, init?: RequestInit) => fetch(`${proxy.url}${path}`, init)
const post = (path: string, body: string) =>
  get(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } })

beforeAll(async () => {
  seen = freshSeen()
  upstream = await startUpstream()
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})

afterAll(async () => {
  upstream.closeAllConnections()
  await new Promise((resolve) => upstream.close(resolve))
})

beforeEach(async () => {
  seen = freshSeen()
  proxy = await startFaultProxy(upstreamUrl)
})

afterEach(async () => {
  await proxy.close()
})

describe('fault proxy: actions', () => {
  it('passes method, path, query, body and answer, rewriting host to upstream', async () => {
    const res = await post('/push?batch=1', '{"a":1}')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ count: 1, method: 'POST', path: '/push?batch=1', body: '{"a":1}' })
    expect(seen.requests[0]?.host).toBe(new URL(upstreamUrl).host)
    expect(proxy.log()).toEqual([{ method: 'POST', path: '/push?batch=1', action: 'pass' }])
  })

  it('delays by at least ms before answering', async () => {
    const ms = 120
    proxy.setRules([() => ({ kind: 'delay', ms })])
    const started = performance.now()
    const res = await get('/pull')
    // Node's timer clock counts whole milliseconds, so allow one of rounding.
    expect(performance.now() - started).toBeGreaterThanOrEqual(ms - 1)
    expect((await res.json()) as unknown).toMatchObject({ count: 1 })
  })

  it('drop_request: the client fails and upstream never sees the request', async () => {
    proxy.setRules([() => ({ kind: 'drop_request' })])
    await expect(post('/push', '{"a":1}')).rejects.toThrow()
    expect(seen.count).toBe(0)
  })

  it('drop_response: the client fails although upstream handled the request', async () => {
    proxy.setRules([() => ({ kind: 'drop_response' })])
    await expect(post('/push', '{"a":1}')).rejects.toThrow()
    expect(seen.count).toBe(1)
    expect(seen.requests[0]?.body).toBe('{"a":1}')
  })

  it('cut_body: headers arrive with the full content-length, then the body breaks off', async () => {
    proxy.setRules([() => ({ kind: 'cut_body', afterBytes: 100 })])
    const res = await get('/big')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(BIG_BODY)))
    await expect(res.text()).rejects.toThrow()
    expect(seen.count).toBe(1)
  })

  it('duplicate: upstream gets the request twice and the client the second answer', async () => {
    proxy.setRules([() => ({ kind: 'duplicate' })])
    const res = await post('/push', '{"a":1}')
    expect(await res.json()).toEqual({ count: 2, method: 'POST', path: '/push', body: '{"a":1}' })
    expect(seen.requests.map((r) => r.body)).toEqual(['{"a":1}', '{"a":1}'])
  })

  it('refuse: the client fails and upstream sees nothing', async () => {
    proxy.setRules([() => ({ kind: 'refuse' })])
    await expect(post('/push', '{"a":1}')).rejects.toThrow()
    expect(seen.count).toBe(0)
  })

  it('status: answers itself without contacting upstream', async () => {
    proxy.setRules([() => ({ kind: 'status', status: 503, body: 'maintenance' })])
    const res = await get('/pull')
    expect(res.status).toBe(503)
    expect(await res.text()).toBe('maintenance')
    expect(seen.count).toBe(0)
  })

  it('consults rules in order, and a rule returning undefined passes the request on', async () => {
    proxy.setRules([
      (req) => (req.path === '/a' ? { kind: 'status', status: 409 } : undefined),
      (req) => (req.method === 'GET' ? { kind: 'status', status: 503 } : undefined)
    ])
    expect((await get('/a')).status).toBe(409)
    expect((await get('/b')).status).toBe(503)
    expect((await post('/c', '{}')).status).toBe(200)
    expect(proxy.log().map((entry) => entry.action)).toEqual(['status', 'status', 'pass'])
  })
})

describe('fault proxy: partition', () => {
  it('refuses everything until heal()', async () => {
    proxy.partition()
    await expect(get('/pull')).rejects.toThrow()
    await expect(post('/push', '{}')).rejects.toThrow()
    proxy.heal()
    expect((await get('/pull')).status).toBe(200)
    expect(seen.count).toBe(1)
    expect(proxy.log().map((entry) => entry.action)).toEqual(['refuse', 'refuse', 'pass'])
  })

  it('streams SSE events as they arrive and cuts the stream on partition', async () => {
    const started = performance.now()
    const res = await get('/live/events', { headers: { accept: 'text/event-stream' } })
    expect(res.headers.get('content-type')).toBe('text/event-stream')
    const reader = res.body!.getReader()
    expect(await readEvents(reader, 2)).toEqual(['0', '1'])
    expect(performance.now() - started).toBeLessThan(200)

    proxy.partition()
    await expect(readEvents(reader, Number.POSITIVE_INFINITY)).rejects.toThrow()
    await waitForUpstreamStreamsClosed()
  })

  it('close() resolves with an SSE stream still open', async () => {
    const res = await get('/live/events')
    const reader = res.body!.getReader()
    await readEvents(reader, 1)
    await proxy.close()
    await expect(readEvents(reader, Number.POSITIVE_INFINITY)).rejects.toThrow()
    await waitForUpstreamStreamsClosed()
  })
})

describe('fault proxy: rule helpers', () => {
  const info = (index: number, path = '/push'): RequestInfo => ({ method: 'POST', path, index })
  const drop: FaultAction = { kind: 'drop_response' }

  it('once fires on the first matching request only', () => {
    const rule = once((req) => req.path === '/push', drop)
    expect(rule(info(0, '/pull'))).toBeUndefined()
    expect(rule(info(1))).toBe(drop)
    expect(rule(info(2))).toBeUndefined()
  })

  it('nth fires on the request with that 0-based index', async () => {
    proxy.setRules([nth(1, { kind: 'status', status: 503 })])
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await get('/pull')).status)
    expect(statuses).toEqual([200, 503, 200])
  })

  it('randomFaults is deterministic for a seed and follows the rate', () => {
    const actions: FaultAction[] = [drop, { kind: 'refuse' }]
    const run = (seed: number, rate: number) => {
      const rule = randomFaults({ seed, rate, actions })
      return Array.from({ length: 400 }, (_, i) => rule(info(i))?.kind ?? 'pass')
    }
    expect(run(42, 0.3)).toEqual(run(42, 0.3))
    expect(run(42, 0.3)).not.toEqual(run(43, 0.3))
    const faults = run(42, 0.3).filter((kind) => kind !== 'pass')
    expect(faults.length).toBeGreaterThan(80)
    expect(faults.length).toBeLessThan(160)
    expect(new Set(faults)).toEqual(new Set(['drop_response', 'refuse']))
    expect(run(7, 0).every((kind) => kind === 'pass')).toBe(true)
    expect(run(7, 1).every((kind) => kind !== 'pass')).toBe(true)
    expect(() => randomFaults({ seed: 1, rate: 1.5, actions })).toThrow(RangeError)
  })

  it('randomFaults through the proxy applies exactly the predicted faults', async () => {
    const options = { seed: 9, rate: 0.5, actions: [{ kind: 'status', status: 503 } as const] }
    const predicted = Array.from({ length: 10 }, (_, i) => randomFaults(options)(info(i))?.kind ?? 'pass')
    proxy.setRules([randomFaults(options)])
    for (let i = 0; i < 10; i++) await get('/pull')
    expect(proxy.log().map((entry) => entry.action)).toEqual(predicted)
    expect(seen.count).toBe(predicted.filter((kind) => kind === 'pass').length)
  })
})
