// `npm run bench -- actions [--scale 0.1]`: issue 5's benchmark. The commit latency of a clerk
// action through the real core (dispatch: contract validation, session and role, rules, the one
// write path: domain rows + chained audit entry + outbox command in one IMMEDIATE transaction,
// synchronous=FULL), beside a bare INSERT of one row per transaction with the same durability, on
// the same file system, interleaved in the same run so the ratio holds on a noisy machine.
//
// The workstation is createAppCore on a fresh data folder with demo data, not enrolled: its engine
// never connects and every command stays queued in the outbox, as at a window that is offline.
// A clerk signs in; for each of N distinct drivers the bench opens the person (`person:open`: the
// view with both verdicts, an audit entry and an `audit.personViewed` command), takes a violation
// the window verdict allows, and processes it (`violation:process`, confirming the warnings the
// verdict asks the clerk to confirm, e.g. WILL_REACH_12). One bare insert is timed per iteration.
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync, statfsSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createAppCore } from '../src/main/core/app-core'
import { memoryLogger } from '../src/main/core/logger'
import type { AppCore, CallerContext } from '../src/main/core/types'
import type { Result } from '../src/shared/contract/result'
import type { PersonView, ProcessResult } from '../src/shared/contract/schemas'
import { WAL_AUTOCHECKPOINT_PAGES, openStore } from '../src/main/store/db'
import { fmtInt, fmtMs, summarise, type Summary } from './stats'
import { installProfiler, runQueueWait, type ActionSplit, type Profiler } from './actions/profile'

const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 2_000)
const WARMUP = 100
/** Demo people per driver needed: about a quarter of the generated people are drivers with a violation the window may process. */
const PEOPLE_PER_ACTION = 5
const TARGET_P99_MS = 5

function scaleOf(args: string[]): number {
  const i = args.indexOf('--scale')
  const raw = i >= 0 ? args[i + 1] : process.env.BENCH_SCALE
  const scale = raw === undefined ? 1 : Number(raw)
  if (!(scale > 0 && scale <= 10)) throw new Error(`--scale must be in (0, 10], got ${raw}`)
  return scale
}

const log = (l: string): void => void process.stderr.write(`${l}\n`)

/** File-system magic numbers statfs reports, for the line that says where the fsyncs went. */
function fileSystem(dir: string): string {
  const type = statfsSync(dir).type
  const known: Record<number, string> = { 0xef53: 'ext4', 0x01021994: 'tmpfs (fsync is free: figures meaningless)', 0x58465342: 'xfs', 0x9123683e: 'btrfs', 0x794c7630: 'overlayfs' }
  return known[type] ?? `type 0x${type.toString(16)}`
}

interface Pragmas {
  journal_mode: string
  synchronous: number
}

const SYNC_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA']

function pragmasOf(db: Database.Database): Pragmas {
  return { journal_mode: db.pragma('journal_mode', { simple: true }) as string, synchronous: db.pragma('synchronous', { simple: true }) as number }
}

const pragmaText = (p: Pragmas): string => `journal_mode=${p.journal_mode}, synchronous=${SYNC_NAMES[p.synchronous] ?? p.synchronous}`

interface Target {
  personId: string
}

/** Drivers with at least one unprocessed violation that carries a penalty, in a stable order. */
function candidates(file: string): Target[] {
  const db = new Database(file, { readonly: true })
  try {
    return db
      .prepare(
        `SELECT DISTINCT d.person_id AS personId FROM drivers d
           JOIN vehicles ve ON ve.owner_person_id = d.person_id
           JOIN violations v ON v.vehicle_id = ve.id
         WHERE v.status = 'unprocessed' AND v.penalty IS NOT NULL
         ORDER BY d.person_id`
      )
      .all() as Target[]
  } finally {
    db.close()
  }
}

function storeCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true })
  try {
    const count = (table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
    return { people: count('people'), drivers: count('drivers'), vehicles: count('vehicles'), violations: count('violations'), decisions: count('decisions') }
  } finally {
    db.close()
  }
}

async function timed<T>(fn: () => Promise<Result<T>>): Promise<{ ms: number; result: Result<T> }> {
  const start = process.hrtime.bigint()
  const result = await fn()
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result }
}

/** The violation a clerk would process for this person: the window verdict allows it. */
function processable(view: PersonView): { violationId: string; confirmed: string[] } | null {
  for (const v of view.violations) {
    const w = v.verdicts.window
    if (v.status === 'unprocessed' && w.available && w.allowed) {
      return { violationId: v.id, confirmed: w.warnings.filter((f) => f.confirm === true).map((f) => f.code) }
    }
  }
  return null
}

export interface Phase {
  name: string
  /** Pragmas set on the store's and the baseline's connections for this phase (profile only). */
  pragmas: string[]
  /**
   * No checkpoint inside a commit: the WALs are truncated first, and between two iterations, never
   * inside a timed action, a second connection checkpoints a WAL that has passed 1,000 pages (what
   * a background checkpointer would do in the clerk's idle time). The WAL then only grows, so the
   * pages each commit appends are counted from its size.
   */
  checkpointBetween: boolean
}

const SHIPPED: Phase = {
  name: `as shipped: WAL, synchronous=FULL, wal_autocheckpoint=${WAL_AUTOCHECKPOINT_PAGES}, the core checkpointing every 2 s`,
  pragmas: [],
  checkpointBetween: false
}
/** The profile's extra phases: checkpoints moved out of the commits, then no fsync at all. */
const PROFILE_PHASES: Phase[] = [
  SHIPPED,
  {
    name: 'synchronous=FULL, wal_autocheckpoint=0, WAL checkpointed between actions by another connection',
    pragmas: ['wal_autocheckpoint = 0'],
    checkpointBetween: true
  },
  { name: 'synchronous=OFF (no fsync at all), the shipped checkpointing', pragmas: ['synchronous = OFF'], checkpointBetween: false }
]

/** The WAL size at which the between-actions checkpointer runs (SQLite's automatic default). */
const CHECKPOINT_PAGES = 1000

interface Sample {
  ms: number
  split: ActionSplit | null
  frames: number | null
  /** Profile: its COMMIT ran the automatic checkpoint (the next writer restarted the WAL). */
  checkpointed: boolean
}

/** The WAL header's checkpoint sequence number: it changes when a writer restarts the WAL after a complete checkpoint. */
function walCheckpointSeq(file: string): number | null {
  let fd: number | null = null
  try {
    fd = openSync(`${file}-wal`, 'r')
    const header = Buffer.alloc(4)
    return readSync(fd, header, 0, 4, 12) === 4 ? header.readUInt32BE(0) : null
  } catch {
    return null
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

export interface PhaseFigures {
  phase: Phase
  baseline: Summary
  open: Summary
  process: Summary
  openSamples: Sample[]
  processSamples: Sample[]
  baselineFrames: number | null
  /** Checkpoints run between actions (checkpointBetween phases). */
  checkpoints: number
  confirmedWarnings: number
  skipped: number
  /** Wall time of the phase, and how much of it the main thread spent runnable but waiting for a CPU. */
  wallMs: number
  runQueueMs: number | null
  loadAverage: [number, number]
  /** Profile: statements by total time per action label, for this phase. */
  statements: Record<string, { sql: string; calls: number; ms: number }[]>
}

interface Workbench {
  core: AppCore
  caller: CallerContext
  dir: string
  file: string
  profiler: Profiler | null
}

interface Baseline {
  db: Database.Database
  file: string
  /** Read back once opened, before any profile phase changes them. */
  pragmas: Pragmas
  insert: () => void
  close: () => void
}

/** The baseline: a scratch database beside the workstation's, one row per IMMEDIATE transaction. */
function openBaseline(dir: string): Baseline {
  const file = path.join(dir, 'baseline.sqlite')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec('CREATE TABLE scratch (id INTEGER PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL)')
  const stmt = db.prepare('INSERT INTO scratch (at, payload) VALUES (?, ?)')
  // About the size of one outbox command's payload.
  const payload = JSON.stringify({ operatorId: '0193a1b2-0000-7000-8000-000000000001', data: 'x'.repeat(400) })
  const txn = db.transaction(() => stmt.run(new Date().toISOString(), payload))
  return { db, file, pragmas: pragmasOf(db), insert: () => void txn.immediate(), close: () => db.close() }
}

const walSize = (file: string): number => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0)

/** Pages appended to a WAL (each frame is a page plus a 24-byte header; the file has a 32-byte header). */
function framesBetween(before: number, after: number, pageSize: number): number {
  const frames = (b: number): number => (b <= 32 ? 0 : (b - 32) / (pageSize + 24))
  return frames(after) - frames(before)
}

class Targets {
  private next = 0
  constructor(private readonly list: Target[]) {}
  take(): Target | null {
    return this.list[this.next++] ?? null
  }
}

/**
 * `count` iterations of: a bare insert, person:open, violation:process on what the window verdict
 * allows. The three are interleaved so that they see the same machine conditions.
 */
async function runPhase(w: Workbench, baseline: Baseline, targets: Targets, phase: Phase, count: number, keep: boolean): Promise<PhaseFigures> {
  const store = w.profiler?.storeConnection() ?? null
  for (const pragma of phase.pragmas) {
    if (store === null) throw new Error('the store connection is not known (profile hooks)')
    store.pragma(pragma)
    baseline.db.pragma(pragma)
  }
  const pageSize = (store?.pragma('page_size', { simple: true }) as number | undefined) ?? 4096
  const checkpointers = phase.checkpointBetween ? [w.file, baseline.file].map((file) => ({ file, db: new Database(file) })) : []
  const checkpointBetween = (force: boolean): number => {
    let runs = 0
    for (const c of checkpointers) {
      if (!force && framesBetween(0, walSize(c.file), pageSize) < CHECKPOINT_PAGES) continue
      const [result] = c.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
      if (result?.busy !== 0) throw new Error(`checkpoint of ${c.file} between actions was blocked`)
      runs += 1
    }
    return runs
  }
  checkpointBetween(true)
  let checkpoints = 0
  const bareMs: number[] = []
  const openSamples: Sample[] = []
  const processSamples: Sample[] = []
  let confirmedWarnings = 0
  let skipped = 0
  let done = 0
  let baselineFrames = 0
  w.profiler?.reset()
  const phaseStart = performance.now()
  /** Profile: the store's commits in order, with the WAL's checkpoint sequence after each. */
  const writes: { sample: Sample; seq: number | null }[] = []
  const waitStart = runQueueWait()
  const loadStart = os.loadavg()[0]!
  const frames = <T>(fn: () => Promise<T>): Promise<{ value: T; frames: number | null }> => {
    if (!phase.checkpointBetween) return fn().then((value) => ({ value, frames: null }))
    const before = walSize(w.file)
    return fn().then((value) => ({ value, frames: framesBetween(before, walSize(w.file), pageSize) }))
  }
  const profiled = async <T>(label: string, fn: () => Promise<Result<T>>): Promise<{ ms: number; result: Result<T>; split: ActionSplit | null }> => {
    w.profiler?.begin(label)
    const t = await timed(fn)
    return { ...t, split: w.profiler?.end(t.ms) ?? null }
  }
  while (done < count) {
    const target = targets.take()
    if (target === null) throw new Error(`ran out of drivers after ${done} of ${count} actions (${skipped} skipped); seed more people (BENCH_PEOPLE)`)
    // Each clerk action arrives as its own IPC message (a macrotask): timers and I/O run between.
    await new Promise((r) => setImmediate(r))
    checkpoints += checkpointBetween(false)
    const bareWal = walSize(baseline.file)
    const bare = await timed(() => {
      baseline.insert()
      return Promise.resolve({ ok: true, value: null } as Result<null>)
    })
    if (phase.checkpointBetween) baselineFrames += framesBetween(bareWal, walSize(baseline.file), pageSize)
    const open = await frames(() => profiled('person:open', () => w.core.dispatch('person:open', { personId: target.personId }, w.caller) as Promise<Result<PersonView>>))
    const openSample: Sample = { ms: open.value.ms, split: open.value.split, frames: open.frames, checkpointed: false }
    if (w.profiler) writes.push({ sample: openSample, seq: walCheckpointSeq(w.file) })
    if (!open.value.result.ok) throw new Error(`person:open failed: ${open.value.result.error.code} ${open.value.result.error.message}`)
    const pick = processable(open.value.result.value)
    if (pick === null) {
      skipped += 1
      continue
    }
    await new Promise((r) => setImmediate(r))
    checkpoints += checkpointBetween(false)
    const processed = await frames(() =>
      profiled(
        'violation:process',
        () => w.core.dispatch('violation:process', { violationId: pick.violationId, personId: target.personId, confirmed: pick.confirmed }, w.caller) as Promise<Result<ProcessResult>>
      )
    )
    const r = processed.value.result
    if (!r.ok) throw new Error(`violation:process ${pick.violationId} refused: ${r.error.code} ${r.error.message}`)
    done += 1
    bareMs.push(bare.ms)
    const processSample: Sample = { ms: processed.value.ms, split: processed.value.split, frames: processed.frames, checkpointed: false }
    if (w.profiler) writes.push({ sample: processSample, seq: walCheckpointSeq(w.file) })
    openSamples.push(openSample)
    processSamples.push(processSample)
    if (pick.confirmed.length > 0) confirmedWarnings += 1
    if (keep && done % 500 === 0) log(`  ${phase.name}: ${fmtInt(done)} actions measured`)
  }
  const wallMs = performance.now() - phaseStart
  // A restart follows the commit whose automatic checkpoint copied the whole WAL back.
  for (let j = 0; j + 1 < writes.length; j++) writes[j]!.sample.checkpointed = writes[j]!.seq !== null && writes[j + 1]!.seq !== writes[j]!.seq
  const waitEnd = runQueueWait()
  if (phase.checkpointBetween) {
    // Back to the shipped setting before the next phase.
    checkpointBetween(true)
    for (const c of checkpointers) c.db.close()
    store?.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`)
    baseline.db.pragma('wal_autocheckpoint = 1000')
  }
  return {
    phase,
    baseline: summarise(bareMs),
    open: summarise(openSamples.map((s) => s.ms)),
    process: summarise(processSamples.map((s) => s.ms)),
    openSamples,
    processSamples,
    baselineFrames: phase.checkpointBetween ? baselineFrames / bareMs.length : null,
    checkpoints,
    confirmedWarnings,
    skipped,
    wallMs,
    runQueueMs: waitStart === null || waitEnd === null ? null : waitEnd - waitStart,
    loadAverage: [loadStart, os.loadavg()[0]!],
    statements: w.profiler ? Object.fromEntries(['violation:process', 'person:open'].map((l) => [l, w.profiler!.topStatements(l, 6)])) : {}
  }
}

const HEADER = `  ${'action'.padEnd(44)} ${'n'.padStart(6)} ${'rate/s'.padStart(8)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)}  p99 ÷ bare p99`

function printTable(f: PhaseFigures): void {
  const row = (name: string, s: Summary): string =>
    `  ${name.padEnd(44)} ${fmtInt(s.n).padStart(6)} ${fmtInt(1000 / s.mean).padStart(8)} ${fmtMs(s.p50).padStart(9)} ${fmtMs(s.p99).padStart(9)} ${fmtMs(s.max).padStart(9)}  ${(s.p99 / f.baseline.p99).toFixed(1)}×`
  console.log(HEADER)
  console.log(row('baseline: bare INSERT, 1 row per transaction', f.baseline))
  console.log(row('violation:process (dispatch → commit)', f.process))
  console.log(row('person:open (view + audit + outbox)', f.open))
}

type NumericPart = 'outsideMs' | 'beginMs' | 'bodySqlMs' | 'bodyJsMs' | 'commitMs'

const SPLIT_PARTS: [NumericPart, string][] = [
  ['outsideMs', 'outside the transaction'],
  ['beginMs', 'BEGIN IMMEDIATE'],
  ['bodySqlMs', 'body: SQL statements'],
  ['bodyJsMs', 'body: JavaScript'],
  ['commitMs', 'COMMIT (fsync, checkpoint)']
]

function printSplit(label: string, f: PhaseFigures, samples: Sample[], profiler: Profiler): void {
  const splits = samples.filter((s) => s.split !== null)
  if (splits.length === 0) return
  const sorted = [...splits].sort((a, b) => a.ms - b.ms)
  const slowest = sorted.slice(Math.floor(sorted.length * 0.99))
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length)
  const line = (name: string, all: number[], worst: number[]): void => {
    const part = summarise(all)
    console.log(`    ${name.padEnd(36)} ${fmtMs(part.mean).padStart(9)} ${fmtMs(part.p50).padStart(9)} ${fmtMs(part.p99).padStart(9)} ${fmtMs(mean(worst)).padStart(9)}`)
  }
  console.log(`  ${label}: where the time goes (mean / p50 / p99 of each part, and its mean over the slowest 1% of actions)`)
  for (const [k, name] of SPLIT_PARTS) line(name, splits.map((s) => s.split![k]), slowest.map((s) => s.split![k]))
  line('whole action', sorted.map((s) => s.ms), slowest.map((s) => s.ms))
  line(`  across parts: GC pauses (${fmtInt(profiler.gcPauses())} in the run)`, splits.map((s) => s.split!.gcMs), slowest.map((s) => s.split!.gcMs))
  if (splits.every((s) => s.split!.runQueueMs !== null)) {
    line('  across parts: waiting for a CPU', splits.map((s) => s.split!.runQueueMs!), slowest.map((s) => s.split!.runQueueMs!))
  }
  const ckpt = splits.filter((s) => s.checkpointed)
  const plain = splits.filter((s) => !s.checkpointed)
  if (ckpt.length > 0) {
    const commit = (xs: Sample[]): string => `COMMIT mean ${fmtMs(mean(xs.map((x) => x.split!.commitMs)))}, whole action mean ${fmtMs(mean(xs.map((x) => x.ms)))}`
    console.log(`    ${fmtInt(ckpt.length)} of ${fmtInt(splits.length)} commits ran the automatic checkpoint (${commit(ckpt)}); the others: ${commit(plain)}; ${slowest.filter((s) => s.checkpointed).length} of the slowest ${slowest.length} had one`)
  }
  console.log(`    statements by total time:`)
  for (const s of f.statements[label] ?? []) console.log(`      ${fmtMs(s.ms / s.calls).padStart(9)} × ${fmtInt(s.calls).padStart(6)}  ${s.sql}`)
}

async function build(dataDir: string, people: number, profiler: Profiler | null): Promise<Workbench & { counts: Record<string, number>; storePragmas: Pragmas }> {
  mkdirSync(dataDir, { recursive: true })
  // On the disk the other benchmarks use (bench/.data), not in os.tmpdir(), which may be a tmpfs.
  const dir = mkdtempSync(path.join(dataDir, 'actions-'))
  let core: AppCore | null = null
  try {
    const started = Date.now()
    core = await createAppCore({ dataDir: dir, host: 'web', demo: true, demoPeople: people, logger: memoryLogger(), config: { regionCode: '440305', idleLockSeconds: 3600 } })
    const file = core.startup.databaseFile
    const counts = storeCounts(file)
    log(`  workstation built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`)
    // synchronous is per connection: read back what openStore (the core's own opener) sets.
    const probe = openStore({ file })
    const storePragmas = pragmasOf(probe.sqlite)
    probe.close()
    if (storePragmas.synchronous !== 2) throw new Error(`openStore sets ${pragmaText(storePragmas)}; the benchmark needs synchronous=FULL`)
    const caller: CallerContext = { host: 'web', sessionKey: 'bench-actions' }
    const signIn = await core.dispatch('session:signIn', { policeNo: '100001', password: 'demo-clerk-1' }, caller)
    if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.error.code}`)
    return { core, caller, dir, file, profiler, counts, storePragmas }
  } catch (error) {
    await core?.shutdown()
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

export async function runActionsBench(dataDir: string, args: string[]): Promise<PhaseFigures[]> {
  const count = Math.max(100, Math.round(ACTIONS * scaleOf(args)))
  const profile = args.includes('--profile')
  const phases = profile ? PROFILE_PHASES : [SHIPPED]
  const people = Number(process.env.BENCH_PEOPLE ?? (count * phases.length + WARMUP) * PEOPLE_PER_ACTION)
  // Before the core prepares its statements: the hooks sit on the shared Statement prototype.
  const profiler = profile ? installProfiler() : null
  let w: (Workbench & { counts: Record<string, number>; storePragmas: Pragmas }) | null = null
  let baseline: Baseline | null = null
  try {
    w = await build(dataDir, people, profiler)
    baseline = openBaseline(w.dir)
    const status = await w.core.dispatch('sync:status', {}, w.caller)
    const state = status.ok ? (status.value as { state: string }).state : '?'
    const targets = new Targets(candidates(w.file))
    await runPhase(w, baseline, targets, SHIPPED, WARMUP, false)
    const figures: PhaseFigures[] = []
    for (const phase of phases) figures.push(await runPhase(w, baseline, targets, phase, count, true))
    const after = storeCounts(w.file)
    const reader = new Database(w.file, { readonly: true })
    const queued = reader.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get() as number
    reader.close()

    console.log(
      `clerk actions (issue 5): ${fmtInt(count)} of each, interleaved, after ${WARMUP} warm-up; ${fmtInt(w.counts.people ?? 0)} demo people; ` +
        `Node ${process.version}, ${os.cpus().length} cores; ${w.dir} on ${fileSystem(w.dir)}`
    )
    console.log(
      `  workstation store (openStore): ${pragmaText(w.storePragmas)}; baseline connection: ${pragmaText(baseline.pragmas)}; ` +
        `sync ${state}, so every command stays queued (${fmtInt(queued)} pending at the end); decisions ${fmtInt(w.counts.decisions ?? 0)} → ${fmtInt(after.decisions ?? 0)}`
    )
    for (const f of figures) {
      if (profile) console.log(`phase: ${f.phase.name}`)
      printTable(f)
      const waited = f.runQueueMs === null ? '' : `; the bench's main thread waited for a CPU ${fmtMs(f.runQueueMs)} of ${(f.wallMs / 1000).toFixed(1)} s`
      console.log(`  1-min load average ${f.loadAverage[0].toFixed(2)} → ${f.loadAverage[1].toFixed(2)} on ${os.cpus().length} cores${waited}`)
      if (f.phase === SHIPPED) {
        console.log(`  rate/s = 1 / mean latency (one action at a time); ${fmtInt(f.confirmedWarnings)} processings confirmed a warning; ${f.skipped} drivers skipped (no violation the window may process)`)
        console.log(`  target: violation:process p99 ≤ ${TARGET_P99_MS} ms → ${f.process.p99 <= TARGET_P99_MS ? 'met' : 'NOT met'}`)
      }
      if (f.phase.checkpointBetween) {
        const avg = (xs: Sample[]): string => (xs.reduce((s, x) => s + (x.frames ?? 0), 0) / xs.length).toFixed(1)
        console.log(`  WAL pages appended per commit: violation:process ${avg(f.processSamples)}, person:open ${avg(f.openSamples)}, bare insert ${f.baselineFrames?.toFixed(1)}; ${f.checkpoints} checkpoints between actions`)
      }
      if (profiler && f.phase === SHIPPED) {
        await profiler.settle([...f.processSamples, ...f.openSamples].flatMap((x) => (x.split ? [x.split] : [])))
        printSplit('violation:process', f, f.processSamples, profiler)
        printSplit('person:open', f, f.openSamples, profiler)
      }
    }
    return figures
  } finally {
    baseline?.close()
    await w?.core.shutdown()
    if (w) rmSync(w.dir, { recursive: true, force: true })
  }
}
