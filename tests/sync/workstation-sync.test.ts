// A workstation against the reference central, on PGlite and on a real PostgreSQL server:
// bootstrap, offline actions that queue and apply once central is back, a conflict that lands in
// the supervisors' list with central's reason, and caches equal to central afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SyncList, SyncStatusDto, ProcessResult, PersonView } from '../../src/shared/contract'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { centralChecksums, processableViolations, startTestCentral, startWorkstation, syncAfterRestart, workstationChecksums, type TestCentral } from './support/harness'

describe.each(CENTRAL_DB_KINDS)('workstation sync against central on %s', (kind) => {
  let central: TestCentral

  beforeAll(async () => {
    central = await startTestCentral(kind)
  }, 120_000)
  afterAll(async () => {
    await central.close()
  })

  it('bootstraps from central: every table equals central', async () => {
    const ws = await startWorkstation(central.url, await central.issueCode())
    try {
      await ws.core.sync.syncNow()
      const status = await ws.call<SyncStatusDto>('sync:status')
      expect(status.state).toBe('online')
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
    } finally {
      await ws.close()
    }
  })

  it('offline: the action queues with a provisional number, and applies once central is back', async () => {
    const ws = await startWorkstation(central.url, await central.issueCode())
    try {
      await ws.core.sync.syncNow()
      const [target] = await processableViolations(central.db, 1)
      await central.stopServer()
      await expect(ws.core.sync.syncNow()).rejects.toThrow()
      expect((await ws.call<SyncStatusDto>('sync:status')).state).toBe('offline')

      const processed = await ws.call<ProcessResult>('violation:process', { violationId: target!.violationId, personId: target!.personId, confirmed: ['WILL_REACH_12'] })
      expect(processed.provisional).toBe(true)
      expect(processed.decisionNo).toMatch(/^临-/)
      const offline = await ws.call<SyncStatusDto>('sync:status')
      expect(offline.pending).toBe(1)
      const view = await ws.call<PersonView>('person:open', { personId: target!.personId })
      expect(view.violations.find((v) => v.id === target!.violationId)?.status).toBe('processed')

      await central.restartServer()
      await syncAfterRestart(ws)
      const after = await ws.call<SyncStatusDto>('sync:status')
      expect(after).toMatchObject({ state: 'online', pending: 0, rejectedOpen: 0 })
      const decision = await central.db.query<{ decision_no: string; provisional: boolean }>('SELECT decision_no, provisional FROM decisions WHERE id = $1', [processed.decisionId])
      expect(decision).toHaveLength(1)
      expect(decision[0]!.provisional).toBe(false)
      const local = await ws.call<PersonView>('person:open', { personId: target!.personId })
      expect(local.violations.find((v) => v.id === target!.violationId)?.decisionNo).toBe(decision[0]!.decision_no)
      await ws.core.sync.syncNow()
      expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
    } finally {
      await central.restartServer()
      await ws.close()
    }
  })

  it('a conflict: processed elsewhere meanwhile, the offline action is rejected, undone here, and listed for a supervisor', async () => {
    const a = await startWorkstation(central.url, await central.issueCode())
    const b = await startWorkstation(central.url, await central.issueCode())
    try {
      await a.core.sync.syncNow()
      await b.core.sync.syncNow()
      const [target] = await processableViolations(central.db, 1)
      await central.stopServer()
      const mine = await a.call<ProcessResult>('violation:process', { violationId: target!.violationId, personId: target!.personId, confirmed: ['WILL_REACH_12'] })
      await central.restartServer()
      await b.call<ProcessResult>('violation:process', { violationId: target!.violationId, personId: target!.personId, confirmed: ['WILL_REACH_12'] })
      await syncAfterRestart(b)
      await syncAfterRestart(a)

      const list = await a.call<SyncList>('sync:list')
      expect(list.rejected).toHaveLength(1)
      expect(list.rejected[0]).toMatchObject({ id: mine.commandId, reasonCode: 'ALREADY_PROCESSED' })
      expect(list.rejected[0]!.reasonMessage).toContain('已处理')
      const status = await a.call<SyncStatusDto>('sync:status')
      expect(status).toMatchObject({ pending: 0, rejectedOpen: 1 })
      // The local effect of A's action is gone: the decision shown is B's, from central.
      const view = await a.call<PersonView>('person:open', { personId: target!.personId })
      const row = view.violations.find((v) => v.id === target!.violationId)
      expect(row?.decisionNo).not.toMatch(/^临-/)
      expect(workstationChecksums(a.databaseFile)).toEqual(await centralChecksums(central.db))

      // A clerk cannot settle it; a supervisor voids it with a comment.
      const refused = await a.attempt('sync:resolve', { commandId: mine.commandId, resolution: 'void', comment: '已在其他窗口处理' })
      expect(refused.ok).toBe(false)
      await a.call('session:signOut')
      await a.call('session:signIn', { policeNo: '200001', password: 'demo-super-1' })
      const settled = await a.call<SyncList>('sync:resolve', { commandId: mine.commandId, resolution: 'void', comment: '已在其他窗口处理' })
      expect(settled.rejected[0]!.resolution).toMatchObject({ kind: 'void', comment: '已在其他窗口处理' })
      expect((await a.call<SyncStatusDto>('sync:status')).rejectedOpen).toBe(0)
    } finally {
      await central.restartServer()
      await a.close()
      await b.close()
    }
  })
})
