// Bootstrap of a new workstation: cut off half-way, it resumes from the last page written (not
// from the start) and ends equal to central; a central recreated from scratch (new epoch) makes
// the workstation download again, keeping its queued actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProcessResult, SyncStatusDto } from '../../src/shared/contract'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { centralChecksums, processableViolations, startTestCentral, startWorkstation, syncAfterRestart, workstationChecksums, type TestCentral } from './support/harness'
import { startFaultProxy, type FaultProxy } from './support/fault-proxy'

describe.each(CENTRAL_DB_KINDS)('bootstrap against central on %s', (kind) => {
  let central: TestCentral
  let proxy: FaultProxy

  beforeAll(async () => {
    central = await startTestCentral(kind, { people: 120 })
    proxy = await startFaultProxy(central.url)
  }, 120_000)
  afterAll(async () => {
    await proxy.close()
    await central.close()
  })

  it('resumes after the link breaks mid-download, from the last page it wrote', async () => {
    let pages = 0
    proxy.setRules([
      (req) => {
        if (!req.path.startsWith('/sync/v1/bootstrap/')) return undefined
        pages += 1
        return pages > 2 ? { kind: 'refuse' } : undefined
      }
    ])
    const ws = await startWorkstation(proxy.url, await central.issueCode(), { engine: { bootstrapPageSize: 50 } })
    try {
      await expect(ws.core.sync.syncNow()).rejects.toThrow()
      const progress = ws.core.sync.store.bootstrapProgress()
      expect(progress).not.toBeNull()
      const written = progress!.tables.reduce((s, t) => s + t.rows, 0)
      expect(written).toBeGreaterThan(0)
      expect(ws.core.sync.store.isBootstrapped()).toBe(false)

      proxy.setRules([])
      const before = proxy.log().length
      await ws.core.sync.syncNow()
      const resumed = proxy.log().slice(before).filter((r) => r.path.startsWith('/sync/v1/bootstrap/'))
      // The first page asked after the break continues after a row id, it does not start over.
      expect(resumed[0]!.path).toMatch(/after=[^&]+/)
      expect(ws.core.sync.store.isBootstrapped()).toBe(true)
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
    } finally {
      proxy.setRules([])
      await ws.close()
    }
  })

  it('downloads again when central no longer knows its cursor, and keeps a queued action', async () => {
    const ws = await startWorkstation(central.url, await central.issueCode())
    try {
      await ws.core.sync.syncNow()
      const [target] = await processableViolations(central.db, 1)
      await central.stopServer()
      const queued = await ws.call<ProcessResult>('violation:process', { violationId: target!.violationId, personId: target!.personId, confirmed: ['WILL_REACH_12'] })
      // Central's database restored from elsewhere: a new epoch.
      await central.db.query('UPDATE central_meta SET epoch = gen_random_uuid()')
      await central.restartServer()
      await syncAfterRestart(ws)
      const status = await ws.call<SyncStatusDto>('sync:status')
      expect(status).toMatchObject({ state: 'online', pending: 0 })
      const decision = await central.db.query('SELECT 1 FROM decisions WHERE id = $1', [queued.decisionId])
      expect(decision).toHaveLength(1)
      await ws.core.sync.syncNow()
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
    } finally {
      await central.restartServer()
      await ws.close()
    }
  })
})
