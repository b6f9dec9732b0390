// 业务统计 (the supervisors' daily report) against the reference central on PGlite: two clerks at two
// windows do real business through the channels — 面签注册, 手机号变更, 备案 and 解除备案, 处理, 缴款,
// 异议 filed, proposed and reviewed — on two days of an injected clock, late at night and just after
// midnight (a day is the workstation's local date, not the UTC one), and 交管12123 processes one
// record. The supervisor's report at window A, once everything is synced, and before (with actions
// central has not confirmed yet), equals the counts taken from A's SQLite file with SQL; the CSV
// export carries the same numbers; a clerk is refused; every viewing is audited without a command.
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallerContext } from '../../src/main/core/types'
import { fixedClock } from '../../src/main/platform/clock'
import { localDate } from '../../src/main/platform/zoned-time'
import { addDays } from '../../src/main/rules/calculators/calendar-days'
import type { BindingCreated } from '../../src/shared/contract/workflows/binding-schemas'
import type { DisputeChanged, DisputeCheck, DisputeDetail, DisputeFiled } from '../../src/shared/contract/workflows/disputes-schemas'
import type { BatchResult, PaymentQuote, PaymentReceipt } from '../../src/shared/contract/workflows/payment-schemas'
import type { PhoneChangeResult, PhoneTargets } from '../../src/shared/contract/workflows/phone-change'
import type { IdCard, RegistrationSlip } from '../../src/shared/contract/workflows/registration'
import { REPORT_MEASURES, type DailyReport, type ReportCounts, type ReportCsv } from '../../src/shared/contract/workflows/report-schemas'
import { enrolAppChannel } from './support/app-channel'
import { applicants, bindableVehicles } from './support/binding-data'
import { disputableRecords } from './support/dispute-data'
import { startTestCentral, startWorkstation, syncAfterRestart, type TestCentral, type TestWorkstation } from './support/harness'
import { reportFromSql, type SqlReport } from './support/report-sql'

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; field?: string } }

const CLERK_1 = { policeNo: '100001', password: 'demo-clerk-1' }
const CLERK_2 = { policeNo: '100002', password: 'demo-clerk-2' }
const SUPERVISOR = { policeNo: '200001', password: 'demo-super-1' }
const ZONE = 'Asia/Shanghai'

// Two days before the real date: central's generated data (loaded at the real time) has its own
// decisions and payments on these days, which the report counts under their channels.
const DAY_1 = addDays(localDate(new Date(), ZONE), -2)
const DAY_2 = addDays(DAY_1, 1)
const clock = fixedClock(new Date(`${DAY_1}T08:30:00.000+08:00`))
const setTime = (day: string, hhmm: string): void => clock.set(new Date(`${day}T${hhmm}:00.000+08:00`))

let phoneSerial = 0
const freshPhone = (): string => `1975${String(process.pid % 1000).padStart(3, '0')}${String(++phoneSerial).padStart(4, '0')}`

interface Desk {
  call<T>(channel: string, input?: unknown): Promise<T>
  attempt(channel: string, input?: unknown): Promise<Answer>
}

/** An operator signed in at a workstation in a tab of their own; unlocks after the clock jumped past the idle lock. */
async function desk(ws: TestWorkstation, sessionKey: string, who: { policeNo: string; password: string }): Promise<Desk> {
  const caller: CallerContext = { host: 'web', sessionKey }
  const raw = async (channel: string, input: unknown): Promise<Answer> => (await ws.core.dispatch(channel, input, caller)) as Answer
  const must = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await raw(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
    return r.value as T
  }
  await must('session:signIn', who)
  const unlock = async (): Promise<void> => {
    const state = await must<{ locked: boolean } | null>('session:current', {})
    if (state?.locked === true) await must('session:unlock', { password: who.password })
  }
  return {
    attempt: async (channel, input = {}) => (await unlock(), raw(channel, input)),
    call: async <T>(channel: string, input: unknown = {}) => (await unlock(), must<T>(channel, input))
  }
}

describe('业务统计 against central on PGlite', () => {
  let central: TestCentral
  let a: TestWorkstation
  let b: TestWorkstation
  let clerk1: Desk
  let clerk2: Desk
  let supervisor: Desk
  /** What the test did, per clerk and day: the report must show exactly this for the clerks. */
  const did = new Map<string, Partial<ReportCounts>>()
  const tally = (policeNo: string, day: string, measure: keyof ReportCounts, value = 1): void => {
    const key = `${day}|clerk:${policeNo}`
    const counts = did.get(key) ?? {}
    counts[measure] = (counts[measure] ?? 0) + value
    did.set(key, counts)
  }

  beforeAll(async () => {
    central = await startTestCentral('pglite', { people: 160, now: () => clock.now() })
    a = await startWorkstation(central.url, await central.issueCode(), { clock, signIn: null })
    b = await startWorkstation(central.url, await central.issueCode(), { clock, signIn: null })
    await a.core.sync.syncNow()
    await b.core.sync.syncNow()
    clerk1 = await desk(a, 'report-clerk-1', CLERK_1)
    clerk2 = await desk(b, 'report-clerk-2', CLERK_2)
    supervisor = await desk(a, 'report-supervisor', SUPERVISOR)
  }, 240_000)
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await central?.close()
  })

  // ---- the business, through the channels ----

  async function register(at: Desk): Promise<RegistrationSlip> {
    const { card } = await at.call<{ card: IdCard }>('idcard:read', { source: 'reader', newIdentity: false })
    const phone = freshPhone()
    const sent = await at.call<{ challengeId: string }>('sms:send', { phone, purpose: 'register' })
    await at.call('sms:verify', { challengeId: sent.challengeId, code: central.smsCode(phone) })
    return at.call<RegistrationSlip>('registration:submit', {
      applicant: { kind: 'person', card },
      phone,
      identityConfirmed: true,
      challengeId: sent.challengeId,
      changeRecordPhones: true
    })
  }

  async function changePhone(at: Desk, personId: string): Promise<PhoneChangeResult> {
    const { targets } = await at.call<PhoneTargets>('phone:targets', { personId })
    const newPhone = freshPhone()
    const sent = await at.call<{ challengeId: string }>('sms:send', { phone: newPhone, purpose: 'phone_new' })
    await at.call('sms:verify', { challengeId: sent.challengeId, code: central.smsCode(newPhone) })
    return at.call<PhoneChangeResult>('phone:change', {
      personId,
      targets: targets.map((t) => ({ kind: t.kind, id: t.id })),
      newPhone,
      identity: { method: 'id_document', documentChecked: true },
      newPhoneChallengeId: sent.challengeId
    })
  }

  async function processOne(at: Desk, c: { personId: string; violationId: string }): Promise<string> {
    const batch = await at.call<BatchResult>('violation:processBatch', { personId: c.personId, items: [{ violationId: c.violationId, confirmed: [] }] })
    return batch.decisions[0]!.decisionId
  }

  async function pay(at: Desk, decisionId: string, receiptNo: string): Promise<PaymentReceipt> {
    const quote = await at.call<PaymentQuote>('payment:quote', { decisionId })
    return at.call<PaymentReceipt>('payment:record', { decisionId, receiptNo, fineFen: quote.fineFen, lateFeeFen: quote.lateFeeFen })
  }

  async function fileAndPropose(at: Desk, c: { personId: string; violationId: string }, outcome: 'void' | 'uphold'): Promise<DisputeChanged> {
    const filed = await at.call<DisputeFiled>('dispute:file', { personId: c.personId, violationId: c.violationId, ground: outcome === 'void' ? 'evidence_unclear' : 'other', statement: '当事人称当日车辆未上路，申请核查。', attachments: [] })
    return at.call<DisputeChanged>('dispute:propose', {
      disputeId: filed.disputeId,
      outcome,
      ground: outcome === 'void' ? 'evidence_unclear' : null,
      note: outcome === 'void' ? '照片无法辨认号牌' : '证据清楚，维持原记录',
      vehicleId: null,
      driverPersonId: null,
      attachments: []
    })
  }

  /** The supervisor opens the objection (as the review screen does) and decides on the proposal read there. */
  async function review(disputeId: string, decision: 'approve' | 'reject', comment: string): Promise<void> {
    const detail = await supervisor.call<DisputeDetail>('dispute:get', { disputeId })
    await supervisor.call('dispute:review', { disputeId, decision, comment, proposalRevision: detail.proposal!.revision })
  }

  /** Unprocessed simple records of drivers who own the vehicle, one per person, before `before`. */
  async function processable(limit: number, before: string): Promise<{ personId: string; violationId: string }[]> {
    const rows = await central.db.query<{ person_id: string; id: string }>(
      `SELECT DISTINCT ON (d.person_id) d.person_id, v.id FROM violations v
         JOIN vehicles ve ON ve.id = v.vehicle_id JOIN drivers d ON d.person_id = ve.owner_person_id
        WHERE v.status = 'unprocessed' AND v.penalty = 'fine' AND v.fine_fen > 0 AND d.status = 'A' AND d.cycle_points + v.points < 12
          AND v.occurred_at < $1
          AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.violation_id = v.id)
          AND NOT EXISTS (SELECT 1 FROM disputes x WHERE x.violation_id = v.id)
        ORDER BY d.person_id, v.occurred_at LIMIT $2`,
      [before, limit]
    )
    return rows.map((r) => ({ personId: r.person_id, violationId: r.id }))
  }

  /** Camera records of the city the window may take an objection to (dispute:check allows), none of `exclude`. */
  async function disputable(at: Desk, limit: number, exclude: string[]): Promise<{ personId: string; violationId: string }[]> {
    const found: { personId: string; violationId: string }[] = []
    const records = await disputableRecords(central.db, 6)
    // Records from before the test's first day only: the generated data runs up to the real date.
    const earlier = await central.db.query<{ id: string }>('SELECT id FROM violations WHERE id = ANY($1::text[]) AND occurred_at < $2', [records.map((r) => r.violationId), DAY_1])
    for (const r of records) {
      if (exclude.includes(r.violationId) || !earlier.some((e) => e.id === r.violationId)) continue
      const check = await at.call<DisputeCheck>('dispute:check', { personId: r.personId, violationId: r.violationId })
      if (check.allowed) found.push({ personId: r.personId, violationId: r.violationId })
      if (found.length === limit) return found
    }
    throw new Error('the generated data holds too few camera records this window may take objections to')
  }

  function localRows<T>(ws: TestWorkstation, sql: string, ...args: unknown[]): T[] {
    const db = new Database(ws.databaseFile, { readonly: true })
    try {
      return db.prepare(sql).all(...args) as T[]
    } finally {
      db.close()
    }
  }

  // ---- comparing the report with the SQL ----

  const zero = (): ReportCounts => Object.fromEntries(REPORT_MEASURES.map((m) => [m, 0])) as ReportCounts

  function expectEqualsSql(report: DailyReport, sql: SqlReport): void {
    expect(report.totals).toEqual(sql.totals)
    expect(Object.fromEntries(report.rows.map((r) => [r.key, r.counts]))).toEqual(Object.fromEntries(sql.byWho))
    expect(report.days.map((d) => d.date)).toEqual(Array.from({ length: report.days.length }, (_, i) => addDays(report.from, i)))
    for (const day of report.days) expect(day.counts, day.date).toEqual(sql.byDay.get(day.date) ?? zero())
    expect(Object.fromEntries(report.cells.map((c) => [`${c.date}|${c.key}`, c.counts]))).toEqual(Object.fromEntries(sql.byCell))
    expect(report.pendingCount).toBe(sql.pending)
  }

  it('two clerks, two days, 12123: the report equals the database, per clerk, per day and per clerk and day', async () => {
    const [p1, p2, p3] = await processable(3, DAY_1)
    expect(p3).toBeDefined()
    const [overdue] = await central.db.query<{ id: string }>(
      `SELECT d.id FROM decisions d JOIN violations v ON v.id = d.violation_id
        WHERE v.status = 'processed' AND d.due_date < $1 AND d.decided_at < $1
          AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.decision_id = d.id) ORDER BY d.id LIMIT 1`,
      [addDays(DAY_1, -20)]
    )
    const people = await applicants(central.db, 1)
    const [vehicle] = await bindableVehicles(central.db, 1, people)
    const [phonePerson] = localRows<{ id: string }>(
      a,
      `SELECT p.id FROM people p JOIN drivers d ON d.person_id = p.id
        WHERE d.phone IS NOT NULL AND EXISTS (SELECT 1 FROM accounts x WHERE x.person_id = p.id AND x.kind = 'personal' AND x.status = 'active')
        ORDER BY p.id LIMIT 1`
    )
    const [d1, d2] = await disputable(clerk1, 2, [p1!, p2!, p3!].map((p) => p.violationId))

    // Each action reaches central at the moment it was done (the clock waits for the upload):
    // central keeps the clerk's time, and the SMS proofs are checked at that time.
    const uploaded = async (...desks: TestWorkstation[]): Promise<void> => {
      for (const ws of desks) await ws.core.sync.syncNow()
    }

    // Day 1, morning at A (clerk 100001) and B (clerk 100002).
    setTime(DAY_1, '09:00')
    const registered = await register(clerk1)
    tally('100001', DAY_1, 'registrations')
    await uploaded(a)
    // The registration changed the record phones in the same visit: a phone.change record with it, not a phone change of its own.
    expect(localRows(a, "SELECT 1 FROM service_records WHERE kind = 'phone.change' AND at = ? AND person_id = ?", registered.registeredAt, registered.personId)).toHaveLength(1)
    setTime(DAY_1, '09:20')
    await changePhone(clerk1, phonePerson!.id)
    tally('100001', DAY_1, 'phoneChanges')
    await uploaded(a)
    setTime(DAY_1, '09:40')
    const binding = await clerk2.call<BindingCreated>('binding:create', { personId: people[0]!, vehicleId: vehicle!.id, consent: { kind: 'owner_present', confirmed: true } })
    tally('100002', DAY_1, 'bindings')
    await uploaded(b)
    setTime(DAY_1, '10:00')
    const decision1 = await processOne(clerk2, p1!)
    tally('100002', DAY_1, 'decisions')
    const paid1 = await pay(clerk2, decision1, `RPT-${DAY_1.replace(/-/g, '')}-0001`)
    tally('100002', DAY_1, 'payments')
    tally('100002', DAY_1, 'fineFen', paid1.fineFen)
    await uploaded(b)
    setTime(DAY_1, '11:00')
    const voidProposal = await fileAndPropose(clerk1, d1!, 'void')
    tally('100001', DAY_1, 'disputesFiled')
    await uploaded(a)
    // Late at night: 23:50 in Shenzhen is 15:50 UTC, still the same day everywhere.
    setTime(DAY_1, '23:50')
    const decision2 = await processOne(clerk1, p2!)
    tally('100001', DAY_1, 'decisions')
    await uploaded(a, b)

    // Day 2, just after midnight: 00:10 in Shenzhen is 16:10 UTC of day 1. B takes the fine of A's decision.
    setTime(DAY_2, '00:10')
    const paid2 = await pay(clerk2, decision2, `RPT-${DAY_2.replace(/-/g, '')}-0002`)
    tally('100002', DAY_2, 'payments')
    tally('100002', DAY_2, 'fineFen', paid2.fineFen)
    await uploaded(b)
    setTime(DAY_2, '00:15')
    await register(clerk2)
    tally('100002', DAY_2, 'registrations')
    await uploaded(b)
    setTime(DAY_2, '09:00')
    await clerk2.call('binding:remove', { bindingId: binding.bindingId, reason: 'applicant_request', note: '' })
    tally('100002', DAY_2, 'unbindings')
    await uploaded(b)
    // The supervisor at A reviews A's clerk's proposals: approves the void, rejects the uphold.
    setTime(DAY_2, '09:30')
    await review(voidProposal.detail.summary.id, 'approve', '')
    tally('200001', DAY_2, 'disputesVoided')
    await uploaded(a)
    setTime(DAY_2, '09:40')
    const upholdProposal = await fileAndPropose(clerk1, d2!, 'uphold')
    tally('100001', DAY_2, 'disputesFiled')
    await uploaded(a)
    setTime(DAY_2, '09:50')
    await review(upholdProposal.detail.summary.id, 'reject', '证据不足以维持，退回当事人说明')
    tally('200001', DAY_2, 'disputesRejected')
    await uploaded(a)
    // 交管12123 processes a record of its own: no clerk, channel app.
    setTime(DAY_2, '10:00')
    const app = await enrolAppChannel(central)
    const appCommand = app.processCommand(p3!.violationId, p3!.personId)
    expect(await app.push(appCommand)).toMatchObject({ status: 'applied' })

    // Central unreachable: A takes the fine of an overdue decision (late fee) and it waits for central.
    setTime(DAY_2, '10:10')
    expect(overdue).toBeDefined()
    await central.stopServer()
    const late = await pay(clerk1, overdue!.id, `RPT-${DAY_2.replace(/-/g, '')}-0003`)
    expect(late.lateFeeFen).toBeGreaterThan(0)
    tally('100001', DAY_2, 'payments')
    tally('100001', DAY_2, 'fineFen', late.fineFen)
    tally('100001', DAY_2, 'lateFeeFen', late.lateFeeFen)
    // Counted already, and said to be waiting for central.
    const before = await supervisor.call<DailyReport>('report:daily', { from: DAY_1, to: DAY_2 })
    expect(before.pendingCount).toBe(1)
    expectEqualsSql(before, reportFromSql(a.databaseFile, DAY_1, DAY_2))

    await central.restartServer()
    await syncAfterRestart(a)
    await uploaded(b, a)
    const report = await supervisor.call<DailyReport>('report:daily', { from: DAY_1, to: DAY_2 })
    const sql = reportFromSql(a.databaseFile, DAY_1, DAY_2)
    expectEqualsSql(report, sql)
    expect(report).toMatchObject({ from: DAY_1, to: DAY_2, today: DAY_2, timeZone: ZONE, pendingCount: 0 })

    // Central applied every action of both windows: the figures are confirmed ones.
    for (const ws of [a, b]) expect(localRows(ws, "SELECT type, status FROM outbox WHERE status <> 'applied'")).toEqual([])
    // The clerks' figures are exactly what they did (the generated data names no clerk).
    for (const [key, counts] of did) {
      const [day, who] = key.split('|') as [string, string]
      expect(report.cells.find((c) => c.date === day && c.key === who)?.counts, key).toEqual({ ...zero(), ...counts })
    }
    const clerkCells = report.cells.filter((c) => c.key.startsWith('clerk:')).map((c) => `${c.date}|${c.key}`)
    expect(clerkCells.sort()).toEqual([...did.keys()].sort())
    expect(report.rows.filter((r) => r.kind === 'clerk').map((r) => [r.operatorNo, r.operatorName !== null])).toEqual([
      ['100001', true],
      ['100002', true],
      ['200001', true]
    ])
    // 23:50 counts on day 1 and 00:10 on day 2 (by UTC date both would be day 1).
    expect(report.cells.find((c) => c.date === DAY_1 && c.key === 'clerk:100001')?.counts.decisions).toBe(1)
    expect(report.cells.find((c) => c.date === DAY_2 && c.key === 'clerk:100002')?.counts.payments).toBe(1)
    // 12123's decision is under its channel; window and 12123 decisions add up to the total.
    expect(report.rows.find((r) => r.key === 'app')?.counts.decisions).toBeGreaterThanOrEqual(1)
    expect(report.decisionsByChannel.app).toBe(report.rows.find((r) => r.key === 'app')!.counts.decisions)
    expect(report.decisionsByChannel.window + report.decisionsByChannel.app).toBe(report.totals.decisions)

    // Today (the default) is day 2 alone, with the same numbers as day 2 of the range.
    const today = await supervisor.call<DailyReport>('report:daily', {})
    expect(today.days).toEqual([report.days[1]])
    expect(today.totals).toEqual(report.days[1]!.counts)
    expectEqualsSql(today, reportFromSql(a.databaseFile, DAY_2, DAY_2))
  })

  it('the CSV export carries the same numbers: BOM, Chinese header, money in yuan', async () => {
    setTime(DAY_2, '11:00')
    const report = await supervisor.call<DailyReport>('report:daily', { from: DAY_1, to: DAY_2 })
    const exported = await supervisor.call<ReportCsv>('report:export', { from: DAY_1, to: DAY_2 })
    expect(exported.fileName).toBe(`业务统计_${DAY_1}_${DAY_2}.csv`)
    expect(exported.csv.charCodeAt(0)).toBe(0xfeff)
    expect(Buffer.from(exported.csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const [header, ...lines] = exported.csv.slice(1).trimEnd().split('\r\n').map((l) => l.split(','))
    expect(header!.slice(0, 5)).toEqual(['类别', '日期', '经办人', '警号', '办理地点'])
    expect(header).toContain('罚款（元）')
    expect(lines).toHaveLength(exported.lines)
    const numbers = (fields: string[]): ReportCounts =>
      Object.fromEntries(
        REPORT_MEASURES.map((m, i) => {
          const value = fields[5 + i]!
          return [m, m === 'fineFen' || m === 'lateFeeFen' ? Math.round(Number(value) * 100) : Number(value)]
        })
      ) as ReportCounts
    const total = lines.find((l) => l[0] === '总计')!
    expect(total.slice(1, 3)).toEqual([`${DAY_1}至${DAY_2}`, '全部'])
    expect(numbers(total)).toEqual(report.totals)
    expect(total[5 + REPORT_MEASURES.indexOf('fineFen')]).toMatch(/^\d+\.\d{2}$/)
    const perClerk = lines.filter((l) => l[0] === '区间小计' && l[3] !== '')
    expect(Object.fromEntries(perClerk.map((l) => [`clerk:${l[3]}`, numbers(l)]))).toEqual(
      Object.fromEntries(report.rows.filter((r) => r.kind === 'clerk').map((r) => [r.key, r.counts]))
    )
    for (const day of report.days) expect(numbers(lines.find((l) => l[0] === '当日合计' && l[1] === day.date)!)).toEqual(day.counts)
    const daily = lines.filter((l) => l[0] === '每日明细')
    expect(daily).toHaveLength(report.cells.length)
    // The export is audited like the viewing, without a command for central.
    const audit = localRows<{ action: string }>(a, "SELECT action FROM audit_log WHERE action = 'report.export'")
    expect(audit).toHaveLength(1)
  })

  it('a clerk is refused; a bad range is refused with its field; viewing is audited, no command queued', async () => {
    setTime(DAY_2, '11:10')
    const refused = await clerk1.attempt('report:daily', {})
    expect(refused).toMatchObject({ ok: false, error: { code: 'ROLE_NOT_ALLOWED' } })
    expect(await clerk1.attempt('report:export', {})).toMatchObject({ ok: false, error: { code: 'ROLE_NOT_ALLOWED' } })

    const outbox = (): number => localRows<{ n: number }>(a, 'SELECT count(*) AS n FROM outbox')[0]!.n
    const views = (): { operator_id: string; subject_type: string }[] => localRows(a, "SELECT operator_id, subject_type FROM audit_log WHERE action = 'report.view'")
    const [queued, viewed] = [outbox(), views().length]
    await supervisor.call('report:daily', { from: DAY_1 })
    expect(outbox()).toBe(queued)
    expect(views()).toHaveLength(viewed + 1)
    const [supervisorId] = localRows<{ id: string }>(a, "SELECT id FROM operators WHERE police_no = '200001'")
    expect(new Set(views().map((v) => `${v.operator_id}|${v.subject_type}`))).toEqual(new Set([`${supervisorId!.id}|report`]))

    expect(await supervisor.attempt('report:daily', { from: DAY_2, to: DAY_1 })).toMatchObject({ ok: false, error: { code: 'REPORT_RANGE_REVERSED', field: 'from' } })
    expect(await supervisor.attempt('report:daily', { from: addDays(DAY_2, -31), to: DAY_2 })).toMatchObject({ ok: false, error: { code: 'REPORT_RANGE_TOO_LONG', field: 'from' } })
    expect(await supervisor.attempt('report:daily', { to: addDays(DAY_2, 1) })).toMatchObject({ ok: false, error: { code: 'REPORT_DATE_IN_FUTURE', field: 'to' } })
    expect(await supervisor.attempt('report:daily', { from: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'REPORT_DATE_INVALID', field: 'from' } })
    expect(views()).toHaveLength(viewed + 1)
  })
})
