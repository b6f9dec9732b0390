// UI responsiveness during bootstrap: a workstation as the app builds it (bootstrap in the worker
// thread, the default) enrols and starts its bootstrap; meanwhile `sync:status` is dispatched on
// a 10 ms grid as a host would. Each call's round trip is timed from its due moment on the grid,
// so time spent waiting for a busy main thread counts, as it would for an IPC message. Baseline:
// the same calls on the same core once the bootstrap is over.
import { summarise, type Summary } from '../stats'
import type { BenchCentral } from './central-child'
import { startBenchWorkstation, waitFor, type BenchWorkstation } from './workstation'

const EVERY_MS = 10

export interface UiFigures {
  rows: number
  bootstrapSeconds: number
  during: Summary
  /** The dispatch alone (from the call to its answer), without the wait for the event loop. */
  duringDispatch: Summary
  idle: Summary
  idleDispatch: Summary
  /** The slowest calls during the bootstrap: when they happened, how far the bootstrap was. */
  worst: Sample[]
}

interface Sample {
  roundTrip: number
  dispatch: number
  state: string
  /** Seconds since sampling started, and the rows the bootstrap had loaded then. */
  at: number
  loaded: number | null
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6

/** Samples on a 10 ms grid while keepGoing says so; a call that overruns skips the grid points it covered. */
async function sample(ws: BenchWorkstation, keepGoing: (last: Sample | null, n: number) => boolean): Promise<Sample[]> {
  const samples: Sample[] = []
  const first = now()
  let due = first
  let last: Sample | null = null
  while (keepGoing(last, samples.length)) {
    const wait = due - now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    const start = now()
    const result = (await ws.core.dispatch('sync:status', {}, ws.caller)) as { ok: boolean; value?: { state: string; bootstrap: { loaded: number } | null } }
    const end = now()
    if (!result.ok) throw new Error('sync:status refused')
    // A timer may fire a little before its due moment: then the call simply went out early.
    const { state, bootstrap } = result.value!
    last = { roundTrip: end - Math.min(due, start), dispatch: end - start, state, at: (start - first) / 1000, loaded: bootstrap?.loaded ?? null }
    samples.push(last)
    due += EVERY_MS
    while (due < end) due += EVERY_MS
  }
  return samples
}

export async function runUiBench(ctx: { central: BenchCentral; workDir: string; log: (line: string) => void }): Promise<UiFigures> {
  const started = Date.now()
  // Defaults as in the app: bootstrap in the worker thread, live channel on.
  const ws = await startBenchWorkstation(ctx.central, ctx.workDir, 'ui', {})
  try {
    let lastLog = Date.now()
    const during = await sample(ws, (last) => {
      if (Date.now() - lastLog > 10_000) {
        lastLog = Date.now()
        const b = ws.core.sync.status().bootstrap
        if (b) ctx.log(`  ui: bootstrap ${b.loaded.toLocaleString('en-US')} / ${b.expected.toLocaleString('en-US')} rows`)
      }
      return last === null || last.state === 'bootstrapping'
    })
    const bootstrapSeconds = (Date.now() - started) / 1000
    // After the ingest the engine pulls from the snapshot's cursor; the state reads offline until that ends.
    await waitFor('the first pull after the bootstrap', () => ws.core.sync.status().state === 'online', 120_000)
    const rows = ws.core.sync.store.sqlite.prepare('SELECT (SELECT count(*) FROM violations) + (SELECT count(*) FROM drivers) + (SELECT count(*) FROM vehicles)').pluck().get() as number
    // Let the first pull and the WAL checkpoint after the bootstrap settle, then the baseline.
    await new Promise((r) => setTimeout(r, 2000))
    const idle = await sample(ws, (_last, n) => n < 1000)
    const bootstrapping = during.filter((s) => s.state === 'bootstrapping')
    return {
      rows,
      bootstrapSeconds,
      during: summarise(bootstrapping.map((s) => s.roundTrip)),
      duringDispatch: summarise(bootstrapping.map((s) => s.dispatch)),
      idle: summarise(idle.map((s) => s.roundTrip)),
      idleDispatch: summarise(idle.map((s) => s.dispatch)),
      worst: [...bootstrapping].sort((a, b) => b.roundTrip - a.roundTrip).slice(0, 5)
    }
  } finally {
    await ws.close()
  }
}
