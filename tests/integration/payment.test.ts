// 处理 several violations and 缴款 at the window, through the real core on a seeded SQLite file with
// an injected clock, exactly as both hosts dispatch: the points of a batch add up and the record
// that reaches 12 needs its 确认提示; a batch is saved whole or not at all; the amount due grows
// with the late fee day by day up to its cap; a decision is paid once; a receipt number is used
// once; the cq profile refuses payments in its 22:00–01:00 window; the cash-up adds up to the
// payments in the database. Cases come from the generated data, never hard-coded.
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppCore } from '../../src/main/core/app-core'
import { memoryLogger } from '../../src/main/core/logger'
import type { AppCore, CallerContext } from '../../src/main/core/types'
import { fixedClock } from '../../src/main/platform/clock'
import type { BatchPreview, BatchResult, CashUp, PaymentQuote, PaymentReceipt } from '../../src/shared/contract/workflows/payment-schemas'
import { makeTempDir } from '../support/temp-dir'

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; field?: string } }

const CLERK = { policeNo: '100001', password: 'demo-clerk-1' }
const CLERK_2 = { policeNo: '100002', password: 'demo-clerk-2' }
const SUPERVISOR = { policeNo: '200001', password: 'demo-super-1' }

/** 14:30 in Shenzhen on 2026-11-21: no maintenance window anywhere. */
const NOW = new Date('2026-11-21T06:30:00Z')

async function desk(core: AppCore, sessionKey: string, who: { policeNo: string; password: string }) {
  const caller: CallerContext = { host: 'web', sessionKey }
  const attempt = async (channel: string, input: unknown): Promise<Answer> => (await core.dispatch(channel, input, caller)) as Answer
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await attempt(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
    return r.value as T
  }
  await call('session:signIn', who)
  // The tests move the clock by days: main's idle lock then holds the session until the password is typed again.
  const unlock = async (): Promise<void> => {
    const state = await call<{ locked: boolean } | null>('session:current', {})
    if (state?.locked === true) await call('session:unlock', { password: who.password })
  }
  return {
    attempt: async (channel: string, input: unknown) => (await unlock(), attempt(channel, input)),
    call: async <T>(channel: string, input: unknown) => (await unlock(), call<T>(channel, input))
  }
}

/** Rows a refused action must not have written. */
function counts(db: Database.Database): { decisions: number; payments: number; outbox: number; audit: number; history: number } {
  const n = (table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return { decisions: n('decisions'), payments: n('payments'), outbox: n('outbox'), audit: n('audit_log'), history: n('service_records') }
}

describe('processing several violations and taking fines at the window', () => {
  const tmp = makeTempDir()
  const clock = fixedClock(NOW)
  let core: AppCore
  let db: Database.Database
  let clerk: Awaited<ReturnType<typeof desk>>

  beforeAll(async () => {
    core = await createAppCore({ dataDir: tmp.dir, host: 'web', demo: true, demoPeople: 400, clock, logger: memoryLogger() })
    db = new Database(core.startup.databaseFile, { readonly: true })
    clerk = await desk(core, 'tab-clerk', CLERK)
  })
  afterAll(() => {
    db.close()
    core.close()
    tmp.remove()
  })

  /** A licensed owner whose unprocessed records stay under 12 one by one but reach it together. */
  function cumulativeCase(): { personId: string; cyclePoints: number; violations: { id: string; points: number; record_no: string }[] } {
    const person = db
      .prepare(
        `SELECT d.person_id AS personId, d.cycle_points AS cyclePoints
           FROM drivers d JOIN vehicles v ON v.owner_person_id = d.person_id JOIN violations x ON x.vehicle_id = v.id
          WHERE x.status = 'unprocessed' AND x.penalty IS NOT NULL AND x.points > 0 AND d.status = 'A'
          GROUP BY d.person_id
         HAVING count(*) >= 2 AND d.cycle_points + max(x.points) < 12 AND d.cycle_points + sum(x.points) >= 12
          ORDER BY d.person_id LIMIT 1`
      )
      .get() as { personId: string; cyclePoints: number } | undefined
    if (person === undefined) throw new Error('the generated data set has no driver whose records reach 12 only together')
    const violations = db
      .prepare(
        `SELECT x.id, x.points, x.record_no FROM violations x JOIN vehicles v ON v.id = x.vehicle_id
          WHERE v.owner_person_id = ? AND x.status = 'unprocessed' AND x.penalty IS NOT NULL AND x.points > 0
          ORDER BY x.occurred_at, x.id`
      )
      .all(person.personId) as { id: string; points: number; record_no: string }[]
    return { ...person, violations }
  }

  /** An unprocessed record of a licensed owner, not one of `except`; of `personId`'s vehicles if given. */
  function oneRecord(except: readonly string[] = [], personId: string | null = null): { personId: string; violationId: string; fineFen: number } {
    const row = db
      .prepare(
        `SELECT d.person_id AS personId, x.id AS violationId, x.fine_fen AS fineFen
           FROM drivers d JOIN vehicles v ON v.owner_person_id = d.person_id JOIN violations x ON x.vehicle_id = v.id
          WHERE x.status = 'unprocessed' AND x.penalty IS NOT NULL AND x.fine_fen > 0 AND d.status = 'A' AND d.cycle_points + x.points < 12
            AND x.id NOT IN (SELECT value FROM json_each(@except))
            AND (@person IS NULL OR d.person_id = @person)
            AND NOT EXISTS (SELECT 1 FROM decisions k WHERE k.violation_id = x.id)
          ORDER BY x.id LIMIT 1`
      )
      .get({ except: JSON.stringify(except), person: personId }) as { personId: string; violationId: string; fineFen: number } | undefined
    if (row === undefined) throw new Error('the generated data set has no simple unprocessed record left')
    return row
  }

  /** A licensed owner with two simple unprocessed records that stay under 12 together. */
  function twoRecords(): [{ personId: string; violationId: string }, { personId: string; violationId: string }] {
    const personId = db
      .prepare(
        `SELECT d.person_id FROM drivers d JOIN vehicles v ON v.owner_person_id = d.person_id JOIN violations x ON x.vehicle_id = v.id
          WHERE x.status = 'unprocessed' AND x.penalty IS NOT NULL AND x.fine_fen > 0 AND d.status = 'A'
            AND NOT EXISTS (SELECT 1 FROM decisions k WHERE k.violation_id = x.id)
          GROUP BY d.person_id HAVING count(*) >= 2 AND d.cycle_points + sum(x.points) < 12 ORDER BY d.person_id LIMIT 1`
      )
      .pluck()
      .get() as string | undefined
    if (personId === undefined) throw new Error('the generated data set has no owner with two simple unprocessed records')
    const first = oneRecord([], personId)
    return [first, oneRecord([first.violationId], personId)]
  }

  it('adds the points of a batch up: only the record that reaches 12 needs the 确认提示, and without it nothing is saved', async () => {
    const pick = cumulativeCase()
    const ids = pick.violations.map((v) => v.id)
    // The record whose points bring the running total to 12, in the order of the batch (oldest first).
    let running = pick.cyclePoints
    const crossing = pick.violations.findIndex((v) => (running += v.points) >= 12)

    const preview = await clerk.call<BatchPreview>('violation:previewBatch', { personId: pick.personId, violationIds: [...ids].reverse() })
    expect(preview.items.map((i) => i.violationId)).toEqual(ids)
    expect(preview.cyclePointsBefore).toBe(pick.cyclePoints)
    expect(preview.totals.points).toBe(pick.violations.reduce((s, v) => s + v.points, 0))
    preview.items.forEach((item, i) => {
      const asks = item.verdict.warnings.filter((w) => w.confirm === true).map((w) => w.code)
      expect(item.verdict.allowed).toBe(true)
      // From the record that reaches 12 on, every record with points is told (the later ones: already at 12).
      expect(asks, `record ${i}`).toEqual(i >= crossing ? ['WILL_REACH_12'] : [])
    })
    const reaching = preview.items[crossing]!
    expect(reaching.verdict.warnings.find((w) => w.code === 'WILL_REACH_12')?.message).toContain(
      `当前已记${reaching.cyclePointsBefore}分，累计将达${reaching.cyclePointsAfter}分`
    )

    const before = counts(db)
    const unconfirmed = await clerk.attempt('violation:processBatch', { personId: pick.personId, items: ids.map((violationId) => ({ violationId, confirmed: [] })) })
    expect(unconfirmed.ok).toBe(false)
    if (unconfirmed.ok) return
    expect(unconfirmed.error.code).toBe('CONFIRMATION_REQUIRED')
    expect(unconfirmed.error.message).toContain(`违法记录${pick.violations[crossing]!.record_no}`)
    expect(unconfirmed.error.message).toContain(`本次所选${ids.length}条均未处理`)
    expect(counts(db)).toEqual(before)

    const result = await clerk.call<BatchResult>('violation:processBatch', {
      personId: pick.personId,
      items: ids.map((violationId, i) => ({ violationId, confirmed: i >= crossing ? ['WILL_REACH_12'] : [] }))
    })
    expect(result.decisions.map((d) => d.violationId)).toEqual(ids)
    for (const d of result.decisions) {
      expect(d.provisional).toBe(true)
      expect(d.decisionNo).toMatch(/^临-/)
      // 15 calendar days from the decision (FACTS §2).
      expect(d.dueDate).toBe('2026-12-06')
    }
    const driver = db.prepare('SELECT cycle_points, status FROM drivers WHERE person_id = ?').get(pick.personId) as { cycle_points: number; status: string }
    expect(driver.cycle_points).toBe(pick.cyclePoints + preview.totals.points)
    expect(driver.status).toContain('B')
    expect(counts(db)).toMatchObject({ decisions: before.decisions + ids.length, outbox: before.outbox + ids.length, history: before.history + ids.length })
    // Each decision is in the person's history with who did it and where.
    const history = db
      .prepare("SELECT kind, operator_no, operator_name, place, channel, summary FROM service_records WHERE person_id = ? AND kind = 'violation.process'")
      .all(pick.personId) as { operator_no: string; operator_name: string; place: string; channel: string; summary: string }[]
    expect(history).toHaveLength(ids.length)
    const { organName } = await clerk.call<{ organName: string }>('app:info', {})
    for (const h of history) expect(h).toMatchObject({ operator_no: CLERK.policeNo, operator_name: '陈晓梅', channel: 'window', place: organName })
  })

  it('saves a batch whole or not at all: one record already processed refuses the batch, naming it', async () => {
    const [first, second] = twoRecords()
    const done = await clerk.call<BatchResult>('violation:processBatch', { personId: first.personId, items: [{ violationId: first.violationId, confirmed: [] }] })
    expect(done.decisions).toHaveLength(1)
    const before = counts(db)
    const refused = await clerk.attempt('violation:processBatch', {
      personId: first.personId,
      items: [second, first].map((r) => ({ violationId: r.violationId, confirmed: [] }))
    })
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('ALREADY_PROCESSED')
    expect(refused.error.message).toContain('本次所选2条均未处理')
    expect(counts(db)).toEqual(before)
    expect(db.prepare('SELECT count(*) FROM decisions WHERE violation_id = ?').pluck().get(second.violationId)).toBe(0)
  })

  it('refuses a record that is not the person’s (own or bound vehicle, or as driver), naming it, and writes nothing', async () => {
    const mine = oneRecord()
    // Another owner's record, neither on a vehicle of `mine`'s person nor driven by them.
    const theirs = db
      .prepare(
        `SELECT x.id, x.record_no FROM violations x JOIN vehicles v ON v.id = x.vehicle_id
          WHERE x.status = 'unprocessed' AND v.owner_person_id IS NOT NULL AND v.owner_person_id <> @person
            AND x.driver_person_id IS NOT @person
            AND NOT EXISTS (SELECT 1 FROM bindings b WHERE b.vehicle_id = v.id AND b.person_id = @person AND b.status = 'active')
          ORDER BY x.id LIMIT 1`
      )
      .get({ person: mine.personId }) as { id: string; record_no: string } | undefined
    if (theirs === undefined) throw new Error('the generated data set has no record of another person')
    const before = counts(db)
    const preview = await clerk.attempt('violation:previewBatch', { personId: mine.personId, violationIds: [mine.violationId, theirs.id] })
    expect(preview.ok === false && preview.error).toMatchObject({ code: 'VIOLATION_NOT_LINKED', field: 'violationIds' })
    if (!preview.ok) expect(preview.error.message).toContain(theirs.record_no)
    const crafted = await clerk.attempt('violation:processBatch', {
      personId: mine.personId,
      items: [mine.violationId, theirs.id].map((violationId) => ({ violationId, confirmed: ['WILL_REACH_12'] }))
    })
    expect(crafted.ok === false && crafted.error).toMatchObject({ code: 'VIOLATION_NOT_LINKED', field: 'items' })
    if (!crafted.ok) expect(crafted.error.message).toContain(theirs.record_no)
    expect(counts(db)).toEqual(before)
    expect(db.prepare('SELECT count(*) FROM decisions WHERE violation_id IN (?, ?)').pluck().get(mine.violationId, theirs.id)).toBe(0)
  })

  it('quotes the fine with the late fee day by day, up to the cap, and takes the payment once', async () => {
    clock.set(NOW)
    const pick = oneRecord()
    const [decision] = (await clerk.call<BatchResult>('violation:processBatch', { personId: pick.personId, items: [{ violationId: pick.violationId, confirmed: [] }] })).decisions
    const quoteOn = async (day: string): Promise<PaymentQuote> => {
      clock.set(new Date(`${day}T10:00:00+08:00`))
      return clerk.call<PaymentQuote>('payment:quote', { decisionId: decision!.decisionId })
    }
    const fine = pick.fineFen
    const onTime = await quoteOn('2026-12-06')
    expect(onTime).toMatchObject({ dueDate: '2026-12-06', daysLate: 0, fineFen: fine, lateFeeFen: 0, totalFen: fine, payable: true, paid: null })
    const oneDay = await quoteOn('2026-12-07')
    expect(oneDay).toMatchObject({ daysLate: 1, lateFeeFen: Math.floor((fine * 3) / 100), totalFen: fine + Math.floor((fine * 3) / 100) })
    expect(oneDay.notes.find((n) => n.code === 'AMOUNT_DUE')?.message).toContain('已逾期1天')
    const nearCap = await quoteOn('2027-01-08')
    expect(nearCap).toMatchObject({ daysLate: 33, lateFeeFen: Math.floor((fine * 99) / 100) })
    const capped = await quoteOn('2027-01-20')
    expect(capped).toMatchObject({ lateFeeFen: fine, totalFen: 2 * fine, lateFeeCapReachedOn: '2027-01-09' })

    // Paid on 2026-12-07, one day late.
    clock.set(new Date('2026-12-07T10:00:00+08:00'))
    const before = counts(db)
    const wrongAmount = await clerk.attempt('payment:record', { decisionId: decision!.decisionId, receiptNo: 'YH20261207000001', fineFen: fine, lateFeeFen: 0 })
    expect(wrongAmount.ok === false && wrongAmount.error.code).toBe('AMOUNT_CHANGED')
    const badReceipt = await clerk.attempt('payment:record', { decisionId: decision!.decisionId, receiptNo: '12 3', fineFen: fine, lateFeeFen: oneDay.lateFeeFen })
    expect(badReceipt.ok === false && badReceipt.error).toMatchObject({ code: 'INVALID_INPUT', field: 'receiptNo' })
    expect(counts(db)).toEqual(before)

    const receipt = await clerk.call<PaymentReceipt>('payment:record', {
      decisionId: decision!.decisionId,
      receiptNo: ' yh2026１２07-000001 ',
      fineFen: fine,
      lateFeeFen: oneDay.lateFeeFen
    })
    expect(receipt).toMatchObject({ receiptNo: 'YH20261207-000001', fineFen: fine, lateFeeFen: oneDay.lateFeeFen, daysLate: 1, clerk: { policeNo: CLERK.policeNo } })
    expect(counts(db)).toMatchObject({ payments: before.payments + 1, outbox: before.outbox + 1, history: before.history + 1 })
    const row = db.prepare('SELECT fine_fen, late_fee_fen, receipt_no, operator_id FROM payments WHERE id = ?').get(receipt.paymentId)
    expect(row).toMatchObject({ fine_fen: fine, late_fee_fen: oneDay.lateFeeFen, receipt_no: 'YH20261207-000001' })
    expect(db.prepare('SELECT status FROM violations WHERE id = ?').pluck().get(pick.violationId)).toBe('paid')

    // A second payment of the same decision: refused before and at saving, naming the first (still pending here).
    const again = await clerk.call<PaymentQuote>('payment:quote', { decisionId: decision!.decisionId })
    expect(again.payable).toBe(false)
    expect(again.paid).toMatchObject({ receiptNo: 'YH20261207-000001', state: 'pending' })
    expect(again.denials.map((d) => d.code)).toEqual(['ALREADY_PAID'])
    const afterFirst = counts(db)
    const second = await clerk.attempt('payment:record', { decisionId: decision!.decisionId, receiptNo: 'YH20261207000002', fineFen: fine, lateFeeFen: oneDay.lateFeeFen })
    expect(second.ok).toBe(false)
    if (second.ok) return
    expect(second.error.code).toBe('ALREADY_PAID')
    expect(second.error.message).toContain('回执号YH20261207-000001')
    expect(counts(db)).toEqual(afterFirst)
  })

  it('uses a receipt number once', async () => {
    clock.set(NOW)
    const a = oneRecord()
    const first = (await clerk.call<BatchResult>('violation:processBatch', { personId: a.personId, items: [{ violationId: a.violationId, confirmed: [] }] })).decisions[0]!
    const other = oneRecord([a.violationId])
    const second = (await clerk.call<BatchResult>('violation:processBatch', { personId: other.personId, items: [{ violationId: other.violationId, confirmed: [] }] })).decisions[0]!
    await clerk.call('payment:record', { decisionId: first.decisionId, receiptNo: 'RCPT-0001-A', fineFen: first.fineFen, lateFeeFen: 0 })
    const before = counts(db)
    const reused = await clerk.attempt('payment:record', { decisionId: second.decisionId, receiptNo: 'rcpt-0001-a', fineFen: second.fineFen, lateFeeFen: 0 })
    expect(reused.ok === false && reused.error).toMatchObject({ code: 'RECEIPT_USED', field: 'receiptNo' })
    expect(counts(db)).toEqual(before)
  })

  it('adds the cash-up up to the payments in the database; a clerk sees their own, a supervisor anyone’s', async () => {
    clock.set(new Date('2026-11-22T02:00:00Z'))
    const other = await desk(core, 'tab-clerk-2', CLERK_2)
    const takeOne = async (who: typeof clerk, receiptNo: string): Promise<void> => {
      const pick = oneRecord()
      const [d] = (await who.call<BatchResult>('violation:processBatch', { personId: pick.personId, items: [{ violationId: pick.violationId, confirmed: [] }] })).decisions
      const quote = await who.call<PaymentQuote>('payment:quote', { decisionId: d!.decisionId })
      await who.call('payment:record', { decisionId: d!.decisionId, receiptNo, fineFen: quote.fineFen, lateFeeFen: quote.lateFeeFen })
    }
    await takeOne(clerk, 'CASH-20261122-01')
    await takeOne(clerk, 'CASH-20261122-02')
    await takeOne(other, 'CASH-20261122-03')

    const mine = await clerk.call<CashUp>('payment:cashup', {})
    const me = db.prepare('SELECT id FROM operators WHERE police_no = ?').pluck().get(CLERK.policeNo) as string
    const inDb = db
      .prepare("SELECT count(*) AS count, sum(fine_fen) AS fine, sum(late_fee_fen) AS late FROM payments WHERE operator_id = ? AND substr(paid_at, 1, 10) = '2026-11-22'")
      .get(me) as { count: number; fine: number; late: number }
    expect(mine.date).toBe('2026-11-22')
    expect(mine.operator.policeNo).toBe(CLERK.policeNo)
    expect(mine.operators.map((o) => o.policeNo)).toEqual([CLERK.policeNo])
    expect(mine.totals).toEqual({ count: inDb.count, fineFen: inDb.fine, lateFeeFen: inDb.late, totalFen: inDb.fine + inDb.late, pendingCount: 2 })
    // The clock stands still in this test: both payments carry the same time.
    expect(mine.lines.map((l) => l.receiptNo).sort()).toEqual(['CASH-20261122-01', 'CASH-20261122-02'])
    expect(mine.lines.every((l) => l.state === 'pending')).toBe(true)

    const them = db.prepare('SELECT id FROM operators WHERE police_no = ?').pluck().get(CLERK_2.policeNo) as string
    const notMine = await clerk.attempt('payment:cashup', { operatorId: them })
    expect(notMine.ok === false && notMine.error.code).toBe('NOT_SUPERVISOR')

    const supervisor = await desk(core, 'tab-supervisor', SUPERVISOR)
    const theirs = await supervisor.call<CashUp>('payment:cashup', { operatorId: them, date: '2026-11-22' })
    expect(theirs.lines.map((l) => l.receiptNo)).toEqual(['CASH-20261122-03'])
    expect(theirs.operators.map((o) => o.policeNo)).toEqual(expect.arrayContaining([CLERK.policeNo, CLERK_2.policeNo, SUPERVISOR.policeNo]))
    // An earlier day holds none of them.
    expect((await supervisor.call<CashUp>('payment:cashup', { operatorId: them, date: '2026-11-21' })).lines).toEqual([])
  })
})

describe('the cq profile refuses payments in its maintenance window (22:00–01:00)', () => {
  const tmp = makeTempDir()
  // 22:30 in Chongqing (UTC+8).
  const clock = fixedClock(new Date('2026-11-21T14:30:00Z'))
  let core: AppCore
  let db: Database.Database

  beforeAll(async () => {
    core = await createAppCore({ dataDir: tmp.dir, host: 'web', demo: true, demoPeople: 120, clock, logger: memoryLogger(), config: { regionCode: '500103' } })
    db = new Database(core.startup.databaseFile, { readonly: true })
  })
  afterAll(() => {
    db.close()
    core.close()
    tmp.remove()
  })

  it('quotes the amount but refuses to take it until 01:00, and saves nothing', async () => {
    const clerk = await desk(core, 'tab-cq', CLERK)
    // An unpaid decision of the generated data.
    const decisionId = db
      .prepare('SELECT d.id FROM decisions d WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.decision_id = d.id) ORDER BY d.id LIMIT 1')
      .pluck()
      .get() as string
    const quote = await clerk.call<PaymentQuote>('payment:quote', { decisionId })
    expect(quote.payable).toBe(false)
    expect(quote.denials.map((d) => d.code)).toEqual(['MAINTENANCE_WINDOW'])
    expect(quote.denials[0]!.message).toContain('22:00')
    const before = counts(db)
    const refused = await clerk.attempt('payment:record', { decisionId, receiptNo: 'CQ-20261121-0001', fineFen: quote.fineFen, lateFeeFen: quote.lateFeeFen })
    expect(refused.ok === false && refused.error.code).toBe('MAINTENANCE_WINDOW')
    expect(counts(db)).toEqual(before)

    clock.set(new Date('2026-11-21T17:00:00Z')) // 01:00: the window has closed
    const later = await clerk.call<PaymentQuote>('payment:quote', { decisionId })
    expect(later.payable).toBe(true)
    await clerk.call('payment:record', { decisionId, receiptNo: 'CQ-20261122-0001', fineFen: later.fineFen, lateFeeFen: later.lateFeeFen })
    expect(counts(db).payments).toBe(before.payments + 1)
  })
})
