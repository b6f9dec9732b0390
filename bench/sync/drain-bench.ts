// Drain: a workstation whose outbox holds N commands queued through core.dispatch while it was
// offline (its engine stopped), then syncNow() timed until nothing is pending, and until the whole
// exchange (push, then the pull of the settlements) is over. Two kinds of commands, each on a
// workstation of its own: real processing (violation:process on N distinct unprocessed
// violations: central decides each with the rules, assigns a decision number, writes three rows)
// and audit anchors (person:open on N distinct people: central only records the command).
// Baseline in the same run: N bare single-row INSERTs into a PostgreSQL table, in transactions of
// the push batch size, over a pool like central's (openCentralDb).
import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { openCentralDb } from '../../src/central/db'
import { SyncError } from '../../src/main/sync/client'
import type { BenchCentral } from './central-child'
import { cpuSeconds } from './cpu'
import { startBenchWorkstation, type BenchWorkstation } from './workstation'
import { fmtInt } from '../stats'

/** The engine's push batch (its default pushBatch). */
export const PUSH_BATCH = 200

export type DrainKind = 'violation:process' | 'person:open'

export interface DrainFigures {
  kind: DrainKind
  commands: number
  queueSeconds: number
  pendingZeroSeconds: number
  syncNowSeconds: number
  /** Transient failures syncNow met (and was called again for, as the engine's loop would). */
  retries: string[]
  outbox: Record<string, number>
  cpu: Record<string, number>
  /** Seconds from syncNow's start to each push answer the status listener saw. */
  pushMarks: number[]
}

interface DrainContext {
  central: BenchCentral
  databaseUrl: string
  workDir: string
  postgresPort: number | null
  log: (line: string) => void
}

function readOnly<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true })
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

/** Inputs for N actions on distinct subjects, from the workstation's own (bootstrapped) data. */
function targets(kind: DrainKind, file: string, count: number): unknown[] {
  return readOnly(file, (db) =>
    kind === 'violation:process'
      ? (db
          .prepare(
            `SELECT min(v.id) AS violationId, d.person_id AS personId FROM violations v
               JOIN vehicles ve ON ve.id = v.vehicle_id JOIN drivers d ON d.person_id = ve.owner_person_id
             WHERE v.status = 'unprocessed' AND v.penalty IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.violation_id = v.id)
             GROUP BY d.person_id ORDER BY 1 LIMIT ?`
          )
          .all(count) as { violationId: string; personId: string }[]).map((t) => ({ ...t, confirmed: ['WILL_REACH_12'] }))
      : (db.prepare('SELECT id AS personId FROM people ORDER BY id LIMIT ?').all(count) as { personId: string }[])
  )
}

async function queue(ws: BenchWorkstation, kind: DrainKind, inputs: unknown[], log: (line: string) => void): Promise<number> {
  const started = Date.now()
  for (const [i, input] of inputs.entries()) {
    // Each clerk action arrives as its own IPC message (a macrotask): timers and sockets run between.
    await new Promise((r) => setImmediate(r))
    await ws.call(kind, input)
    if ((i + 1) % 2500 === 0) log(`  drain ${kind}: ${fmtInt(i + 1)} commands queued`)
  }
  return (Date.now() - started) / 1000
}

export async function runDrainBench(ctx: DrainContext, kind: DrainKind, count: number): Promise<DrainFigures> {
  const ws = await startBenchWorkstation(ctx.central, ctx.workDir, `drain-${kind.replace(':', '-')}`, { live: false, pollMs: 600_000 })
  try {
    await ws.core.sync.syncNow() // the bootstrap, then nothing to push
    // Offline while the outbox fills: with the engine stopped, nothing pushes until syncNow.
    await ws.core.sync.stop()
    const inputs = targets(kind, ws.databaseFile, count)
    if (inputs.length < count) throw new Error(`only ${inputs.length} subjects for ${kind}; ${count} needed`)
    const queueSeconds = await queue(ws, kind, inputs, ctx.log)
    // Counted in the outbox itself: the status bar's 待上传 leaves audit anchors out.
    const reader = new Database(ws.databaseFile, { readonly: true })
    const pendingNow = (): number => reader.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get() as number
    const pending = pendingNow()
    if (pending !== count) throw new Error(`expected ${count} pending, found ${pending}`)

    const started = process.hrtime.bigint()
    const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9
    let pendingZero: number | null = null
    const pushMarks: number[] = []
    let lastPending = count
    // The engine reports its status after every push answer it has recorded.
    const off = ws.core.sync.onStatus(() => {
      const left = pendingNow()
      if (left < lastPending) pushMarks.push(seconds())
      lastPending = left
      if (left === 0 && pendingZero === null) pendingZero = seconds()
    })
    const cpuBefore = cpuSeconds(ctx.central.pid, ctx.postgresPort)
    const retries: string[] = []
    for (;;) {
      try {
        await ws.core.sync.syncNow()
        break
      } catch (error) {
        // The engine's loop would try again after a back-off; here at once, and the failure is reported.
        if (!(error instanceof SyncError) || !error.transient || retries.length >= 20) throw error
        retries.push(`${seconds().toFixed(1)} s: ${error.code} ${error.message}`)
      }
    }
    const syncNowSeconds = seconds()
    const cpuAfter = cpuSeconds(ctx.central.pid, ctx.postgresPort)
    off()
    const left = pendingNow()
    reader.close()
    if (left !== 0) throw new Error(`${left} commands still pending after syncNow`)
    const outbox = readOnly(ws.databaseFile, (db) =>
      Object.fromEntries(
        (db.prepare('SELECT status, settled, count(*) AS n FROM outbox GROUP BY status, settled').all() as { status: string; settled: number; n: number }[]).map((r) => [
          `${r.status}${r.settled ? ', settled' : ''}`,
          r.n
        ])
      )
    )
    return {
      kind,
      commands: count,
      queueSeconds,
      pendingZeroSeconds: pendingZero ?? syncNowSeconds,
      syncNowSeconds,
      retries,
      outbox,
      cpu: Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, (cpuAfter[k] ?? 0) - (cpuBefore[k] ?? 0)])),
      pushMarks
    }
  } finally {
    await ws.close()
  }
}

/** The baseline: N single-row INSERTs of a command-sized payload, PUSH_BATCH per transaction. */
export async function runBareInserts(databaseUrl: string, count: number): Promise<number> {
  const db = await openCentralDb({ url: databaseUrl })
  try {
    await db.query('CREATE TABLE IF NOT EXISTS bench_drain_baseline (id uuid PRIMARY KEY, workstation_id uuid NOT NULL, seq bigint NOT NULL, payload jsonb NOT NULL)')
    const payload = JSON.stringify({ operatorId: randomUUID(), workstationId: randomUUID(), clientTime: '2026-11-21T17:00:00.000+08:00', audit: { seq: 1, hash: '0'.repeat(64) }, data: { violationId: randomUUID(), driverPersonId: randomUUID(), decisionId: randomUUID(), provisionalNo: '临-ABCD-000001', confirmed: ['WILL_REACH_12'], organ: '深圳市公安局交通警察支队南山大队' } })
    const ws = randomUUID()
    const started = process.hrtime.bigint()
    for (let done = 0; done < count; done += PUSH_BATCH) {
      await db.transaction(async (q) => {
        for (let i = done; i < Math.min(count, done + PUSH_BATCH); i++) {
          await q.query('INSERT INTO bench_drain_baseline (id, workstation_id, seq, payload) VALUES ($1, $2, $3, $4)', [randomUUID(), ws, i + 1, payload])
        }
      })
    }
    return Number(process.hrtime.bigint() - started) / 1e9
  } finally {
    await db.close()
  }
}
