// 处理 and 缴款 against the reference central: a decision paid at two windows while one of them is
// offline is paid once — central refuses the second payment, the window that took it gets it back
// in 需处理 and its cash-up names it —, and a batch processed and paid offline reaches central
// exactly once when the window is back, with the clerk in the person's history there too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SyncList, SyncStatusDto } from '../../src/shared/contract'
import type { BatchResult, CashUp, PaymentQuote, PaymentReceipt } from '../../src/shared/contract/workflows/payment-schemas'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { enrolAppChannel } from './support/app-channel'
import { processableViolations, startTestCentral, startWorkstation, syncAfterRestart, type TestCentral, type TestWorkstation } from './support/harness'

/** Takes the amount quoted today and pays it with `receiptNo`. */
async function pay(ws: TestWorkstation, decisionId: string, receiptNo: string): Promise<PaymentReceipt> {
  const quote = await ws.call<PaymentQuote>('payment:quote', { decisionId })
  return ws.call<PaymentReceipt>('payment:record', { decisionId, receiptNo, fineFen: quote.fineFen, lateFeeFen: quote.lateFeeFen })
}

describe.each(CENTRAL_DB_KINDS)('processing and fines against central on %s', (kind) => {
  let central: TestCentral

  beforeAll(async () => {
    central = await startTestCentral(kind)
  }, 120_000)
  afterAll(async () => {
    await central.close()
  })

  it('pays a decision once: the offline window’s second payment is refused at central and lands in 需处理', async () => {
    const a = await startWorkstation(central.url, await central.issueCode())
    const b = await startWorkstation(central.url, await central.issueCode())
    try {
      await a.core.sync.syncNow()
      await b.core.sync.syncNow()
      const [unpaid] = await central.db.query<{ id: string }>(
        `SELECT d.id FROM decisions d JOIN violations v ON v.id = d.violation_id
          WHERE v.status <> 'voided' AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.decision_id = d.id) ORDER BY d.id LIMIT 1`
      )
      const decisionId = unpaid!.id

      await central.stopServer()
      await expect(a.core.sync.syncNow()).rejects.toThrow()
      const offline = await pay(a, decisionId, 'BANK-A-000001')
      // Locally the decision is paid now (pending counts): A cannot take it twice either.
      const again = await a.attempt('payment:record', { decisionId, receiptNo: 'BANK-A-000002', fineFen: offline.fineFen, lateFeeFen: offline.lateFeeFen })
      expect(again.ok === false && again.error.code).toBe('ALREADY_PAID')

      await central.restartServer()
      // Meanwhile the citizen paid at window B, which reaches central first.
      const online = await pay(b, decisionId, 'BANK-B-000001')
      await syncAfterRestart(b)
      expect(await b.call<SyncStatusDto>('sync:status')).toMatchObject({ pending: 0, rejectedOpen: 0 })

      await syncAfterRestart(a)
      const list = await a.call<SyncList>('sync:list')
      expect(list.rejected).toHaveLength(1)
      expect(list.rejected[0]).toMatchObject({ id: offline.commandId, type: 'payment.record', reasonCode: 'ALREADY_PAID' })
      expect(list.rejected[0]!.reasonMessage).toContain('不能重复收款')
      expect(await a.call<SyncStatusDto>('sync:status')).toMatchObject({ pending: 0, rejectedOpen: 1 })

      const payments = await central.db.query<{ receipt_no: string }>('SELECT receipt_no FROM payments WHERE decision_id = $1', [decisionId])
      expect(payments.map((p) => p.receipt_no)).toEqual(['BANK-B-000001'])
      const history = await central.db.query<{ id: string; operator_no: string }>(
        "SELECT id, operator_no FROM service_records WHERE kind = 'payment.record' AND id = ANY($1)",
        [[offline.paymentId, online.paymentId]]
      )
      expect(history).toEqual([{ id: online.paymentId, operator_no: '100001' }])

      // A's view follows central: the payment on record is B's, and A's cash-up lists its own as refused.
      const quote = await a.call<PaymentQuote>('payment:quote', { decisionId })
      expect(quote.paid).toMatchObject({ receiptNo: 'BANK-B-000001', state: 'confirmed' })
      const cash = await a.call<CashUp>('payment:cashup', {})
      expect(cash.lines).toEqual([])
      expect(cash.rejected).toEqual([expect.objectContaining({ commandId: offline.commandId, receiptNo: 'BANK-A-000001', totalFen: offline.totalFen })])
    } finally {
      await central.restartServer()
      await a.close()
      await b.close()
    }
  })

  it('a violation processed on 12123 (no clerk) is in the history as channel app, at 交管12123', async () => {
    const app = await enrolAppChannel(central)
    const [target] = await processableViolations(central.db, 1)
    const command = app.processCommand(target!.violationId, target!.personId)
    expect(await app.push(command)).toMatchObject({ status: 'applied' })
    const decisionId = (command.payload.data as { decisionId: string }).decisionId
    const history = await central.db.query('SELECT kind, channel, place, operator_no, operator_id FROM service_records WHERE id = $1', [decisionId])
    expect(history).toEqual([{ kind: 'violation.process', channel: 'app', place: '交管12123', operator_no: null, operator_id: null }])
  })

  it('a batch processed and paid offline reaches central exactly once, with the clerk in the history', async () => {
    const ws = await startWorkstation(central.url, await central.issueCode())
    try {
      await ws.core.sync.syncNow()
      const [target] = await central.db.query<{ person_id: string; ids: string[] }>(
        `SELECT d.person_id, array_agg(v.id ORDER BY v.occurred_at) AS ids FROM violations v
           JOIN vehicles ve ON ve.id = v.vehicle_id JOIN drivers d ON d.person_id = ve.owner_person_id
          WHERE v.status = 'unprocessed' AND v.penalty IS NOT NULL AND d.status = 'A'
            AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.violation_id = v.id)
            AND NOT EXISTS (SELECT 1 FROM disputes x WHERE x.violation_id = v.id)
          GROUP BY d.person_id, d.cycle_points HAVING count(*) >= 2 AND d.cycle_points + sum(v.points) < 12 ORDER BY d.person_id LIMIT 1`
      )
      const ids = target!.ids.slice(0, 2)
      await central.stopServer()
      await expect(ws.core.sync.syncNow()).rejects.toThrow()

      const batch = await ws.call<BatchResult>('violation:processBatch', {
        personId: target!.person_id,
        items: ids.map((violationId) => ({ violationId, confirmed: [] }))
      })
      expect(batch.decisions.every((d) => d.provisional && d.decisionNo.startsWith('临-'))).toBe(true)
      const paid = await pay(ws, batch.decisions[0]!.decisionId, 'OFFLINE-PAY-0001')
      expect(paid.provisionalDecision).toBe(true)
      expect((await ws.call<SyncStatusDto>('sync:status')).pending).toBe(3)

      await central.restartServer()
      await syncAfterRestart(ws)
      await ws.core.sync.syncNow()
      expect(await ws.call<SyncStatusDto>('sync:status')).toMatchObject({ state: 'online', pending: 0, rejectedOpen: 0 })

      const commands = await central.db.query<{ id: string; status: string }>('SELECT id, status FROM commands WHERE id = ANY($1) ORDER BY seq', [
        [...batch.decisions.map((d) => d.commandId), paid.commandId]
      ])
      expect(commands.map((c) => c.status)).toEqual(['applied', 'applied', 'applied'])
      const decisions = await central.db.query<{ id: string; decision_no: string; provisional: boolean }>(
        'SELECT id, decision_no, provisional FROM decisions WHERE violation_id = ANY($1)',
        [ids]
      )
      expect(decisions).toHaveLength(2)
      expect(decisions.every((d) => !d.provisional && !d.decision_no.startsWith('临-'))).toBe(true)
      const payments = await central.db.query<{ receipt_no: string }>('SELECT receipt_no FROM payments WHERE decision_id = $1', [batch.decisions[0]!.decisionId])
      expect(payments).toEqual([{ receipt_no: 'OFFLINE-PAY-0001' }])
      const history = await central.db.query<{ kind: string; operator_no: string; summary: string }>(
        'SELECT kind, operator_no, summary FROM service_records WHERE person_id = $1 AND id = ANY($2) ORDER BY kind',
        [target!.person_id, [...batch.decisions.map((d) => d.decisionId), paid.paymentId]]
      )
      expect(history.map((h) => h.kind)).toEqual(['payment.record', 'violation.process', 'violation.process'])
      expect(history.every((h) => h.operator_no === '100001')).toBe(true)
      // Central's history names its own decision number, not the provisional one.
      const definitive = decisions.find((d) => d.id === batch.decisions[0]!.decisionId)!.decision_no
      expect(history.find((h) => h.kind === 'payment.record')!.summary).toContain(definitive)

      // Back here, the cash-up shows the payment confirmed under the definitive number.
      const cash = await ws.call<CashUp>('payment:cashup', {})
      expect(cash.lines).toEqual([expect.objectContaining({ receiptNo: 'OFFLINE-PAY-0001', decisionNo: definitive, state: 'confirmed' })])
    } finally {
      await central.restartServer()
      await ws.close()
    }
  })
})
