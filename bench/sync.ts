// `npm run bench -- sync [--scale 0.1]` (or sync:bootstrap, sync:drain, sync:propagation, sync:ui):
// issue 4's sync benchmarks against a throwaway PostgreSQL cluster and a central in a child
// process, each figure printed beside a raw baseline measured in the same run. Full scale is
// 5M violations + 1M drivers + 1M vehicles; --scale (or BENCH_SCALE) shrinks the bulk data set.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { fmtInt, fmtMs, type Summary } from './stats'
import { startBenchCluster, type BenchCluster } from './sync/cluster'
import { startBenchCentral, type BenchCentral } from './sync/central-child'
import type { CentralCounts } from './sync/central-data'
import { runBootstrapBench } from './sync/bootstrap-bench'
import { PUSH_BATCH, runBareInserts, runDrainBench, type DrainKind } from './sync/drain-bench'
import { runPropagationBench } from './sync/propagation-bench'
import { addChangeHistory } from './sync/history'
import { runUiBench } from './sync/ui-bench'

export const SYNC_PARTS = ['bootstrap', 'drain', 'propagation', 'ui'] as const
type Part = (typeof SYNC_PARTS)[number]

const DRAIN_COMMANDS = Number(process.env.BENCH_DRAIN_COMMANDS ?? 10_000)
const DRAIN_KINDS = (process.env.BENCH_DRAIN_KINDS ?? 'person:open,violation:process').split(',') as DrainKind[]
const PROPAGATION_CHANGES = Number(process.env.BENCH_PROPAGATION_CHANGES ?? 110)
/** Change-log entries of a central that has run for a while (the second propagation measurement). */
const PROPAGATION_HISTORY = Number(process.env.BENCH_HISTORY ?? 5_000_000)

function scaleOf(args: string[]): number {
  const i = args.indexOf('--scale')
  const raw = i >= 0 ? args[i + 1] : process.env.BENCH_SCALE
  const scale = raw === undefined ? 1 : Number(raw)
  if (!(scale > 0 && scale <= 2)) throw new Error(`--scale must be in (0, 2], got ${raw}`)
  return scale
}

function bulkCounts(scale: number): CentralCounts {
  return { people: 0, violations: Math.round(5_000_000 * scale), drivers: Math.round(1_000_000 * scale), vehicles: Math.round(1_000_000 * scale), unprocessedHead: 0 }
}

/** The drain and propagation data set: enough distinct unprocessed violations for the drain. */
function opsCounts(): CentralCounts {
  const n = Math.ceil(DRAIN_COMMANDS * 1.2)
  return { people: n, violations: 2 * n, drivers: n, vehicles: n, unprocessedHead: n }
}

const line = (s: Summary, keys: ('p50' | 'p95' | 'p99' | 'max')[]): string => keys.map((k) => `${k} ${fmtMs(s[k])}`).join('  ')
const cpuLine = (cpu: Record<string, number>): string =>
  Object.entries(cpu)
    .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
    .join(', ')
const log = (l: string): void => void process.stderr.write(`${l}\n`)

async function changeLogSize(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*)::text AS n FROM change_log')).rows[0]!.n)
  } finally {
    await client.end()
  }
}

export async function runSyncBench(parts: readonly Part[], args: string[]): Promise<void> {
  const scale = scaleOf(args)
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'counterdesk-bench-sync-'))
  let cluster: BenchCluster | null = null
  const centrals: BenchCentral[] = []
  try {
    cluster = await startBenchCluster(log)
    const postgresPort = Number(new URL(cluster.serverUrl).port)
    console.log(`sync benchmarks (${parts.join(', ')}), scale ${scale}, PostgreSQL ${await cluster.version()} on 127.0.0.1, Node ${process.version}, ${os.cpus().length} cores`)
    let bulk: { url: string; central: BenchCentral } | null = null
    let ops: { url: string; central: BenchCentral } | null = null
    if (parts.includes('bootstrap') || parts.includes('ui')) {
      const url = await cluster.createCentralDatabase('bench_bulk', bulkCounts(scale))
      const central = await startBenchCentral(url)
      centrals.push(central)
      bulk = { url, central }
    }
    if (parts.includes('drain') || parts.includes('propagation')) {
      const url = await cluster.createCentralDatabase('bench_ops', opsCounts())
      const central = await startBenchCentral(url)
      centrals.push(central)
      ops = { url, central }
    }

    if (parts.includes('bootstrap')) {
      const f = await runBootstrapBench({ central: bulk!.central, workDir, log, postgresPort })
      console.log(`bootstrap ingest of ${fmtInt(f.rows)} rows (pages of 5,000 over loopback HTTP from PostgreSQL):`)
      console.log(`  baseline: bare better-sqlite3 INSERT, same schema, 5,000 rows per transaction: ${fmtInt(f.bareRate)} rows/s (${f.bareSeconds.toFixed(1)} s of inserts)`)
      console.log(`  runBootstrap end to end:                                        ${fmtInt(f.oursRate)} rows/s (${f.oursSeconds.toFixed(1)} s) = ${(f.ratio * 100).toFixed(0)}% of bare`)
      console.log(`  CPU during runBootstrap: ${cpuLine(f.cpu)}`)
      console.log(`  target ≥ 50% of bare → ${f.ratio >= 0.5 ? 'met' : 'NOT met'}`)
    }
    if (parts.includes('drain')) {
      const ctx = { central: ops!.central, databaseUrl: ops!.url, workDir, postgresPort, log }
      const bareSeconds = await runBareInserts(ops!.url, DRAIN_COMMANDS)
      console.log(`drain of ${fmtInt(DRAIN_COMMANDS)} queued commands, pushed in batches of ${PUSH_BATCH}:`)
      console.log(`  baseline: ${fmtInt(DRAIN_COMMANDS)} bare single-row INSERTs, ${PUSH_BATCH} per transaction, pg pool: ${bareSeconds.toFixed(2)} s`)
      for (const kind of DRAIN_KINDS) {
        const f = await runDrainBench(ctx, kind, DRAIN_COMMANDS)
        console.log(`  ${kind} (queued through dispatch in ${f.queueSeconds.toFixed(1)} s): pending 0 after ${f.pendingZeroSeconds.toFixed(2)} s; whole syncNow (push + pull of settlements) ${f.syncNowSeconds.toFixed(2)} s`)
        console.log(`    outbox after: ${JSON.stringify(f.outbox)}; CPU during syncNow: ${cpuLine(f.cpu)}`)
        const marks = f.pushMarks
        if (marks.length > 1) console.log(`    push answers: first after ${marks[0]!.toFixed(2)} s, last after ${marks[marks.length - 1]!.toFixed(2)} s (${marks.length} batches)`)
        for (const r of f.retries) console.log(`    transient failure, syncNow called again: ${r}`)
        console.log(`    target ≤ 10 s → ${f.syncNowSeconds <= 10 ? 'met' : f.pendingZeroSeconds <= 10 ? 'met for pending 0, NOT for the whole exchange' : 'NOT met'}`)
      }
    }
    if (parts.includes('propagation')) {
      // First on central as the run left it, then once its change log holds a long history.
      for (const history of [0, PROPAGATION_HISTORY]) {
        if (history > 0) log(`  change-log history of ${fmtInt(history)} entries added in ${(await addChangeHistory(ops!.url, history)).toFixed(0)} s`)
        const f = await runPropagationBench({ central: ops!.central, databaseUrl: ops!.url, workDir }, PROPAGATION_CHANGES)
        const logged = await changeLogSize(ops!.url)
        console.log(`propagation of ${f.changes} camera records pushed by an intake client, live channel on; central's change log: ${fmtInt(logged)} entries:`)
        console.log(`  baseline: raw HTTP pull round trip:        ${line(f.rawPull, ['p50', 'p95', 'max'])}  (answers up to ${fmtInt(f.pullBytes)} bytes)`)
        console.log(`  push round trip (central applies, commits): ${line(f.push, ['p50', 'p95', 'max'])}`)
        console.log(`  visible in workstation SQLite, from send:   ${line(f.fromSend, ['p50', 'p95', 'max'])}`)
        console.log(`  visible, from central's answer:             ${line(f.fromAnswer, ['p50', 'p95', 'max'])}`)
        console.log(`  target p95 ≤ 1 s → ${f.fromSend.p95 <= 1000 ? 'met' : 'NOT met'}`)
        if (PROPAGATION_HISTORY === 0) break
      }
    }
    if (parts.includes('ui')) {
      const f = await runUiBench({ central: bulk!.central, workDir, log })
      console.log(`UI responsiveness: sync:status dispatched every 10 ms while the worker bootstraps ${fmtInt(f.rows)} rows (${f.bootstrapSeconds.toFixed(0)} s):`)
      console.log(`  baseline, no bootstrap running: ${line(f.idle, ['p50', 'p99', 'max'])}   (dispatch alone: ${line(f.idleDispatch, ['p50', 'p99', 'max'])})`)
      console.log(`  during the bootstrap (${fmtInt(f.during.n)} calls): ${line(f.during, ['p50', 'p99', 'max'])}   (dispatch alone: ${line(f.duringDispatch, ['p50', 'p99', 'max'])})`)
      console.log(`  slowest calls: ${f.worst.map((w) => `${fmtMs(w.roundTrip)} at ${w.at.toFixed(1)} s (${w.loaded === null ? '?' : fmtInt(w.loaded)} rows in)`).join('; ')}`)
      console.log(`  target p99 ≤ 50 ms → ${f.during.p99 <= 50 ? 'met' : 'NOT met'}`)
    }
  } finally {
    for (const c of centrals) await c.stop().catch(() => undefined)
    await cluster?.stop().catch(() => undefined)
    rmSync(workDir, { recursive: true, force: true })
  }
}
