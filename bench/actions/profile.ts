// `--profile` for the actions benchmark: where a clerk action's time goes. better-sqlite3 runs
// every statement, and a transaction's BEGIN IMMEDIATE and COMMIT too, through the one shared
// Statement.prototype; wrapping its methods (as tests/sync/support/crash-workstation.ts does)
// times each statement by its SQL without touching the product. Per action this splits the
// dispatch into: work before and after the transaction (contract validation, session, reads such
// as the person view and its verdicts, the result), BEGIN IMMEDIATE, the transaction body (SQL
// statements vs JavaScript: payload parsing, rules, shadow rows, audit hash, outbox JSON), and
// COMMIT (the WAL fsync, and the checkpoint when the commit crosses wal_autocheckpoint). Across
// those parts, two causes are counted: time the main thread waited for a CPU while runnable (other
// processes on the machine; /proc/thread-self/schedstat) and V8's garbage-collection pauses.
import { readFileSync } from 'node:fs'
import { PerformanceObserver, performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'

export interface ActionSplit {
  /** Before BEGIN and after COMMIT: validation, session, reads outside the transaction, the answer. */
  outsideMs: number
  beginMs: number
  /** SQL statements inside the transaction (reads and writes of rows, audit, outbox). */
  bodySqlMs: number
  /** JavaScript inside the transaction: everything in the body that is not a statement. */
  bodyJsMs: number
  commitMs: number
  /** Transactions in the action (1 for every clerk action). */
  transactions: number
  /** Runnable but not running: the scheduler gave the CPU to another process (null: no schedstat). */
  runQueueMs: number | null
  /** Garbage-collection pauses within the action (filled in by settle()). */
  gcMs: number
  /** The action's window on performance.now(), to match GC entries. */
  window: [number, number]
}

interface StatementTime {
  calls: number
  ms: number
}

type Method = 'run' | 'get' | 'all'

export interface Profiler {
  /** The connection that wrote the audit chain: the core's store connection. */
  storeConnection(): Database.Database | null
  /** Starts timing one action under a label. */
  begin(label: string): void
  /** Ends the action; `totalMs` is the dispatch's own measurement. */
  end(totalMs: number): ActionSplit
  /** Statements by label, slowest total first. */
  topStatements(label: string, n: number): { sql: string; calls: number; ms: number }[]
  reset(): void
  /** GC pauses observed so far. */
  gcPauses(): number
  /** Attributes the GC pauses reported since to the actions' windows; await before reading gcMs. */
  settle(splits: ActionSplit[]): Promise<void>
}

/** The main thread's time waiting on a run queue, in ms; null where schedstat is not available. */
export function runQueueWait(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/schedstat', 'utf8').trim().split(/\s+/)
    return Number(fields[1]) / 1e6
  } catch {
    return null
  }
}

/** An observer nothing references may be collected, and stop reporting. */
const liveObservers: PerformanceObserver[] = []

const now = (): number => Number(process.hrtime.bigint()) / 1e6
const short = (sql: string): string => sql.replace(/\s+/g, ' ').trim().slice(0, 90)

export function installProfiler(): Profiler {
  const probe = new Database(':memory:')
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<Method, (...args: unknown[]) => unknown>
  probe.close()
  let label: string | null = null
  let store: Database.Database | null = null
  let beginStart = 0
  let beginEnd = 0
  let commitStart = 0
  let commitEnd = 0
  let beginMs = 0
  let commitMs = 0
  let bodySqlMs = 0
  let transactions = 0
  let inTxn = false
  let waitAtStart: number | null = null
  let startedAt = 0
  const byLabel = new Map<string, Map<string, StatementTime>>()
  const gcPauses: [number, number][] = []
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcPauses.push([e.startTime, e.startTime + e.duration])
  })
  observer.observe({ entryTypes: ['gc'] })
  liveObservers.push(observer)

  for (const method of ['run', 'get', 'all'] as const) {
    const original = proto[method]
    proto[method] = function (this: { source: string; database: Database.Database }, ...args: unknown[]) {
      if (label === null) return original.apply(this, args)
      const sql = this.source
      const t0 = now()
      const result = original.apply(this, args)
      const t1 = now()
      const ms = t1 - t0
      if (sql.startsWith('BEGIN')) {
        if (transactions === 0) beginStart = t0
        beginEnd = t1
        beginMs += ms
        transactions += 1
        inTxn = true
      } else if (sql === 'COMMIT') {
        commitStart = t0
        commitEnd = t1
        commitMs += ms
        inTxn = false
      } else if (inTxn) {
        bodySqlMs += ms
        if (sql.startsWith('INSERT INTO audit_log')) store = this.database
      }
      const stats = byLabel.get(label) ?? new Map<string, StatementTime>()
      byLabel.set(label, stats)
      const key = short(sql)
      const s = stats.get(key) ?? { calls: 0, ms: 0 }
      s.calls += 1
      s.ms += ms
      stats.set(key, s)
      return result
    }
  }

  return {
    storeConnection: () => store,
    begin(l) {
      label = l
      beginStart = beginEnd = commitStart = commitEnd = 0
      beginMs = commitMs = bodySqlMs = 0
      transactions = 0
      inTxn = false
      waitAtStart = runQueueWait()
      startedAt = performance.now()
    },
    end(totalMs) {
      const endedAt = performance.now()
      const waitAtEnd = runQueueWait()
      label = null
      const txnMs = transactions === 0 ? 0 : commitEnd - beginStart
      const bodyMs = transactions === 0 ? 0 : commitStart - beginEnd
      return {
        outsideMs: Math.max(0, totalMs - txnMs),
        beginMs,
        bodySqlMs,
        // With one transaction per action the body is the gap between BEGIN and COMMIT.
        bodyJsMs: Math.max(0, bodyMs - bodySqlMs),
        commitMs,
        transactions,
        runQueueMs: waitAtStart === null || waitAtEnd === null ? null : waitAtEnd - waitAtStart,
        gcMs: 0,
        window: [startedAt, endedAt]
      }
    },
    topStatements(l, n) {
      return [...(byLabel.get(l) ?? new Map<string, StatementTime>()).entries()]
        .map(([sql, s]) => ({ sql, ...s }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, n)
    },
    reset: () => byLabel.clear(),
    gcPauses: () => gcPauses.length,
    async settle(splits) {
      // GC entries reach the observer asynchronously.
      await new Promise((r) => setTimeout(r, 50))
      const pauses = [...gcPauses].sort((a, b) => a[0] - b[0])
      for (const split of splits) {
        const [from, to] = split.window
        split.gcMs = pauses.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0)
      }
    }
  }
}
