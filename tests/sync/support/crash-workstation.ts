// A workstation in a child process, for the crash tests (faults-process.test.ts): the real
// createAppCore on a data folder, enrolled on its first run, then a loop that processes violations
// through core.dispatch and syncs. The parent kills it with SIGKILL, from outside after a random
// delay, or the child kills itself at an armed point inside a transaction (CRASH_POINT), so that
// the kill lands exactly where it hurts most: inside the write path between the audit entry and
// the outbox command, while recording central's push answer, and while applying a pulled page
// before its cursor is saved.
//
// Lines on stdout (one event each; pipes are written synchronously on Linux, so a line printed
// before a kill reaches the parent):
//   READY                         the core is up and signed in
//   SAVED {"commandId",...}       dispatch returned ok: the clerk saw the action saved
//   REFUSED <violationId> <code>  dispatch refused it (nothing written)
//   CRASH <point>                 the armed point was reached; SIGKILL follows at once
//   SYNC ok | SYNC <code>         a syncNow finished or failed
//   DONE                          every target was tried
//
// Environment: CRASH_DATA_DIR, CRASH_CENTRAL_URL, CRASH_ENROLMENT_CODE (first run only),
// CRASH_TARGETS (JSON [{violationId, personId}]), CRASH_POINT (enqueue | push | pull | saved |
// enrol, or unset) and CRASH_AT (which occurrence of the point, 1-based).
import Database from 'better-sqlite3'
import { createAppCore } from '../../../src/main/core/app-core'
import { memoryLogger } from '../../../src/main/core/logger'

type Point = 'enqueue' | 'push' | 'pull' | 'saved' | 'enrol'

const env = (name: string): string => {
  const value = process.env[name]
  if (value === undefined || value === '') throw new Error(`${name} is not set`)
  return value
}

const dataDir = env('CRASH_DATA_DIR')
const centralUrl = env('CRASH_CENTRAL_URL')
const enrolmentCode = process.env.CRASH_ENROLMENT_CODE ?? ''
const targets = JSON.parse(env('CRASH_TARGETS')) as { violationId: string; personId: string }[]
const armed = (process.env.CRASH_POINT ?? '') as Point | ''
const crashAt = Number(process.env.CRASH_AT ?? '1')
let hits = 0

const say = (line: string): void => {
  process.stdout.write(line + '\n')
}

function reached(point: Point): void {
  if (armed !== point) return
  hits += 1
  if (hits < crashAt) return
  say(`CRASH ${point}`)
  process.kill(process.pid, 'SIGKILL')
}

/**
 * Statement.run of better-sqlite3 is shared by every prepared statement in this process: the hook
 * recognises the statement by its SQL, so the kill happens inside the product's own transaction.
 */
function hookStatements(): void {
  const probe = new Database(':memory:')
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as { run: (...args: unknown[]) => unknown }
  probe.close()
  const run = proto.run
  proto.run = function (this: { source: string }, ...args: unknown[]) {
    const sql = this.source
    // The write path: audit entry and domain rows written, the outbox command not yet.
    if (sql.startsWith('INSERT INTO outbox')) reached('enqueue')
    // Central has committed the command; its answer is being recorded here.
    else if (/^UPDATE outbox SET status = '(applied|rejected)'/.test(sql)) reached('push')
    // A pulled page's changes are written; its cursor is about to be saved.
    else if (sql.startsWith('INSERT INTO sync_state') && args[0] === 'sync.cursor') reached('pull')
    return run.apply(this, args)
  }
}

/** Central has registered the workstation and answered; the answer has not been saved yet. */
function hookEnrolment(): void {
  const realFetch = globalThis.fetch
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init)
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (url.endsWith('/sync/v1/enrol') && response.ok) {
      await response.clone().text()
      reached('enrol')
    }
    return response
  }
}

async function main(): Promise<void> {
  if (armed === 'enrol') hookEnrolment()
  else if (armed !== '') hookStatements()
  const core = await createAppCore({
    dataDir,
    host: 'web',
    demo: true,
    logger: memoryLogger(),
    config: { regionCode: '440305' },
    sync: {
      enrol: enrolmentCode === '' ? undefined : { centralUrl, enrolmentCode },
      engine: { pollMs: 200, live: false, bootstrapIn: 'inline', backoffBaseMs: 20, backoffMaxMs: 200, requestTimeoutMs: 10_000 }
    }
  })
  const caller = { host: 'web' as const, sessionKey: 'crash-child' }
  const signedIn = await core.dispatch('session:signIn', { policeNo: '100001', password: 'demo-clerk-1' }, caller)
  if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.error.code}`)
  say('READY')

  const syncOnce = async (): Promise<void> => {
    try {
      await core.sync.syncNow()
      say('SYNC ok')
    } catch (error) {
      say(`SYNC ${(error as { code?: string }).code ?? 'ERROR'}`)
    }
  }

  await syncOnce()
  for (const t of targets) {
    const result = await core.dispatch('violation:process', { violationId: t.violationId, personId: t.personId, confirmed: ['WILL_REACH_12'] }, caller)
    if (result.ok) {
      reached('saved')
      const value = result.value as { commandId: string; decisionId: string }
      say(`SAVED ${JSON.stringify({ commandId: value.commandId, decisionId: value.decisionId, violationId: t.violationId })}`)
    } else {
      say(`REFUSED ${t.violationId} ${result.error.code}`)
    }
    await syncOnce()
  }
  say('DONE')
  // Keep syncing until killed: kills now land in push and pull only.
  for (;;) await syncOnce()
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-workstation: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
