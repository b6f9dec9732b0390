// Faults of the sync protocol between a workstation and central (the issue's items 1–3, 5, 6, 10,
// 11, and truncated or malformed answers), on PGlite and on a real PostgreSQL server. The
// workstation is the real core, enrolled with the fault proxy's address as its central; other
// channels (12123 payments, camera intake, another window) speak the protocol directly. Every test
// ends with the same proof: nothing lost, nothing doubled, the workstation's cache equal to central's.
import { createHash, randomUUID } from 'node:crypto'
import { readdirSync, readlinkSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SyncList, SyncStatusDto } from '../../src/shared/contract'
import { SyncClient, SyncError } from '../../src/main/sync/client'
import { PROTOCOL_VERSION, compareCursor, type CommandResult, type Cursor, type PullResponse } from '../../src/main/sync/protocol'
import { createSyncEngine, type SyncEngine } from '../../src/main/sync/engine'
import { openSyncConnection } from '../../src/main/sync/connection'
import { builtinProfiles } from '../../src/main/rules/engine'
import { systemClock } from '../../src/main/platform/clock'
import type { RecordPaymentPayload } from '../../src/main/commands'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { makeTempDir } from '../support/temp-dir'
import { startTestCentral, startWorkstation, workstationChecksums, type TestCentral, type TestWorkstation } from './support/harness'
import { once, randomFaults, startFaultProxy, type FaultProxy, type RequestInfo } from './support/fault-proxy'
import { CHANNEL_REGION, cameraRecords, enrolChannel, nowZoned, payableDecisions, paymentData, processData } from './support/protocol-channels'
import {
  centralCommandsOf,
  expectAllAnswered,
  expectCachesEqual,
  openConflictTasks,
  processAll,
  readCursor,
  readOutbox,
  targets
} from './support/protocol-invariants'

const isPush = (r: RequestInfo): boolean => r.path.startsWith('/sync/v1/push')
const isPull = (r: RequestInfo): boolean => r.path.startsWith('/sync/v1/pull')
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const idOf = (ws: TestWorkstation): string => ws.core.sync.store.enrolment()!.workstationId
const outcome = (r: CommandResult): [number, string, boolean | null] => [r.seq, r.status, r.status === 'retry' ? null : r.duplicate]

/** The SyncError a promise fails with (and proof that it fails with one). */
async function failure(promise: Promise<unknown>): Promise<SyncError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(SyncError)
  return error as SyncError
}

type WorkstationOptions = NonNullable<Parameters<typeof startWorkstation>[2]>

/** Files under `dir` this process holds open (Linux: /proc/self/fd). */
function openFilesUnder(dir: string): string[] {
  const open: string[] = []
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`)
      if (target.startsWith(dir + '/')) open.push(target)
    } catch {
      // Closed between listing and reading.
    }
  }
  return open
}

describe.each(CENTRAL_DB_KINDS)('sync protocol faults against central on %s', (kind) => {
  let central: TestCentral
  let proxy: FaultProxy

  beforeAll(async () => {
    central = await startTestCentral(kind, { people: 300 })
  }, 120_000)
  afterAll(async () => {
    await central?.close()
  })
  beforeEach(async () => {
    proxy = await startFaultProxy(central.url)
  })
  afterEach(async () => {
    await proxy.close()
  })

  /**
   * A workstation enrolled through the proxy whose engine moves only on syncNow: even with the
   * live channel off, every saved action kicks the engine's loop, which would race the faults.
   */
  async function manualWorkstation(options: WorkstationOptions & { code?: string | null } = {}): Promise<TestWorkstation> {
    const { code, ...rest } = options
    const ws = await startWorkstation(proxy.url, code === undefined ? await central.issueCode() : code, rest)
    await ws.core.sync.stop()
    return ws
  }

  it('1. a push answer lost after central committed: the retry is answered as duplicates, one decision per command, one payment per receipt', async () => {
    const ws = await manualWorkstation()
    try {
      await ws.core.sync.syncNow()
      const saved = await processAll(ws, await targets(central.db, 3))
      const answers = vi.spyOn(ws.core.sync.store, 'applyPushResults')
      proxy.setRules([once(isPush, { kind: 'drop_response' })])
      expect(await failure(ws.core.sync.syncNow())).toMatchObject({ code: 'NETWORK', transient: true })
      // Central committed the batch; the workstation never heard, so all three are still pending.
      expect((await centralCommandsOf(central.db, idOf(ws))).map((c) => [c.id, c.status])).toEqual(saved.map((id) => [id, 'applied']))
      expect(answers).not.toHaveBeenCalled()
      expect(readOutbox(ws.databaseFile).map((o) => o.status)).toEqual(['pending', 'pending', 'pending'])
      expect(await ws.call<SyncStatusDto>('sync:status')).toMatchObject({ state: 'offline', pending: 3 })

      await ws.core.sync.syncNow()
      const retried = answers.mock.calls.flatMap((c) => c[0])
      expect(retried.map(outcome)).toEqual([1, 2, 3].map((seq) => [seq, 'applied', true]))
      expect(proxy.log().filter((e) => e.path === '/sync/v1/push').map((e) => e.action)).toEqual(['drop_response', 'pass'])
      // The stored answer carries the numbers central assigned the first time.
      const numbers = await central.db.query<{ id: string; decision_no: string }>(
        `SELECT c.id::text AS id, d.decision_no FROM commands c JOIN decisions d ON d.id = c.payload->'data'->>'decisionId' WHERE c.id = ANY($1::uuid[]) ORDER BY c.seq`,
        [saved]
      )
      expect(numbers.map((n) => [n.id, n.decision_no])).toEqual(retried.map((r) => [r.id, r.status === 'applied' ? r.assigned.decisionNo : null]))

      // 12123 pays three decisions; its answer is lost and it sends the very same commands again.
      const app = await enrolChannel(central, 'app')
      const appViaProxy = app.via(proxy.url)
      const payable = await payableDecisions(central.db, 4)
      expect(payable).toHaveLength(4)
      const payments = payable.slice(0, 3).map((d) => app.command('payment.record', paymentData(d)))
      proxy.setRules([once(isPush, { kind: 'drop_response' })])
      expect(await failure(appViaProxy.push(payments))).toMatchObject({ code: 'NETWORK' })
      expect((await appViaProxy.push(payments)).value.results.map(outcome)).toEqual([1, 2, 3].map((seq) => [seq, 'applied', true]))
      // The network delivers a request twice: the answer (to the second copy) says duplicate.
      proxy.setRules([once(isPush, { kind: 'duplicate' })])
      const fourth = app.command('payment.record', paymentData(payable[3]!))
      expect((await appViaProxy.push([fourth])).value.results.map(outcome)).toEqual([[4, 'applied', true]])
      // A new command reusing a receipt number, or paying a paid decision again, is refused.
      const firstReceipt = (payments[0]!.payload.data as RecordPaymentPayload).receiptNo
      const refused = await app.push([
        app.command('payment.record', paymentData(payable[3]!, firstReceipt)),
        app.command('payment.record', paymentData(payable[0]!))
      ])
      expect(refused.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual(['RECEIPT_USED', 'ALREADY_PAID'])
      const paid = await central.db.query<{ decision_id: string }>('SELECT decision_id FROM payments WHERE decision_id = ANY($1::text[])', [payable.map((d) => d.decisionId)])
      expect(paid.map((p) => p.decision_id).sort()).toEqual(payable.map((d) => d.decisionId).sort())

      proxy.setRules([])
      await ws.core.sync.syncNow()
      await expectAllAnswered(ws, central.db, saved)
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })

  it('2. two sync loops on one workstation database: no double effect, no lost command, the cursor never goes back', async () => {
    // Engine A is the core's own, its loop running (each saved action kicks it); engine B is a
    // second engine on a second connection to the same file, as a second process would be.
    const ws = await startWorkstation(proxy.url, await central.issueCode())
    const second = openSyncConnection(ws.databaseFile)
    const profiles = builtinProfiles()
    const b = createSyncEngine({
      sqlite: second,
      databaseFile: ws.databaseFile,
      env: () => ({ profiles, jurisdiction: CHANNEL_REGION, online: true }),
      clock: systemClock,
      timeZone: 'Asia/Shanghai',
      live: false,
      pollMs: 600_000
    })
    const engines: SyncEngine[] = [ws.core.sync, b]
    try {
      await ws.core.sync.syncNow()
      const start = readCursor(ws.databaseFile)!
      const chain: { from: Cursor; to: Cursor }[] = []
      for (const engine of engines) {
        const apply = engine.store.applyPullPage.bind(engine.store)
        vi.spyOn(engine.store, 'applyPullPage').mockImplementation((page: PullResponse) => {
          const result = apply(page)
          if (result === 'applied') chain.push({ from: page.from, to: page.to })
          return result
        })
      }
      const intake = await enrolChannel(central, 'intake')
      const picks = await targets(central.db, 12)
      // Shuffle the interleavings, and lose or double some exchanges on the way.
      proxy.setRules([
        randomFaults({ seed: 20261121, rate: 0.3, actions: [{ kind: 'delay', ms: 10 }, { kind: 'delay', ms: 40 }, { kind: 'drop_response' }, { kind: 'duplicate' }] })
      ])
      const saved: string[] = []
      const failures: unknown[] = []
      const cursors: Cursor[] = []
      let adding = true
      const clerk = async (): Promise<void> => {
        try {
          for (const t of picks) {
            saved.push(...(await processAll(ws, [t])))
            await intake.sendEach('camera.record', await cameraRecords(central.db, 1))
            await new Promise((r) => setTimeout(r, 5))
          }
        } finally {
          adding = false
        }
      }
      const loop = async (engine: SyncEngine): Promise<void> => {
        for (let i = 0; adding || i < 4; i++) {
          await engine.syncNow().catch((e: unknown) => failures.push(e))
          cursors.push(engine.store.cursor()!.cursor)
        }
      }
      await Promise.all([clerk(), loop(engines[0]!), loop(engines[1]!)])
      for (const f of failures) expect(f).toMatchObject({ transient: true })
      for (let i = 1; i < cursors.length; i++) expect(compareCursor(cursors[i]!, cursors[i - 1]!)).toBeGreaterThanOrEqual(0)

      proxy.setRules([])
      await b.syncNow()
      await ws.core.sync.syncNow()
      // The pages applied, by either engine, form one chain from the start: none twice, none skipped.
      expect(chain[0]?.from).toEqual(start)
      for (let i = 1; i < chain.length; i++) expect(chain[i]!.from).toEqual(chain[i - 1]!.to)
      expect(readCursor(ws.databaseFile)).toEqual(chain[chain.length - 1]!.to)
      expect(saved).toHaveLength(12)
      await expectAllAnswered(ws, central.db, saved)
      await expectCachesEqual(ws, central.db)
    } finally {
      await b.stop()
      second.close()
      await ws.close()
    }
  })

  it('3. a batch cut off mid-answer, then an answer lost with more actions saved before the retry: each applied once, in sequence', async () => {
    const ws = await manualWorkstation({ engine: { pushBatch: 10 } })
    try {
      await ws.core.sync.syncNow()
      const picks = await targets(central.db, 26)
      const saved = await processAll(ws, picks.slice(0, 20))
      // Batches 1–10 and 11–20: central commits both; the second answer stops after 300 bytes.
      let pushes = 0
      proxy.setRules([(r) => (isPush(r) && ++pushes === 2 ? { kind: 'cut_body', afterBytes: 300 } : undefined)])
      expect(await failure(ws.core.sync.syncNow())).toMatchObject({ transient: true })
      expect((await centralCommandsOf(central.db, idOf(ws))).map((c) => c.seq)).toEqual(range(1, 20))
      expect(readOutbox(ws.databaseFile).filter((o) => o.status === 'pending').map((o) => o.seq)).toEqual(range(11, 20))
      expect(await ws.call<SyncStatusDto>('sync:status')).toMatchObject({ state: 'offline', pending: 10 })

      // Four more saved; the retry's second batch (21–24) is committed and its answer lost.
      saved.push(...(await processAll(ws, picks.slice(20, 24))))
      pushes = 0
      proxy.setRules([(r) => (isPush(r) && ++pushes === 2 ? { kind: 'drop_response' } : undefined)])
      expect(await failure(ws.core.sync.syncNow())).toMatchObject({ code: 'NETWORK', transient: true })
      expect((await centralCommandsOf(central.db, idOf(ws))).map((c) => c.seq)).toEqual(range(1, 24))
      expect(readOutbox(ws.databaseFile).filter((o) => o.status === 'pending').map((o) => o.seq)).toEqual(range(21, 24))

      // Two more before the network heals: 21–24 come back as duplicates, 25–26 apply now.
      saved.push(...(await processAll(ws, picks.slice(24, 26))))
      proxy.setRules([])
      const answers = vi.spyOn(ws.core.sync.store, 'applyPushResults')
      await ws.core.sync.syncNow()
      expect(answers.mock.calls.flatMap((c) => c[0]).map(outcome)).toEqual([
        ...range(21, 24).map((seq) => [seq, 'applied', true]),
        [25, 'applied', false],
        [26, 'applied', false]
      ])
      await expectAllAnswered(ws, central.db, saved)
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })

  it('5. offline in the middle of a multi-page pull, then a restart: resumes from the last page saved, loses nothing', async () => {
    const dir = makeTempDir('counterdesk-faults-')
    const options = { dataDir: dir.dir, engine: { pullLimit: 5 } }
    let ws = await manualWorkstation(options)
    try {
      await ws.core.sync.syncNow()
      const [first, second] = await targets(central.db, 2)
      const saved = await processAll(ws, [first!])
      // Many central transactions, one push each: camera records, 12123 payments.
      const intake = await enrolChannel(central, 'intake')
      await intake.sendEach('camera.record', await cameraRecords(central.db, 10))
      const app = await enrolChannel(central, 'app')
      await app.sendEach('payment.record', (await payableDecisions(central.db, 4)).map((d) => paymentData(d)))
      const before = readCursor(ws.databaseFile)!
      const pages = vi.spyOn(ws.core.sync.store, 'applyPullPage')
      let pulls = 0
      proxy.setRules([
        (r) => {
          if (!isPull(r) || ++pulls !== 3) return undefined
          proxy.partition()
          return { kind: 'refuse' }
        }
      ])
      expect(await failure(ws.core.sync.syncNow())).toMatchObject({ code: 'NETWORK', transient: true })
      expect(pages.mock.results.map((r) => r.value as string)).toEqual(['applied', 'applied'])
      const mid = readCursor(ws.databaseFile)!
      expect(compareCursor(mid, before)).toBeGreaterThan(0)
      expect(readOutbox(ws.databaseFile).map((o) => o.status)).toEqual(['applied'])
      // Offline, the clerk saves another action; then the workstation is shut down.
      saved.push(...(await processAll(ws, [second!])))
      expect(await ws.call<SyncStatusDto>('sync:status')).toMatchObject({ state: 'offline', pending: 1 })
      await ws.close()

      // Started again on the same folder, still offline: the saved position and action are there.
      ws = await manualWorkstation({ ...options, code: null })
      expect(readCursor(ws.databaseFile)).toEqual(mid)
      expect(await ws.call<SyncStatusDto>('sync:status')).toMatchObject({ state: 'offline', pending: 1 })
      expect((await ws.call<SyncList>('sync:list')).pending.map((p) => p.id)).toEqual([saved[1]])
      proxy.heal()
      await ws.core.sync.syncNow()
      expect(compareCursor(readCursor(ws.databaseFile)!, mid)).toBeGreaterThan(0)
      await expectAllAnswered(ws, central.db, saved)
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
      dir.remove()
    }
  })

  it('6. a poison command followed by good ones: the good ones apply, the poison is listed rejected with its reason and a review task', async () => {
    const ws = await manualWorkstation()
    try {
      await ws.core.sync.syncNow()
      const [poison, ...good] = await targets(central.db, 4)
      // Another window processes the record first; this workstation has not heard of it yet.
      const other = await enrolChannel(central, 'window')
      await other.sendEach('violation.process', [processData(poison!)])
      const saved = await processAll(ws, [poison!, ...good])
      await ws.core.sync.syncNow()
      const outbox = await expectAllAnswered(ws, central.db, saved)
      expect(outbox.map((o) => [o.id, o.status])).toEqual(saved.map((id, i) => [id, i === 0 ? 'rejected' : 'applied']))
      const list = await ws.call<SyncList>('sync:list')
      expect(list.rejected).toHaveLength(1)
      expect(list.rejected[0]).toMatchObject({ id: saved[0], typeName: '处理违法', reasonCode: 'ALREADY_PROCESSED' })
      expect(list.rejected[0]!.reasonMessage).toContain('已处理')
      expect(openConflictTasks(ws.databaseFile)).toEqual([saved[0]])
      expect(await ws.call<SyncStatusDto>('sync:status')).toMatchObject({ state: 'online', pending: 0, rejectedOpen: 1 })

      // The rejection blocks nothing: an action saved afterwards applies as well.
      saved.push(...(await processAll(ws, await targets(central.db, 1))))
      await ws.core.sync.syncNow()
      expect((await expectAllAnswered(ws, central.db, saved)).map((o) => o.status)).toEqual(['rejected', 'applied', 'applied', 'applied', 'applied'])
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })

  it('10. pull pages re-delivered or out of order are ignored; pulls doubled by the network change nothing', async () => {
    const ws = await manualWorkstation()
    try {
      await ws.core.sync.syncNow()
      // An action still pending here: every page is applied under it (rewind, apply, replay).
      const saved = await processAll(ws, await targets(central.db, 1))
      const intake = await enrolChannel(central, 'intake')
      await intake.sendEach('camera.record', await cameraRecords(central.db, 6))
      const store = ws.core.sync.store
      const { workstationId, secret } = store.enrolment()!
      const client = new SyncClient({ baseUrl: central.url, now: () => new Date(), credentials: { workstationId, secret } })
      const start = store.cursor()!
      const page1 = (await client.pull(start.epoch, start.cursor, 3)).value
      const page2 = (await client.pull(start.epoch, page1.to, 3)).value
      expect(page1).toMatchObject({ from: start.cursor, hasMore: true })
      expect(page2.from).toEqual(page1.to)
      expect(page2.changes.length).toBeGreaterThan(0)

      const untouched = workstationChecksums(ws.databaseFile)
      expect(store.applyPullPage(page2)).toBe('stale')
      expect(store.cursor()!.cursor).toEqual(start.cursor)
      expect(workstationChecksums(ws.databaseFile)).toEqual(untouched)
      expect(store.applyPullPage(page1)).toBe('applied')
      const afterPage1 = workstationChecksums(ws.databaseFile)
      expect(afterPage1).not.toEqual(untouched)
      expect(store.applyPullPage(page1)).toBe('stale')
      expect(store.cursor()!.cursor).toEqual(page1.to)
      expect(workstationChecksums(ws.databaseFile)).toEqual(afterPage1)
      expect(store.applyPullPage(page2)).toBe('applied')
      expect(store.cursor()!.cursor).toEqual(page2.to)
      expect(readOutbox(ws.databaseFile).map((o) => o.status)).toEqual(['pending'])

      // Every pull sent twice by the network (the answer is the second copy), with more changes.
      await intake.sendEach('camera.record', await cameraRecords(central.db, 4))
      const seen = proxy.log().length
      proxy.setRules([(r) => (isPull(r) ? { kind: 'duplicate' } : undefined)])
      await ws.core.sync.syncNow()
      const pulls = proxy.log().slice(seen).filter((e) => e.path.startsWith('/sync/v1/pull'))
      expect(pulls.length).toBeGreaterThan(0)
      expect(pulls.every((e) => e.action === 'duplicate')).toBe(true)
      await expectAllAnswered(ws, central.db, saved)
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })

  it('11. a workstation on an older protocol version is refused in Chinese, applies nothing, and stops (blocked)', async () => {
    const dir = makeTempDir('counterdesk-faults-')
    let ws = await manualWorkstation({ dataDir: dir.dir })
    try {
      await ws.core.sync.syncNow()
      const saved = await processAll(ws, await targets(central.db, 1))
      await ws.close()
      // The same folder opened by an older build of the workstation.
      ws = await manualWorkstation({ dataDir: dir.dir, code: null, engine: { protocolVersion: PROTOCOL_VERSION - 1 } })
      const refusal = await failure(ws.core.sync.syncNow())
      expect(refusal).toMatchObject({ code: 'PROTOCOL_VERSION', transient: false })
      expect(refusal.message).toContain('升级')
      const status = await ws.call<SyncStatusDto>('sync:status')
      expect(status).toMatchObject({ state: 'blocked', pending: 1, lastError: { code: 'PROTOCOL_VERSION' } })
      expect(status.lastError!.message).toContain('升级')
      expect(await centralCommandsOf(central.db, idOf(ws))).toEqual([])
      expect((await ws.call<SyncList>('sync:list')).pending.map((p) => p.id)).toEqual(saved)

      // On the wire: 426 with the protocol's error body.
      const raw = await fetch(`${central.url}/sync/v1/push`, { method: 'POST', headers: { 'x-counterdesk-protocol': String(PROTOCOL_VERSION - 1), 'content-type': 'application/json' }, body: '{}' })
      expect(raw.status).toBe(426)
      expect(await raw.json()).toMatchObject({ error: { code: 'PROTOCOL_VERSION', transient: false, message: expect.stringContaining('升级') as string } })
      // An older workstation cannot enrol either, and the code it tried stays unused.
      const code = await central.issueCode()
      const old = new SyncClient({ baseUrl: proxy.url, now: () => new Date(), protocolVersion: PROTOCOL_VERSION - 1 })
      const enrol = old.enrol({ enrolmentCode: code, workstationId: randomUUID(), workstationName: '旧版终端', regionCode: CHANNEL_REGION })
      expect(await failure(enrol)).toMatchObject({ code: 'PROTOCOL_VERSION', transient: false })
      const codeRow = await central.db.query<{ used_by: string | null }>('SELECT used_by::text AS used_by FROM enrolment_codes WHERE code_hash = $1', [
        createHash('sha256').update(code).digest('hex')
      ])
      expect(codeRow).toEqual([{ used_by: null }])
      await ws.close()

      // Upgraded: the saved action goes through.
      ws = await manualWorkstation({ dataDir: dir.dir, code: null })
      await ws.core.sync.syncNow()
      await expectAllAnswered(ws, central.db, saved)
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
      dir.remove()
    }
  })

  it('11b. an older workstation is refused at enrolment: the start fails with the Chinese message, its code stays usable, no file left open', async () => {
    const dir = makeTempDir('counterdesk-faults-')
    let ws: TestWorkstation | null = null
    try {
      const code = await central.issueCode()
      const start = startWorkstation(proxy.url, code, { dataDir: dir.dir, engine: { protocolVersion: PROTOCOL_VERSION - 1 } })
      expect(await failure(start)).toMatchObject({ code: 'PROTOCOL_VERSION', transient: false, message: expect.stringContaining('升级') as string })
      // The failed start closed every connection it opened to the workstation's database (soft: the
      // rest of the story is checked either way).
      expect.soft(openFilesUnder(dir.dir)).toEqual([])
      // Upgraded, the same code enrols it.
      ws = await startWorkstation(proxy.url, code, { dataDir: dir.dir })
      await ws.core.sync.syncNow()
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws?.close()
      dir.remove()
    }
  })

  it('a pull answer cut short writes nothing, and the next attempt succeeds', async () => {
    const ws = await manualWorkstation()
    try {
      await ws.core.sync.syncNow()
      const intake = await enrolChannel(central, 'intake')
      await intake.sendEach('camera.record', await cameraRecords(central.db, 3))
      const before = { tables: workstationChecksums(ws.databaseFile), cursor: readCursor(ws.databaseFile) }
      proxy.setRules([once(isPull, { kind: 'cut_body', afterBytes: 200 })])
      expect(await failure(ws.core.sync.syncNow())).toMatchObject({ transient: true })
      expect(workstationChecksums(ws.databaseFile)).toEqual(before.tables)
      expect(readCursor(ws.databaseFile)).toEqual(before.cursor)
      expect((await ws.call<SyncStatusDto>('sync:status')).state).toBe('offline')

      await ws.core.sync.syncNow()
      expect(compareCursor(readCursor(ws.databaseFile)!, before.cursor!)).toBeGreaterThan(0)
      expect((await ws.call<SyncStatusDto>('sync:status')).state).toBe('online')
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })

  it('junk from central is RESPONSE_MALFORMED, writes nothing, and the exchange is retried', async () => {
    const ws = await manualWorkstation()
    try {
      await ws.core.sync.syncNow()
      const intake = await enrolChannel(central, 'intake')
      await intake.sendEach('camera.record', await cameraRecords(central.db, 2))
      const before = { tables: workstationChecksums(ws.databaseFile), cursor: readCursor(ws.databaseFile) }
      for (const body of ['<html><body>502 Bad Gateway</body></html>', JSON.stringify({ from: before.cursor, changes: 'none' })]) {
        proxy.setRules([once(isPull, { kind: 'status', status: 200, body })])
        expect(await failure(ws.core.sync.syncNow())).toMatchObject({ code: 'RESPONSE_MALFORMED', transient: true })
        expect(workstationChecksums(ws.databaseFile)).toEqual(before.tables)
        expect(readCursor(ws.databaseFile)).toEqual(before.cursor)
        expect((await ws.call<SyncStatusDto>('sync:status')).lastError).toMatchObject({ code: 'RESPONSE_MALFORMED' })
      }

      // A push answered with junk: nothing reached central, the action stays pending.
      const saved = await processAll(ws, await targets(central.db, 1))
      const outboxBefore = readOutbox(ws.databaseFile).map((o) => [o.id, o.status])
      proxy.setRules([once(isPush, { kind: 'status', status: 200, body: '{"results":' })])
      expect(await failure(ws.core.sync.syncNow())).toMatchObject({ code: 'RESPONSE_MALFORMED', transient: true })
      expect(readOutbox(ws.databaseFile).map((o) => [o.id, o.status])).toEqual(outboxBefore)
      expect(await centralCommandsOf(central.db, idOf(ws))).toEqual([])
      expect(await ws.call<SyncStatusDto>('sync:status')).toMatchObject({ pending: 1, lastError: { code: 'RESPONSE_MALFORMED' } })

      proxy.setRules([])
      await ws.core.sync.syncNow()
      await expectAllAnswered(ws, central.db, saved)
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })

  it('a pull page whose count disagrees with its changes is RESPONSE_MALFORMED and writes nothing', async () => {
    const ws = await manualWorkstation()
    try {
      await ws.core.sync.syncNow()
      const cursor = readCursor(ws.databaseFile)!
      const before = workstationChecksums(ws.databaseFile)
      const [victim] = await central.db.query<{ id: string }>('SELECT id FROM violations ORDER BY id LIMIT 1')
      // Well-formed JSON of the right shape, but one change announced too many: sync-protocol.md §1
      // makes that RESPONSE_MALFORMED (a code the status bar explains in Chinese), like junk.
      const forged = {
        from: cursor,
        to: { x: cursor.x, s: cursor.s + 1 },
        changes: [{ op: 'delete', table: 'violations', id: victim!.id }],
        hasMore: false,
        serverTime: nowZoned(),
        lastProcessedSeq: 0,
        count: 2
      }
      proxy.setRules([once(isPull, { kind: 'status', status: 200, body: JSON.stringify(forged) })])
      const error = await failure(ws.core.sync.syncNow())
      expect(workstationChecksums(ws.databaseFile)).toEqual(before)
      expect(readCursor(ws.databaseFile)).toEqual(cursor)
      expect(error).toMatchObject({ code: 'RESPONSE_MALFORMED', transient: true })
      expect((await ws.call<SyncStatusDto>('sync:status')).lastError?.message).toMatch(/\p{Script=Han}/u)
      await ws.core.sync.syncNow()
      await expectCachesEqual(ws, central.db)
    } finally {
      await ws.close()
    }
  })
})
