// Faults of the processes around sync, against a real central on PGlite and on a real PostgreSQL
// server: the workstation process killed at the worst moments, three workstations behind flaky
// links while 12123 and the camera intake keep writing, central transactions committing out of
// order, workstation clocks set wrong, and one violation processed at two windows and on 12123 at
// the same moment. Each ends the same way: nothing lost, nothing doubled, caches equal to central.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProcessResult, SyncList, SyncStatusDto } from '../../src/shared/contract'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { makeTempDir } from '../support/temp-dir'
import { startSimulation } from '../../src/central/simulate'
import { loadRows, writeRows } from '../../src/central/rows'
import type { Querier } from '../../src/central/db'
import { ADMIN_TOKEN, centralChecksums, startTestCentral, startWorkstation, workstationChecksums, type TestCentral, type TestWorkstation } from './support/harness'
import { randomFaults, startFaultProxy, type FaultProxy } from './support/fault-proxy'
import { runChildWorkstation, type CrashPoint, type SavedAction } from './support/child-workstation'
import { skewedClock } from './support/skew-clock'
import { enrolAppChannel } from './support/app-channel'
import { burnXidsPastDigits, holdRowLock, openTransaction, waitForLockWaiters } from './support/central-transactions'
import {
  centralCommands,
  drain,
  driverWithTwoViolations,
  expectAuditPairsOutbox,
  expectCentralUnique,
  expectGapFreeOutbox,
  expectSettledOnce,
  freshTargets,
  readLocal,
  readOutbox,
  seededRandom,
  shuffle,
  sleep
} from './support/process-invariants'

/** Replay a failing run with FAULTS_SEED=<seed> (the seed is in the test's name). */
const SEED = Number(process.env.FAULTS_SEED ?? 20261121)
const HOUR = 3_600_000
const DAY = 24 * HOUR

const processInput = (t: { violationId: string; personId: string }) => ({ violationId: t.violationId, personId: t.personId, confirmed: ['WILL_REACH_12'] })

describe.each(CENTRAL_DB_KINDS)('process faults against central on %s', (kind) => {
  let central: TestCentral

  beforeAll(async () => {
    central = await startTestCentral(kind, { people: 400 })
  }, 120_000)
  afterAll(async () => {
    await central?.close()
  })

  it(`4. the workstation process SIGKILLed during enqueue, push and pull-apply, again and again (seed ${SEED}): every saved action reaches central exactly once`, async () => {
    const random = seededRandom(SEED + 4)
    const tmp = makeTempDir('counterdesk-crash-')
    const file = tmp.file('counterdesk.sqlite')
    // Each point armed inside the child twice, two kills from outside at a random moment.
    const plan = shuffle<CrashPoint | 'timer'>(['enqueue', 'enqueue', 'push', 'push', 'pull', 'pull', 'saved', 'saved', 'timer', 'timer'], random)
    const targets = await freshTargets(central.db, 3 * plan.length + 3)
    const saved: SavedAction[] = []
    const ended: string[] = []
    let ws: TestWorkstation | null = null
    try {
      for (const [round, step] of plan.entries()) {
        const at = 1 + Math.floor(random() * 3)
        const run = await runChildWorkstation({
          dataDir: tmp.dir,
          centralUrl: central.url,
          enrolmentCode: round === 0 ? await central.issueCode() : undefined,
          // Three new violations a run, after the previous run's three: a kill right after a
          // save is followed by the same clerk trying the same violation again.
          targets: targets.slice(Math.max(0, 3 * round - 3), 3 * round + 3),
          point: step === 'timer' ? undefined : step,
          at,
          // A point not reached in time ends in a kill from outside too (and fails below).
          killAfterReadyMs: step === 'timer' ? Math.floor(random() * 700) : 8000
        })
        expect(run.stderr).toBe('')
        expect(run.signal).toBe('SIGKILL')
        saved.push(...run.saved)
        ended.push(run.crashedAt ?? 'timer')
        expect(run.crashedAt ?? 'timer', `round ${round}: ${step} #${at} was not reached (saved ${run.saved.length}, refused ${run.refused.length})`).toBe(step)
        // Straight after the kill, before any start repairs anything: what `counterdesk audit
        // verify` reads is whole, and no audit entry is without its outbox command or vice versa.
        expectAuditPairsOutbox(file)
        expectGapFreeOutbox(file)
      }
      expect(ended.length).toBeGreaterThanOrEqual(10)
      for (const point of ['enqueue', 'push', 'pull', 'saved']) expect(ended, `never killed at ${point}`).toContain(point)
      expect(saved.length).toBeGreaterThan(0)
      const savedIds = saved.map((s) => s.commandId)
      expect(new Set(savedIds).size).toBe(savedIds.length)

      // A clean engine, run to completion.
      ws = await startWorkstation(central.url, null, { dataDir: tmp.dir })
      await drain(ws)
      await ws.core.sync.syncNow()
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
      await expectSettledOnce(ws, central.db, savedIds)

      // Everything in the outbox, reported on screen or not, is at central once, in sequence, and
      // applied: nobody else touched these violations, so a rejection here would be a double send.
      const outbox = readOutbox(ws.databaseFile)
      const atCentral = await central.db.query<{ id: string; seq: string; status: string }>(
        `SELECT c.id::text AS id, c.seq::text AS seq, c.status FROM commands c
         JOIN workstations w ON w.id = c.workstation_id WHERE w.id::text = $1 ORDER BY c.seq`,
        [ws.core.startup.workstationId]
      )
      expect(atCentral.map((c) => [c.id, Number(c.seq), c.status])).toEqual(outbox.map((o) => [o.id, o.seq, 'applied']))
      const perViolation = new Map<string, number>()
      for (const o of outbox) {
        const v = (JSON.parse(o.payload) as { data: { violationId: string } }).data.violationId
        perViolation.set(v, (perViolation.get(v) ?? 0) + 1)
      }
      expect([...perViolation].filter(([, n]) => n > 1), 'violations this workstation sent twice').toEqual([])
      for (const s of saved) {
        const decision = await central.db.query<{ violation_id: string }>('SELECT violation_id FROM decisions WHERE id = $1', [s.decisionId])
        expect(decision).toEqual([{ violation_id: s.violationId }])
      }
      await expectCentralUnique(central.db)
      await ws.close()
      ws = null
      expectAuditPairsOutbox(file)
    } finally {
      await ws?.close()
      tmp.remove()
    }
  }, 90_000)

  it('4. the process killed while enrolling, after central registered it: starting again with the same code enrols', async () => {
    const tmp = makeTempDir('counterdesk-crash-enrol-')
    let ws: TestWorkstation | null = null
    try {
      const code = await central.issueCode()
      const [target] = await freshTargets(central.db, 1)
      const killed = await runChildWorkstation({ dataDir: tmp.dir, centralUrl: central.url, enrolmentCode: code, targets: [target!], point: 'enrol', killAfterReadyMs: 0 })
      expect(killed).toMatchObject({ crashedAt: 'enrol', signal: 'SIGKILL', sawReady: false })
      // The installer starts the workstation again with the code it was given.
      const again = await runChildWorkstation({ dataDir: tmp.dir, centralUrl: central.url, enrolmentCode: code, targets: [target!], killAfterReadyMs: 2000 })
      expect(again.stderr, 'the workstation could not start again after a kill during enrolment').toBe('')
      expect(again.saved).toHaveLength(1)
      ws = await startWorkstation(central.url, null, { dataDir: tmp.dir })
      await drain(ws)
      await expectSettledOnce(ws, central.db, again.saved.map((s) => s.commandId))
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
    } finally {
      await ws?.close()
      tmp.remove()
    }
  }, 60_000)

  it(`7. random partitions and delays between three workstations and central while the simulator runs (seed ${SEED}): all converge`, async () => {
    const proxies: FaultProxy[] = []
    const stations: TestWorkstation[] = []
    try {
      for (let i = 0; i < 3; i++) proxies.push(await startFaultProxy(central.url))
      // Enrolment and bootstrap through clean links: an enrolment code is spent once.
      const codes = [await central.issueCode(), await central.issueCode(), await central.issueCode()]
      const started = await Promise.allSettled(
        proxies.map((proxy, i) => startWorkstation(proxy.url, codes[i]!, { engine: { pollMs: 250, requestTimeoutMs: 5_000, live: true } }))
      )
      for (const s of started) if (s.status === 'fulfilled') stations.push(s.value)
      for (const s of started) if (s.status === 'rejected') throw s.reason
      await Promise.all(stations.map((ws) => drain(ws)))
      proxies.forEach((proxy, i) =>
        proxy.setRules([
          randomFaults({
            seed: SEED + 70 + i,
            rate: 0.3,
            actions: [{ kind: 'delay', ms: 120 }, { kind: 'drop_response' }, { kind: 'drop_request' }, { kind: 'cut_body', afterBytes: 64 }]
          })
        ])
      )
      const simulated = { applied: 0, rejected: 0 }
      const simulation = await startSimulation({
        centralUrl: central.url,
        adminToken: ADMIN_TOKEN,
        rate: 20,
        limit: 60,
        seed: SEED,
        onAction: (e) => (e.status === 'applied' ? simulated.applied++ : simulated.rejected++)
      })
      // The same violations at every window, in a different order each: offline overlaps conflict.
      const pool = await freshTargets(central.db, 15)
      let chaos = true
      const chaosRandom = seededRandom(SEED + 7)
      const partitions = (async () => {
        while (chaos) {
          const proxy = proxies[Math.floor(chaosRandom() * proxies.length)]!
          proxy.partition()
          await sleep(100 + chaosRandom() * 300)
          proxy.heal()
          await sleep(50 + chaosRandom() * 150)
        }
      })()
      const saved: string[][] = [[], [], []]
      await Promise.all(
        stations.map(async (ws, i) => {
          const random = seededRandom(SEED + 700 + i)
          for (const t of shuffle(pool, random)) {
            const r = await ws.attempt('violation:process', processInput(t))
            if (r.ok) saved[i]!.push((r.value as ProcessResult).commandId)
            // Refused on screen (processed elsewhere and already pulled): nothing was saved.
            else expect(r.error.code, r.error.message).not.toBe('INTERNAL')
            if (random() < 0.5) await ws.core.sync.syncNow().catch(() => undefined)
            await sleep(random() * 80)
          }
        })
      )
      chaos = false
      await partitions
      await simulation.done
      for (const proxy of proxies) {
        proxy.heal()
        proxy.setRules([])
      }
      // Twice round: the first pass settles every outbox, the second pulls what the others did.
      for (const ws of stations) await drain(ws)
      for (const ws of stations) await drain(ws)

      const expected = await centralChecksums(central.db)
      for (const ws of stations) expect(workstationChecksums(ws.databaseFile)).toEqual(expected)
      let rejected = 0
      for (const [i, ws] of stations.entries()) {
        const counts = await expectSettledOnce(ws, central.db, saved[i]!)
        rejected += counts.rejected
        // Nothing else was queued: every command in the outbox is one the clerk saw saved.
        expect(readOutbox(ws.databaseFile).map((o) => o.id).sort()).toEqual([...saved[i]!].sort())
        const status = await ws.call<SyncStatusDto>('sync:status')
        expect(status).toMatchObject({ state: 'online', pending: 0, awaitingPull: 0, rejectedOpen: counts.rejected })
      }
      await expectCentralUnique(central.db)
      // Each pooled violation was processed at most once, by whichever channel got there first.
      const decided = await central.db.query<{ n: string }>('SELECT count(*)::text AS n FROM decisions WHERE violation_id = ANY($1::text[])', [
        pool.map((t) => t.violationId)
      ])
      expect(Number(decided[0]!.n)).toBeLessThanOrEqual(pool.length)
      expect(saved.flat().length - rejected).toBeLessThanOrEqual(pool.length)
      expect(simulated.applied + simulated.rejected).toBeGreaterThan(0)
      expect(proxies.flatMap((p) => p.log()).some((e) => e.action !== 'pass')).toBe(true)
    } finally {
      for (const ws of stations) await ws.close()
      for (const proxy of proxies) await proxy.close()
    }
  }, 60_000)

  it('8. central transactions committing out of order while a workstation pulls: each arrives in commit order, none skipped', async () => {
    // One change a page: a page that ended on the wrong transaction would move the cursor past
    // the other one for good.
    const ws = await startWorkstation(central.url, await central.issueCode(), { engine: { pullLimit: 1 } })
    try {
      await drain(ws)
      const rows = (await central.db.query<{ id: string }>("SELECT id FROM violations WHERE status = 'unprocessed' ORDER BY id DESC LIMIT 3")).map((r) => r.id)
      const edit = async (q: Querier, id: string, place: string): Promise<string> => {
        const xid = (await q.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x'))[0]!.x
        const [row] = await loadRows(q, { table: 'violations', column: 'id', value: id }, true)
        await writeRows(q, [{ table: 'violations', op: 'upsert', row: { ...row!, place } }])
        return xid
      }
      const localPlace = (id: string): string => readLocal(ws.databaseFile, (db) => db.prepare('SELECT place FROM violations WHERE id = ?').pluck().get(id) as string)
      const places = ['乱序提交测试 T1', '乱序提交测试 T2', '乱序提交测试 T3']

      if (kind === 'postgres') {
        // T1 takes its transaction id first and stays open; T2 starts later, with an id of more
        // digits (text order would put it first), and commits first.
        const t1 = await openTransaction(central, (q) => edit(q, rows[0]!, places[0]!))
        try {
          await burnXidsPastDigits(central, t1.position.x)
          const x2 = await central.db.transaction((q) => edit(q, rows[1]!, places[1]!))
          expect(BigInt(t1.position.x) < BigInt(x2)).toBe(true)
          // The pull in between gets T2, committed, and not T1, still open. T1 is numbered when it
          // commits, after T2, so the cursor now past T2 still leads to it.
          await ws.core.sync.syncNow()
          expect(localPlace(rows[1]!)).toBe(places[1])
          expect(localPlace(rows[0]!)).not.toBe(places[0])
        } finally {
          await t1.commit()
        }
        await ws.core.sync.syncNow()
        expect(localPlace(rows[0]!)).toBe(places[0])
        expect(localPlace(rows[1]!)).toBe(places[1])
      } else {
        // PGlite is one connection: its mutex runs one transaction at a time, so T2 cannot even
        // start while T1 is open and commits cannot finish out of order. What can be shown: a pull
        // issued while T1 is open waits for T1 instead of reading past it, and commits one after
        // the other (ids of different digit counts) arrive in transaction order.
        const events: string[] = []
        const t1 = await openTransaction(central, (q) => edit(q, rows[0]!, places[0]!))
        let pulling: Promise<unknown> = Promise.resolve()
        try {
          pulling = ws.core.sync.syncNow().then(() => events.push('pull answered'))
          // Long enough for the request to reach central and queue behind T1.
          await sleep(300)
          events.push('T1 committing')
        } finally {
          await t1.commit()
        }
        await pulling
        expect(events).toEqual(['T1 committing', 'pull answered'])
        expect(localPlace(rows[0]!)).toBe(places[0])
        const x2 = await central.db.transaction((q) => edit(q, rows[1]!, places[1]!))
        await burnXidsPastDigits(central, x2)
        const x3 = await central.db.transaction((q) => edit(q, rows[2]!, places[2]!))
        expect(BigInt(x2) < BigInt(x3)).toBe(true)
        await ws.core.sync.syncNow()
        const newest = (await central.db.query<{ n: string }>('SELECT max(seq)::text AS n FROM commit_log'))[0]!.n
        expect(ws.core.sync.store.cursor()!.cursor.x).toBe(newest)
      }
      rows.forEach((id, i) => {
        if (kind === 'pglite' || i < 2) expect(localPlace(id)).toBe(places[i])
      })
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
    } finally {
      await ws.close()
    }
  }, 60_000)

  it('8. one row written by two transactions that commit out of order: the workstation keeps the version central keeps', async () => {
    const ws = await startWorkstation(central.url, await central.issueCode())
    try {
      await drain(ws)
      const [id] = (await central.db.query<{ id: string }>("SELECT id FROM violations WHERE status = 'unprocessed' ORDER BY id LIMIT 1")).map((r) => r.id)
      const setPlace = async (q: Querier, place: string): Promise<void> => {
        const [row] = await loadRows(q, { table: 'violations', column: 'id', value: id! }, true)
        await writeRows(q, [{ table: 'violations', op: 'upsert', row: { ...row!, place } }])
      }
      if (kind === 'postgres') {
        // T1 takes the lower transaction id, T2 writes the row and commits, then T1 writes the
        // same row (over T2's version, no lock to wait for) and commits last: T1's version stays.
        let proceed!: () => void
        const go = new Promise<void>((r) => (proceed = r))
        let started!: (xid: string) => void
        const x1 = new Promise<string>((r) => (started = r))
        const t1 = central.db.transaction(async (q) => {
          started((await q.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x'))[0]!.x)
          await go
          await setPlace(q, '同一行乱序提交 T1')
        })
        try {
          await Promise.race([x1, t1])
          await central.db.transaction((q) => setPlace(q, '同一行乱序提交 T2'))
        } finally {
          proceed()
          await t1
        }
      } else {
        // PGlite runs one transaction at a time: T2 could not start while T1 is open (T1 would
        // wait for T2 forever). Commits one after the other are the only order there is.
        await central.db.transaction((q) => setPlace(q, '同一行乱序提交 T2'))
        await central.db.transaction((q) => setPlace(q, '同一行乱序提交 T1'))
      }
      await drain(ws)
      const place = readLocal(ws.databaseFile, (db) => db.prepare('SELECT place FROM violations WHERE id = ?').pluck().get(id!))
      expect((await central.db.query<{ place: string }>('SELECT place FROM violations WHERE id = $1', [id]))[0]!.place).toBe('同一行乱序提交 T1')
      expect(place, 'the workstation kept the version of the transaction that committed first').toBe('同一行乱序提交 T1')
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
    } finally {
      await ws.close()
    }
  }, 60_000)

  it('8. two windows process violations of one driver and the push with the lower transaction id commits last: every cache ends with central\'s driver row', async () => {
    const proxy = await startFaultProxy(central.url)
    const a = await startWorkstation(proxy.url, await central.issueCode())
    const b = await startWorkstation(central.url, await central.issueCode())
    try {
      await drain(a)
      await drain(b)
      const pair = await driverWithTwoViolations(central.db)
      expect(pair).not.toBeNull()
      const gate = (await freshTargets(central.db, 5)).find((t) => t.personId !== pair!.personId)!
      const [va, vb] = pair!.violationIds
      const before = (await central.db.query<{ cycle_points: number }>('SELECT cycle_points FROM drivers WHERE person_id = $1', [pair!.personId]))[0]!.cycle_points
      // Window A saves two actions while cut off: they travel in one push, one transaction.
      proxy.partition()
      const first = await a.call<ProcessResult>('violation:process', processInput(gate))
      const mine = await a.call<ProcessResult>('violation:process', processInput({ violationId: va, personId: pair!.personId }))
      let theirs: ProcessResult
      if (kind === 'postgres') {
        // A's push takes its transaction id at once and then waits on the first violation's row;
        // meanwhile B's push (a later id) updates the same driver and commits; then A goes on.
        const lock = await holdRowLock(central, gate.violationId)
        let pushingA: Promise<void> = Promise.resolve()
        try {
          proxy.heal()
          pushingA = a.core.sync.syncNow()
          await waitForLockWaiters(central, 1)
          theirs = await b.call<ProcessResult>('violation:process', processInput({ violationId: vb, personId: pair!.personId }))
          await b.core.sync.syncNow()
        } finally {
          await lock.release()
        }
        await pushingA
        // The scenario happened: A's push, begun first, committed after B's.
        const commits = await central.db.query<{ id: string; n: string }>(
          'SELECT c.id::text AS id, l.seq::text AS n FROM commands c JOIN commit_log l ON l.xid = c.xid WHERE c.id::text = ANY($1::text[])',
          [[mine.commandId, theirs.commandId]]
        )
        const order = (commandId: string): bigint => BigInt(commits.find((r) => r.id === commandId)!.n)
        expect(order(mine.commandId) > order(theirs.commandId)).toBe(true)
      } else {
        // PGlite: one transaction at a time, so A's batch and B's push cannot overlap.
        proxy.heal()
        await a.core.sync.syncNow()
        theirs = await b.call<ProcessResult>('violation:process', processInput({ violationId: vb, personId: pair!.personId }))
        await b.core.sync.syncNow()
      }
      await drain(a)
      await drain(b)
      await drain(a)
      await expectSettledOnce(a, central.db, [first.commandId, mine.commandId])
      await expectSettledOnce(b, central.db, [theirs.commandId])
      // Both actions' points are on the driver at central; a cache holding the first commit's row
      // shows the driver with fewer points than central has recorded.
      const points = async (ids: string[]): Promise<number> =>
        Number((await central.db.query<{ n: string }>('SELECT sum(points)::text AS n FROM violations WHERE id = ANY($1::text[])', [ids]))[0]!.n)
      const centralDriver = (await central.db.query<{ cycle_points: number; updated_at: string }>('SELECT cycle_points, updated_at FROM drivers WHERE person_id = $1', [pair!.personId]))[0]!
      const localDriver = (ws: TestWorkstation): unknown =>
        readLocal(ws.databaseFile, (db) => db.prepare('SELECT cycle_points, updated_at FROM drivers WHERE person_id = ?').get(pair!.personId))
      expect(centralDriver.cycle_points - before).toBe(await points([va, vb]))
      expect(localDriver(a), "window A's cache lost the driver's later version").toEqual(centralDriver)
      expect(localDriver(b), "window B's cache lost the driver's later version").toEqual(centralDriver)
      const expected = await centralChecksums(central.db)
      expect(workstationChecksums(a.databaseFile)).toEqual(expected)
      expect(workstationChecksums(b.databaseFile)).toEqual(expected)
    } finally {
      await a.close()
      await b.close()
      await proxy.close()
    }
  }, 60_000)

  it.each([
    { name: '+1 h', offsetMs: HOUR },
    { name: '−2 days', offsetMs: -2 * DAY }
  ])('9. a workstation clock off by $name: actions sync, the status warns, central corrects the time', async ({ offsetMs }) => {
    const clock = skewedClock(offsetMs)
    const ws = await startWorkstation(central.url, await central.issueCode(), { clock })
    try {
      await drain(ws)
      const [target] = await freshTargets(central.db, 1, { occurredBeforeDays: 3 })
      const realActionTime = Date.now()
      const processed = await ws.call<ProcessResult>('violation:process', processInput(target!))
      const status = await drain(ws)
      expect(status).toMatchObject({ state: 'online', pending: 0, rejectedOpen: 0, lastError: null, skewWarning: true })
      // Central's clock minus ours: the opposite of the offset, give or take the round trip.
      expect(Math.abs(status.skewMs! + offsetMs)).toBeLessThan(10_000)

      const [row] = (await centralCommands(central.db, [processed.commandId])).get(processed.commandId)!
      expect(row!.status).toBe('applied')
      expect(Math.abs(Date.parse(row!.client_time) - (realActionTime + offsetMs))).toBeLessThan(10_000)
      const effective = Date.parse(row!.effective_time)
      expect(effective).toBeLessThanOrEqual(row!.received_ms + 1)
      expect(Math.abs(effective - realActionTime)).toBeLessThan(10_000)
      const decision = await central.db.query<{ decided_at: string }>('SELECT decided_at FROM decisions WHERE id = $1', [processed.decisionId])
      expect(decision[0]!.decided_at).toBe(row!.effective_time)
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
    } finally {
      await ws.close()
    }
  }, 60_000)

  it('9. a workstation clock jumping backwards: sequence order and UUIDv7 ids hold, sync never blocks', async () => {
    const clock = skewedClock(0)
    const tmp = makeTempDir('counterdesk-clock-')
    let ws = await startWorkstation(central.url, await central.issueCode(), { clock, dataDir: tmp.dir })
    try {
      await drain(ws)
      const targets = await freshTargets(central.db, 4, { occurredBeforeDays: 3 })
      const ids: string[] = []
      ids.push((await ws.call<ProcessResult>('violation:process', processInput(targets[0]!))).commandId)
      expect((await drain(ws)).skewWarning).toBe(false)
      clock.jump(-HOUR)
      ids.push((await ws.call<ProcessResult>('violation:process', processInput(targets[1]!))).commandId)
      ids.push((await ws.call<ProcessResult>('violation:process', processInput(targets[2]!))).commandId)
      // Within one run the generator keeps ids increasing even though time went back.
      expect([...ids].sort()).toEqual(ids)
      const status = await drain(ws)
      expect(status).toMatchObject({ state: 'online', pending: 0, rejectedOpen: 0, lastError: null, skewWarning: true })

      // A restart with the clock still behind: the sequence carries on from the database.
      await ws.close()
      ws = await startWorkstation(central.url, null, { clock, dataDir: tmp.dir })
      ids.push((await ws.call<ProcessResult>('violation:process', processInput(targets[3]!))).commandId)
      await drain(ws)

      const outbox = readOutbox(ws.databaseFile)
      expect(outbox.map((o) => o.id)).toEqual(ids)
      expect(outbox.map((o) => o.seq)).toEqual([1, 2, 3, 4])
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(new Set(ids).size).toBe(ids.length)
      const rows = await centralCommands(central.db, ids)
      for (const [i, id] of ids.entries()) {
        const [row] = rows.get(id)!
        expect(row).toMatchObject({ status: 'applied', seq: String(i + 1) })
        expect(Date.parse(row!.effective_time)).toBeLessThanOrEqual(row!.received_ms + 1)
      }
      expectAuditPairsOutbox(ws.databaseFile)
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
    } finally {
      await ws.close()
      tmp.remove()
    }
  }, 60_000)

  it('12. the same violation at two windows and on 12123 at once: exactly one succeeds, the others are told 已处理', async () => {
    const a = await startWorkstation(central.url, await central.issueCode())
    const b = await startWorkstation(central.url, await central.issueCode())
    const app = await enrolAppChannel(central)
    const random = seededRandom(SEED + 12)
    try {
      const targets = await freshTargets(central.db, 4)
      expect(targets).toHaveLength(4)
      const windowIds: string[] = []
      const winners: string[] = []
      for (const [round, target] of targets.entries()) {
        await drain(a)
        await drain(b)
        const appCommand = app.processCommand(target.violationId, target.personId)
        // Each window saves on screen, then pushes at once; 12123 pushes its own command. Who
        // starts first varies by a few milliseconds from round to round (seeded).
        const head = [random() * 15, random() * 15, random() * 15]
        const saveAndPush = async (ws: TestWorkstation, delay: number): Promise<ProcessResult> => {
          await sleep(delay)
          const result = await ws.call<ProcessResult>('violation:process', processInput(target))
          await ws.core.sync.syncNow().catch(() => undefined)
          return result
        }
        const fire = () => Promise.all([saveAndPush(a, head[0]!), saveAndPush(b, head[1]!), sleep(head[2]!).then(() => app.push(appCommand))])
        let results: Awaited<ReturnType<typeof fire>>
        if (kind === 'postgres' && round % 2 === 1) {
          // Every other round, hold the violation's row lock until all three pushes wait on it:
          // then they surely meet inside central at the same moment.
          const gate = await holdRowLock(central, target.violationId)
          const racing = fire()
          try {
            await waitForLockWaiters(central, 3)
          } finally {
            await gate.release()
          }
          results = await racing
        } else {
          results = await fire()
        }
        const [ra, rb, rapp] = results
        windowIds.push(ra.commandId, rb.commandId)
        await drain(a)
        await drain(b)

        const byId = await centralCommands(central.db, [ra.commandId, rb.commandId, appCommand.id])
        const outcomes = [...byId.values()].map((rows) => {
          expect(rows).toHaveLength(1)
          return rows[0]!
        })
        expect(outcomes.filter((o) => o.status === 'applied')).toHaveLength(1)
        for (const loser of outcomes.filter((o) => o.status === 'rejected')) {
          expect(loser.code).toBe('ALREADY_PROCESSED')
          expect(loser.message).toContain('已处理')
        }
        const decisions = await central.db.query<{ id: string }>('SELECT id FROM decisions WHERE violation_id = $1', [target.violationId])
        expect(decisions).toHaveLength(1)
        const winnerDecision = decisions[0]!.id
        const appData = appCommand.payload.data as { decisionId: string }
        if (rapp.status === 'applied') {
          expect(appData.decisionId).toBe(winnerDecision)
          winners.push('12123')
        } else {
          expect(rapp).toMatchObject({ code: 'ALREADY_PROCESSED' })
          expect((rapp as { message: string }).message).toContain('已处理')
        }
        for (const [name, ws, result] of [['A', a, ra], ['B', b, rb]] as const) {
          const local = readLocal(ws.databaseFile, (db) => db.prepare('SELECT id FROM decisions WHERE violation_id = ?').pluck().all(target.violationId))
          // Whoever won, the window shows central's one decision, not its own if it lost.
          expect(local).toEqual([winnerDecision])
          if (result.decisionId === winnerDecision) {
            winners.push(name)
            continue
          }
          const list = await ws.call<SyncList>('sync:list')
          const item = list.rejected.find((r) => r.id === result.commandId)
          expect(item, `window ${name}'s lost action is not in its 需处理 list`).toBeDefined()
          expect(item!.reasonCode).toBe('ALREADY_PROCESSED')
          expect(item!.reasonMessage).toContain('已处理')
        }
      }
      expect(winners).toHaveLength(targets.length)
      const expected = await centralChecksums(central.db)
      for (const ws of [a, b]) expect(workstationChecksums(ws.databaseFile)).toEqual(expected)
      const countsA = await expectSettledOnce(a, central.db, windowIds.filter((_, i) => i % 2 === 0))
      const countsB = await expectSettledOnce(b, central.db, windowIds.filter((_, i) => i % 2 === 1))
      expect((await a.call<SyncStatusDto>('sync:status')).rejectedOpen).toBe(countsA.rejected)
      expect((await b.call<SyncStatusDto>('sync:status')).rejectedOpen).toBe(countsB.rejected)
      await expectCentralUnique(central.db)
    } finally {
      await a.close()
      await b.close()
    }
  }, 60_000)
})
