// The workstation's sync engine: pushes the outbox, pulls central's changes, keeps a live channel
// open so changes arrive without waiting for a poll, backs off with jitter when central cannot be
// reached, measures clock skew and reports its state for the status bar. Electron-free: the web
// host, the Electron shell and the tests run this same engine.
import { Worker } from 'node:worker_threads'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { SyncClient, SyncError, type SyncClientOptions } from './client'
import { SyncStore } from './sync-store'
import { runBootstrap, type BootstrapProgressEvent } from './bootstrap'
import type { LocalCommandEnv } from './rebase'
import { MAX_PUSH_BATCH, PROTOCOL_VERSION } from './protocol'
import type { Clock } from '../platform/clock'
import { toZonedIso } from '../platform/zoned-time'

export const SKEW_WARNING_MS = 5 * 60_000

export interface SyncStatus {
  state: 'unenrolled' | 'bootstrapping' | 'online' | 'offline' | 'blocked'
  pending: number
  awaitingPull: number
  rejectedOpen: number
  lastSyncAt: string | null
  skewMs: number | null
  skewWarning: boolean
  lastError: { code: string; message: string } | null
  bootstrap: { loaded: number; expected: number } | null
}

export interface SyncEngineOptions {
  /** The engine's own connection to the workstation database (see SyncStore). */
  sqlite: Database.Database
  databaseFile: string
  env: () => LocalCommandEnv
  clock: Clock
  timeZone: string
  log?: (line: string) => void
  pollMs?: number
  backoffBaseMs?: number
  backoffMaxMs?: number
  pullLimit?: number
  pushBatch?: number
  bootstrapPageSize?: number
  requestTimeoutMs?: number
  random?: () => number
  /** Run bootstrap ingest in a worker thread (default) or inline (tests of crash points). */
  bootstrapIn?: 'worker' | 'inline'
  protocolVersion?: number
  live?: boolean
}

export interface SyncEngine {
  readonly store: SyncStore
  start(): void
  stop(): Promise<void>
  /** One full exchange now: push everything, pull everything. Throws SyncError. */
  syncNow(): Promise<void>
  /** Something was enqueued or changed: run a cycle soon. */
  kick(): void
  status(): SyncStatus
  /** Cheap: whether the last exchange with central succeeded (no database read). */
  isOnline(): boolean
  /** A client for central's direct services (lookups, SMS), or null when not enrolled. */
  client(): SyncClient | null
  onStatus(listener: (s: SyncStatus) => void): () => void
  enrol(args: { centralUrl: string; enrolmentCode: string; workstationId: string; workstationName: string; regionCode: string }): Promise<void>
}

/** The worker script: the built bundle beside us, or (tests, tsx) the TypeScript source through tsx. */
function startWorker(workerData: unknown): Worker {
  const built = path.join(__dirname, 'bootstrap-worker.js')
  if (existsSync(built)) return new Worker(built, { workerData })
  const source = path.join(__dirname, 'bootstrap-worker.ts')
  const loader = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)})`
  return new Worker(loader, { eval: true, workerData })
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const store = new SyncStore(options.sqlite, options.env)
  const log = options.log ?? ((): void => undefined)
  const random = options.random ?? Math.random
  const listeners = new Set<(s: SyncStatus) => void>()
  let running = false
  let online = false
  let blocked: { code: string; message: string } | null = null
  let lastError: { code: string; message: string } | null = null
  let bootstrap: { loaded: number; expected: number } | null = null
  let wake: (() => void) | null = null
  let dirty = true
  let loop: Promise<void> | null = null
  let liveAbort: AbortController | null = null
  let cycleInFlight: Promise<void> | null = null

  const clientOptions = (): SyncClientOptions | null => {
    const e = store.enrolment()
    if (e === null) return null
    return {
      baseUrl: e.centralUrl,
      credentials: { workstationId: e.workstationId, secret: e.secret },
      now: () => options.clock.now(),
      timeoutMs: options.requestTimeoutMs ?? 30_000,
      protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION
    }
  }

  function status(): SyncStatus {
    const counts = store.counts()
    const skewMs = store.skewMs()
    const state: SyncStatus['state'] =
      store.enrolment() === null ? 'unenrolled' : blocked ? 'blocked' : bootstrap !== null ? 'bootstrapping' : online ? 'online' : 'offline'
    return {
      state,
      ...counts,
      lastSyncAt: store.lastSyncAt(),
      skewMs,
      skewWarning: skewMs !== null && Math.abs(skewMs) > SKEW_WARNING_MS,
      lastError: blocked ?? lastError,
      bootstrap
    }
  }

  const emit = (): void => {
    if (listeners.size === 0) return
    const s = status()
    for (const l of listeners) l(s)
  }

  async function ingestBootstrap(client: SyncClientOptions): Promise<void> {
    const onProgress = (e: BootstrapProgressEvent): void => {
      bootstrap = { loaded: e.loaded, expected: e.expected }
      emit()
    }
    bootstrap = { loaded: 0, expected: 0 }
    emit()
    try {
      if (options.bootstrapIn === 'inline') {
        await runBootstrap({ databaseFile: options.databaseFile, client, pageSize: options.bootstrapPageSize }, onProgress)
      } else {
        const { now: _now, ...serialisable } = client
        await new Promise<void>((resolve, reject) => {
          const worker = startWorker({ databaseFile: options.databaseFile, client: serialisable, pageSize: options.bootstrapPageSize })
          worker.on('message', (m: { kind: string; event?: BootstrapProgressEvent; code?: string; message?: string; transient?: boolean }) => {
            if (m.kind === 'progress' && m.event) onProgress(m.event)
            else if (m.kind === 'done') resolve()
            else if (m.kind === 'error') reject(new SyncError(m.code ?? 'BOOTSTRAP_FAILED', m.message ?? '', m.transient ?? true))
          })
          worker.on('error', (e) => reject(new SyncError('BOOTSTRAP_FAILED', e.message, true)))
          worker.on('exit', (code) => {
            if (code !== 0) reject(new SyncError('BOOTSTRAP_FAILED', `bootstrap worker exited with ${code}`, true))
          })
        })
      }
      store.finishBootstrap()
      log('sync: bootstrap complete')
    } finally {
      bootstrap = null
    }
  }

  async function cycle(): Promise<void> {
    const opts = clientOptions()
    if (opts === null) return
    const client = new SyncClient(opts)
    if (!store.isBootstrapped()) await ingestBootstrap(opts)
    let skew: number | null = null
    let serverTime: string | null = null
    // Push: in sequence order, a batch at a time; stop when central asks us to retry.
    for (;;) {
      const batch = store.pendingBatch(Math.min(options.pushBatch ?? 200, MAX_PUSH_BATCH))
      if (batch.length === 0) break
      let answer
      try {
        answer = await client.push(batch)
      } catch (error) {
        if (error instanceof SyncError && error.transient) store.noteTransientFailure(batch.map((c) => c.id), `${error.code}: ${error.message}`)
        throw error
      }
      skew = answer.skewMs
      serverTime = answer.value.serverTime
      const counts = store.applyPushResults(answer.value.results, answer.value.serverTime)
      online = true
      emit()
      if (counts.retry > 0) {
        // Central wants an earlier command first. If it answered nothing else, this workstation
        // and central disagree about the sequence (e.g. central restored from a backup): say so.
        if (counts.retry === answer.value.results.length) {
          throw new SyncError('SEQ_GAP', `中心未收到本机第${answer.value.lastProcessedSeq + 1}号之前的操作，待上传操作暂停：请联系信息管理员`, true)
        }
        break
      }
    }
    // Pull until central has nothing newer.
    for (;;) {
      const position = store.cursor()
      if (position === null) break
      let answer
      try {
        answer = await client.pull(position.epoch, position.cursor, options.pullLimit ?? 1000)
      } catch (error) {
        if (error instanceof SyncError && error.code === 'CURSOR_UNKNOWN') {
          // Central's database was recreated or restored: start again from its snapshot. Pending
          // actions stay in the outbox and are replayed on the new data.
          log('sync: cursor unknown to central, bootstrapping again')
          const start = await client.bootstrapStart()
          store.beginBootstrap(start.value)
          await ingestBootstrap(opts)
          continue
        }
        throw error
      }
      skew = answer.skewMs
      serverTime = answer.value.serverTime
      store.applyPullPage(answer.value)
      online = true
      if (!answer.value.hasMore) break
    }
    if (serverTime !== null) store.noteExchange(serverTime, skew)
  }

  function runCycle(): Promise<void> {
    // Two callers (the loop and a "sync now") share one cycle instead of racing each other.
    if (cycleInFlight === null) {
      cycleInFlight = cycle()
        .then(() => {
          online = true
          lastError = null
          blocked = null
        })
        .catch((error: unknown) => {
          // Anything not already classified is our own fault (a row of a shape this version does
          // not know, a local constraint): it will not pass on retry, so sync stops and says so.
          const e =
            error instanceof SyncError
              ? error
              : new SyncError('SYNC_INTERNAL', '同步出错，已停止自动同步：请联系信息管理员（详情已记入日志）', false, error instanceof Error ? error.message : String(error))
          lastError = { code: e.code, message: e.message }
          if (e.detail !== undefined) log(`sync: ${e.code} ${e.detail}`)
          if (e.transient) online = false
          else blocked = lastError
          throw e
        })
        .finally(() => {
          cycleInFlight = null
          emit()
        })
    }
    return cycleInFlight
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done(): void {
        clearTimeout(timer)
        wake = null
        resolve()
      }
      wake = done
    })
  }

  function startLive(): void {
    if (options.live === false || liveAbort !== null) return
    liveAbort = new AbortController()
    const signal = liveAbort.signal
    void (async () => {
      let failures = 0
      while (!signal.aborted) {
        const opts = clientOptions()
        if (opts !== null) {
          const connectedAt = Date.now()
          await new SyncClient(opts).live(signal, () => {
            dirty = true
            wake?.()
          })
          failures = Date.now() - connectedAt > 5_000 ? 0 : failures + 1
          // The stream ended: central may be gone. A cycle now tells, and shows offline at once.
          dirty = true
          wake?.()
        }
        if (!signal.aborted) await new Promise((r) => setTimeout(r, Math.min(30_000, 500 * 2 ** Math.min(failures, 6))))
      }
    })()
  }

  async function run(): Promise<void> {
    let failures = 0
    while (running) {
      dirty = false
      try {
        await runCycle()
        failures = 0
      } catch (error) {
        failures += 1
        if (error instanceof SyncError && !error.transient) log(`sync: stopped: ${error.code} ${error.message}`)
      }
      if (!running) break
      if (blocked) {
        await sleep(options.pollMs ?? 30_000)
        continue
      }
      if (failures > 0) {
        const base = options.backoffBaseMs ?? 500
        const ceiling = Math.min(options.backoffMaxMs ?? 30_000, base * 2 ** Math.min(failures - 1, 16))
        // Full jitter: workstations of a branch that lost the link together do not return in step.
        await sleep(ceiling / 2 + random() * (ceiling / 2))
      } else if (!dirty) {
        await sleep(options.pollMs ?? 30_000)
      }
    }
  }

  return {
    store,
    start() {
      if (running) return
      running = true
      startLive()
      loop = run()
    },
    async stop() {
      running = false
      liveAbort?.abort()
      liveAbort = null
      wake?.()
      await loop
      await cycleInFlight?.catch(() => undefined)
    },
    async syncNow() {
      // A cycle already running may have started before the caller's last action: run one more.
      await cycleInFlight?.catch(() => undefined)
      return runCycle()
    },
    kick() {
      dirty = true
      emit()
      wake?.()
    },
    status,
    isOnline: () => online && blocked === null && bootstrap === null,
    client() {
      const opts = clientOptions()
      return opts === null ? null : new SyncClient(opts)
    },
    onStatus(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async enrol(args) {
      const client = new SyncClient({ baseUrl: args.centralUrl, now: () => options.clock.now(), protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION })
      const { value } = await client.enrol({
        enrolmentCode: args.enrolmentCode,
        workstationId: args.workstationId,
        workstationName: args.workstationName,
        regionCode: args.regionCode
      })
      store.continueSequenceAfter(value.lastSeq)
      store.saveEnrolment({
        centralUrl: args.centralUrl,
        workstationId: value.workstationId,
        secret: value.secret,
        jurisdiction: value.jurisdiction,
        jurisdictionName: value.jurisdictionName
      })
      log(`sync: enrolled with ${args.centralUrl} (${value.jurisdictionName}) at ${toZonedIso(options.clock.now(), options.timeZone)}`)
      this.kick()
    }
  }
}
