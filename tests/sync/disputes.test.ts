// Objections (异议) against the reference central, on real SQLite files: filed only where the record
// occurred, the record 异议中 (no processing at the window or on 12123 meanwhile), attachments
// type- and size-checked with nothing written on refusal, evidence fetched once and cached, the
// clerk's proposal and a second operator's review (approve, reject, send back and re-submit) with
// four eyes held in main and at central, and the outcomes (void, plate corrected, transferred)
// on the records at the window and at central.
import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallerContext } from '../../src/main/core/types'
import type { PersonView } from '../../src/shared/contract'
import type { DisputeChanged, DisputeCheck, DisputeDetail, DisputeFiled, DisputeList, DisputeLookup, DisputeQueue, Evidence } from '../../src/shared/contract/workflows/disputes-schemas'
import { MAX_ATTACHMENT_BYTES } from '../../src/shared/contract/workflows/disputes-schemas'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { FILES, disputableRecords, elsewhereRecord, otherDriver, otherVehicle, type DisputableRecord } from './support/dispute-data'
import { startTestCentral, startWorkstation, type TestCentral, type TestWorkstation } from './support/harness'
import { enrolChannel } from './support/protocol-channels'

const SUPERVISOR = { policeNo: '200001', password: 'demo-super-1' }
const file = (name: string, bytes: Buffer) => ({ fileName: name, base64: bytes.toString('base64') })
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; field?: string } }

describe.each(CENTRAL_DB_KINDS)('objections against central on %s', (kind) => {
  let central: TestCentral
  let a: TestWorkstation
  let b: TestWorkstation
  let records: DisputableRecord[]
  const supervisorAtA: CallerContext = { host: 'web', sessionKey: `dispute-supervisor-a-${kind}` }
  const supervisorAtB: CallerContext = { host: 'web', sessionKey: `dispute-supervisor-b-${kind}` }

  beforeAll(async () => {
    central = await startTestCentral(kind, { people: 160 })
    records = await disputableRecords(central.db, 6)
    a = await startWorkstation(central.url, await central.issueCode())
    b = await startWorkstation(central.url, await central.issueCode())
    await a.core.sync.syncNow()
    await b.core.sync.syncNow()
    for (const [ws, caller] of [
      [a, supervisorAtA],
      [b, supervisorAtB]
    ] as const) {
      expect((await ws.core.dispatch('session:signIn', SUPERVISOR, caller)).ok).toBe(true)
    }
  }, 240_000)
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await central?.close()
  })

  const as = async <T>(ws: TestWorkstation, caller: CallerContext, channel: string, input: unknown): Promise<Answer<T>> =>
    (await ws.core.dispatch(channel, input, caller)) as Answer<T>
  const must = async <T>(ws: TestWorkstation, caller: CallerContext, channel: string, input: unknown): Promise<T> => {
    const answer = await as<T>(ws, caller, channel, input)
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`)
    return answer.value
  }
  const counts = (ws: TestWorkstation): Record<string, number> => {
    const db = new Database(ws.databaseFile, { readonly: true })
    try {
      const n = (sql: string): number => db.prepare(sql).pluck().get() as number
      return {
        disputes: n('SELECT count(*) FROM disputes'),
        attachments: n("SELECT count(*) FROM attachments WHERE owner_type = 'dispute'"),
        outbox: n('SELECT count(*) FROM outbox'),
        audit: n('SELECT count(*) FROM audit_log')
      }
    } finally {
      db.close()
    }
  }
  const localRow = (ws: TestWorkstation, sql: string, ...params: unknown[]): Record<string, unknown> | undefined => {
    const db = new Database(ws.databaseFile, { readonly: true })
    try {
      return db.prepare(sql).get(...params) as Record<string, unknown> | undefined
    } finally {
      db.close()
    }
  }
  const centralViolation = async (id: string) =>
    (await central.db.query<{ status: string; plate: string; vehicle_id: string | null; driver_person_id: string | null }>('SELECT status, plate, vehicle_id, driver_person_id FROM violations WHERE id = $1', [id]))[0]!
  const centralDispute = async (id: string) =>
    (await central.db.query<{ status: string; proposal: string | null; proposed_by_no: string | null; reviewed_by_no: string | null; review_comment: string | null; attachments: string }>(
      'SELECT status, proposal, proposed_by_no, reviewed_by_no, review_comment, attachments FROM disputes WHERE id = $1',
      [id]
    ))[0]!
  const fileDispute = (r: DisputableRecord, extra: Partial<{ ground: string; statement: string; attachments: unknown[] }> = {}) =>
    a.call<DisputeFiled>('dispute:file', { personId: r.personId, violationId: r.violationId, ground: 'plate_misrecorded', statement: '当时车辆停在小区内，未驶出', attachments: [], ...extra })

  it('refuses an objection to a record that occurred elsewhere, saying where to go, and writes nothing', async () => {
    const far = await elsewhereRecord(central.db)
    const check = await a.call<DisputeCheck>('dispute:check', { personId: far.personId, violationId: far.violationId })
    expect(check.allowed).toBe(false)
    expect(check.denials.map((d) => d.code)).toContain('DISPUTE_WRONG_JURISDICTION')
    expect(check.denials[0]!.message).toMatch(/违法发生地为.*异议须向违法行为发生地公安交管部门提出/)
    const before = counts(a)
    const filed = await a.attempt('dispute:file', { personId: far.personId, violationId: far.violationId, ground: 'other', statement: '不是本人驾驶', attachments: [] })
    expect(filed).toMatchObject({ ok: false, error: { code: 'DISPUTE_WRONG_JURISDICTION' } })
    expect(counts(a)).toEqual(before)
  })

  it('refuses attachments of another type or too large before writing anything', async () => {
    const r = records[0]!
    const before = counts(a)
    const wrongType = await a.attempt('dispute:file', {
      personId: r.personId,
      violationId: r.violationId,
      ground: 'plate_misrecorded',
      statement: '',
      attachments: [file('行驶证.png', FILES.png), file('说明.png', FILES.text)]
    })
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_TYPE', field: 'attachments' } })
    if (!wrongType.ok) expect(wrongType.error.message).toContain('说明.png')
    const big = Buffer.concat([FILES.png, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - FILES.png.length)])
    const tooLarge = await a.attempt('dispute:file', { personId: r.personId, violationId: r.violationId, ground: 'plate_misrecorded', statement: '', attachments: [file('照片.png', big)] })
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_TOO_LARGE' } })
    expect(counts(a)).toEqual(before)
    expect(localRow(a, 'SELECT status FROM violations WHERE id = ?', r.violationId)).toEqual({ status: 'unprocessed' })
  })

  it('files an objection: the record is disputed, neither the window nor 12123 may process it, central has it with the files’ hashes', async () => {
    const r = records[0]!
    const filed = await fileDispute(r, { attachments: [file('行驶证.png', FILES.png), file('情况说明.pdf', FILES.pdf)] })
    expect(filed.receipt).toMatchObject({ personName: expect.any(String), ground: 'plate_misrecorded', record: { id: r.violationId, status: 'disputed' } })
    expect(filed.receipt.receiptNo).toMatch(/^YY-\d{8}-[0-9A-F]{8}-\d{4}$/)
    expect(filed.receipt.idNumberMasked).toContain('*')
    expect(filed.receipt.attachments.map((x) => x.sha256)).toEqual([sha(FILES.png), sha(FILES.pdf)])
    expect(localRow(a, "SELECT count(*) AS n FROM attachments WHERE owner_type = 'dispute' AND owner_id = ?", filed.disputeId)).toEqual({ n: 2 })

    // The window's verdict and the processing itself refuse it.
    const person = await a.call<PersonView>('person:open', { personId: r.personId })
    const shown = person.violations.find((v) => v.id === r.violationId)!
    expect(shown.status).toBe('disputed')
    expect(shown.verdicts.window.denials.map((d) => d.code)).toContain('VIOLATION_DISPUTED')
    expect(await a.attempt('violation:process', { violationId: r.violationId, personId: r.personId, confirmed: [] })).toMatchObject({
      ok: false,
      error: { code: 'VIOLATION_DISPUTED' }
    })
    // One open objection per record.
    expect(await a.attempt('dispute:file', { personId: r.personId, violationId: r.violationId, ground: 'other', statement: '再次提出', attachments: [] })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_DISPUTED' }
    })

    await a.core.sync.syncNow()
    expect(await centralViolation(r.violationId)).toMatchObject({ status: 'disputed' })
    const atCentral = await centralDispute(filed.disputeId)
    expect(atCentral).toMatchObject({ status: 'open', proposal: null })
    expect((JSON.parse(atCentral.attachments) as { sha256: string }[]).map((x) => x.sha256)).toEqual([sha(FILES.png), sha(FILES.pdf)])
    const history = await central.db.query<{ kind: string; operator_no: string }>("SELECT kind, operator_no FROM service_records WHERE person_id = $1 AND kind LIKE 'dispute.%'", [r.personId])
    expect(history).toEqual([{ kind: 'dispute.file', operator_no: '100001' }])

    // 交管12123 cannot process it meanwhile: central refuses with the reason.
    const app = await enrolChannel(central, 'app')
    const [online] = (
      await app.push([
        app.command('violation.process', {
          violationId: r.violationId,
          driverPersonId: r.personId,
          decisionId: crypto.randomUUID(),
          provisionalNo: 'APP-1',
          confirmed: [],
          organ: '交管12123'
        })
      ])
    ).results
    expect(online).toMatchObject({ status: 'rejected', code: 'VIOLATION_DISPUTED' })
  })

  it('fetches the evidence photos from central once, then serves them from the cache (offline too)', async () => {
    const r = records[0]!
    const first = await a.call<Evidence>('dispute:evidence', { violationId: r.violationId })
    expect(first.from).toBe('central')
    expect(first.photos.map((p) => [p.seq, p.mime])).toEqual([
      [1, 'image/svg+xml'],
      [2, 'image/svg+xml']
    ])
    const svg = Buffer.from(first.photos[0]!.base64, 'base64')
    expect(sha(svg)).toBe(first.photos[0]!.sha256)
    expect(svg.toString('utf8')).toContain(r.plate)
    expect(first.photos[0]!.caption).toMatch(/设备\d{12}/)
    const stored = await central.db.query<{ n: number }>('SELECT count(*)::int AS n FROM evidence_photos WHERE violation_id = $1', [r.violationId])
    expect(stored).toEqual([{ n: 2 }])

    await central.stopServer()
    try {
      const again = await a.call<Evidence>('dispute:evidence', { violationId: r.violationId })
      expect(again.from).toBe('cache')
      expect(again.photos.map((p) => p.sha256)).toEqual(first.photos.map((p) => p.sha256))
      // A record never fetched cannot be shown while central is away, and says so.
      expect(await a.attempt('dispute:evidence', { violationId: records[1]!.violationId })).toMatchObject({ ok: false, error: { code: 'CENTRAL_OFFLINE' } })
    } finally {
      await central.restartServer()
    }
  })

  it('a clerk proposes, a supervisor at another window approves; the record stands and is processable again', async () => {
    const r = records[0]!
    const detail = (await a.call<DisputeList>('dispute:list', { personId: r.personId })).disputes[0]!
    const proposed = await a.call<DisputeChanged>('dispute:propose', {
      disputeId: detail.id,
      outcome: 'uphold',
      ground: null,
      note: '经核对照片，号牌清晰可辨，确为当事人车辆',
      vehicleId: null,
      driverPersonId: null,
      attachments: []
    })
    expect(proposed.detail.summary).toMatchObject({ status: 'proposed', outcome: 'uphold', proposerNo: '100001' })
    // The clerk may not review at all (channel for supervisors), and the screen says why.
    expect(proposed.detail.review.allowed).toBe(false)
    expect(proposed.detail.review.reasons.join()).toContain('不是审核岗')
    expect(await a.attempt('dispute:review', { disputeId: detail.id, decision: 'approve', comment: '', proposalRevision: proposed.detail.proposal!.revision })).toMatchObject({
      ok: false,
      error: { code: 'ROLE_NOT_ALLOWED' }
    })
    await a.core.sync.syncNow()
    await b.core.sync.syncNow()

    const queue = await must<DisputeQueue>(b, supervisorAtB, 'dispute:queue', {})
    const item = queue.awaiting.find((x) => x.id === detail.id)!
    expect(item).toMatchObject({ status: 'proposed', proposerNo: '100001' })
    const atB = await must<DisputeDetail>(b, supervisorAtB, 'dispute:get', { disputeId: detail.id })
    expect(atB.review).toEqual({ allowed: true, reasons: [] })
    expect(atB.checks.every((c) => c.passed)).toBe(true)
    expect(atB.attachments.map((x) => x.local)).toEqual([false, false])
    expect(atB.history.map((h) => h.kind)).toEqual(['dispute.file', 'dispute.propose'])
    expect(await as(b, supervisorAtB, 'dispute:attachment', { disputeId: detail.id, sha256: sha(FILES.png) })).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_NOT_HERE' } })
    expect(await must<{ mime: string }>(a, a.caller, 'dispute:attachment', { disputeId: detail.id, sha256: sha(FILES.pdf) })).toMatchObject({ mime: 'application/pdf' })

    const approved = await must<DisputeChanged>(b, supervisorAtB, 'dispute:review', { disputeId: detail.id, decision: 'approve', comment: '', proposalRevision: atB.proposal!.revision })
    expect(approved.detail.summary).toMatchObject({ status: 'approved', reviewedBy: expect.stringContaining('200001') })
    await b.core.sync.syncNow()
    expect(await centralDispute(detail.id)).toMatchObject({ status: 'approved', reviewed_by_no: '200001', proposed_by_no: '100001' })
    expect(await centralViolation(r.violationId)).toMatchObject({ status: 'unprocessed' })

    await a.core.sync.syncNow()
    const mine = await a.call<DisputeQueue>('dispute:queue', {})
    expect(mine.mine.find((x) => x.id === detail.id)).toMatchObject({ status: 'approved', outcome: 'uphold' })
    const person = await a.call<PersonView>('person:open', { personId: r.personId })
    const shown = person.violations.find((v) => v.id === r.violationId)!
    expect(shown.status).toBe('unprocessed')
    expect(shown.verdicts.window.denials.map((d) => d.code)).not.toContain('VIOLATION_DISPUTED')
    expect(person.history.filter((h) => h.kind.startsWith('dispute.')).map((h) => h.kind)).toEqual(['dispute.review', 'dispute.propose', 'dispute.file'])
  })

  it('four eyes: the proposer may not review their own proposal — refused in main at any window, and at central for a crafted command', async () => {
    const r = records[1]!
    const filed = await must<DisputeFiled>(a, supervisorAtA, 'dispute:file', { personId: r.personId, violationId: r.violationId, ground: 'evidence_unclear', statement: '照片模糊', attachments: [] })
    const proposed = await must<DisputeChanged>(a, supervisorAtA, 'dispute:propose', {
      disputeId: filed.disputeId,
      outcome: 'void',
      ground: 'evidence_unclear',
      note: '照片无法辨认号牌',
      vehicleId: null,
      driverPersonId: null,
      attachments: []
    })
    expect(proposed.detail.review.allowed).toBe(false)
    expect(proposed.detail.checks.find((c) => c.code === 'SAME_OPERATOR')).toMatchObject({ passed: false })
    const before = counts(a)
    const own = await as(a, supervisorAtA, 'dispute:review', { disputeId: filed.disputeId, decision: 'approve', comment: '', proposalRevision: proposed.detail.proposal!.revision })
    expect(own).toMatchObject({ ok: false, error: { code: 'SAME_OPERATOR' } })
    expect(counts(a)).toEqual(before)
    await a.core.sync.syncNow()
    await b.core.sync.syncNow()
    // Same police number at another window: still the proposer.
    expect(await as(b, supervisorAtB, 'dispute:review', { disputeId: filed.disputeId, decision: 'return', comment: '请补充材料', proposalRevision: proposed.detail.proposal!.revision })).toMatchObject({
      ok: false,
      error: { code: 'SAME_OPERATOR' }
    })

    // A command crafted as the proposer and pushed straight to central is refused there.
    const crafted = await enrolChannel(central, 'window')
    const review = (clerk: Record<string, unknown>) => ({
      disputeId: filed.disputeId,
      decision: 'approve',
      comment: '',
      proposalRevision: proposed.detail.proposal!.revision,
      serviceRecordId: crypto.randomUUID(),
      clerk: { operatorNo: '200001', operatorName: '王振华', workstationId: crafted.id, place: '测试窗口', role: 'supervisor', ...clerk }
    })
    const byNumber = crafted.command('dispute.review', review({}))
    const proposerId = localRow(a, "SELECT id FROM operators WHERE police_no = '200001'")!.id as string
    const byId = crafted.command('dispute.review', review({ operatorNo: '299999', operatorName: '冒名' }))
    byId.payload.operatorId = proposerId
    const notSupervisor = crafted.command('dispute.review', review({ operatorNo: '100002', role: 'clerk' }))
    const results = (await crafted.push([byNumber, byId, notSupervisor])).results
    expect(results.map((x) => [x.status, 'code' in x ? x.code : null])).toEqual([
      ['rejected', 'SAME_OPERATOR'],
      ['rejected', 'SAME_OPERATOR'],
      ['rejected', 'NOT_SUPERVISOR']
    ])
    expect(await centralDispute(filed.disputeId)).toMatchObject({ status: 'proposed', reviewed_by_no: null })
    expect(await centralViolation(r.violationId)).toMatchObject({ status: 'disputed' })
  })

  it('sends a proposal back for 补录; the clerk amends and re-submits; the approved void is on the record and at central', async () => {
    const r = records[2]!
    const filed = await fileDispute(r, { ground: 'emergency_vehicle_on_duty', statement: '执行急救任务' })
    expect(await a.attempt('dispute:propose', { disputeId: filed.disputeId, outcome: 'void', ground: null, note: '', vehicleId: null, driverPersonId: null, attachments: [] })).toMatchObject({
      ok: false,
      error: { code: 'GROUND_REQUIRED' }
    })
    const proposed = await a.call<DisputeChanged>('dispute:propose', {
      disputeId: filed.disputeId,
      outcome: 'void',
      ground: 'emergency_vehicle_on_duty',
      note: '救护车执行任务',
      vehicleId: null,
      driverPersonId: null,
      attachments: []
    })
    expect(await as(a, supervisorAtA, 'dispute:review', { disputeId: filed.disputeId, decision: 'return', comment: '', proposalRevision: proposed.detail.proposal!.revision })).toMatchObject({
      ok: false,
      error: { code: 'COMMENT_REQUIRED' }
    })
    const returned = await must<DisputeChanged>(a, supervisorAtA, 'dispute:review', {
      disputeId: filed.disputeId,
      decision: 'return',
      comment: '请补充120调度记录',
      proposalRevision: proposed.detail.proposal!.revision
    })
    expect(returned.detail.summary).toMatchObject({ status: 'returned', reviewComment: '请补充120调度记录' })
    expect(localRow(a, 'SELECT status FROM violations WHERE id = ?', r.violationId)).toEqual({ status: 'disputed' })
    const mine = await a.call<DisputeQueue>('dispute:queue', {})
    expect(mine.mine.find((x) => x.id === filed.disputeId)).toMatchObject({ status: 'returned', reviewComment: '请补充120调度记录' })

    const resubmitted = await a.call<DisputeChanged>('dispute:propose', {
      disputeId: filed.disputeId,
      outcome: 'void',
      ground: 'emergency_vehicle_on_duty',
      note: '已补充120调度记录',
      vehicleId: null,
      driverPersonId: null,
      attachments: [file('调度记录.jpg', FILES.jpeg)]
    })
    expect(resubmitted.detail.summary.status).toBe('proposed')
    expect(resubmitted.detail.attachments.map((x) => x.sha256)).toEqual([sha(FILES.jpeg)])
    // The supervisor read the first proposal: approving it blind is refused.
    expect(await as(a, supervisorAtA, 'dispute:review', { disputeId: filed.disputeId, decision: 'approve', comment: '', proposalRevision: proposed.detail.proposal!.revision })).toMatchObject({
      ok: false,
      error: { code: 'PROPOSAL_CHANGED' }
    })
    await must(a, supervisorAtA, 'dispute:review', { disputeId: filed.disputeId, decision: 'approve', comment: '材料齐全', proposalRevision: resubmitted.detail.proposal!.revision })
    const person = await a.call<PersonView>('person:open', { personId: r.personId })
    expect(person.violations.find((v) => v.id === r.violationId)!.status).toBe('voided')

    await a.core.sync.syncNow()
    expect(await centralViolation(r.violationId)).toMatchObject({ status: 'voided' })
    expect(await centralDispute(filed.disputeId)).toMatchObject({ status: 'approved', proposal: 'void', review_comment: '材料齐全' })
    const steps = await central.db.query<{ kind: string; summary: string }>(
      "SELECT kind, summary FROM service_records WHERE person_id = $1 AND kind LIKE 'dispute.%' ORDER BY at",
      [r.personId]
    )
    expect(steps.map((s) => s.kind)).toEqual(['dispute.file', 'dispute.propose', 'dispute.review', 'dispute.propose', 'dispute.review'])
    expect(steps[2]!.summary).toContain('退回补正')
    expect(steps[4]!.summary).toContain('消除记录')
  })

  it('corrects a misrecorded plate: the record moves to the right vehicle, whose owner is told by SMS', async () => {
    const r = records[3]!
    const target = await otherVehicle(central.db, records.map((x) => x.personId))
    const filed = await fileDispute(r)
    const notThere = await a.call<DisputeLookup>('dispute:lookup', { disputeId: filed.disputeId, target: { kind: 'vehicle', plate: '粤B12', plateType: '02' } })
    expect(notThere.state).toBe('invalid')
    const found = await a.call<DisputeLookup>('dispute:lookup', { disputeId: filed.disputeId, target: { kind: 'vehicle', plate: target.plate, plateType: target.plateType } })
    if (found.state !== 'found') throw new Error(JSON.stringify(found))
    expect(found.vehicle).toMatchObject({ id: target.id, plate: target.plate })
    const proposed = await a.call<DisputeChanged>('dispute:propose', {
      disputeId: filed.disputeId,
      outcome: 'correct_plate',
      ground: null,
      note: '照片显示号牌与登记不符',
      vehicleId: target.id,
      driverPersonId: null,
      attachments: []
    })
    expect(proposed.detail.proposal).toMatchObject({ outcome: 'correct_plate', vehicle: { plate: target.plate } })
    await must(a, supervisorAtA, 'dispute:review', { disputeId: filed.disputeId, decision: 'approve', comment: '', proposalRevision: proposed.detail.proposal!.revision })
    expect(localRow(a, 'SELECT status, plate, vehicle_id FROM violations WHERE id = ?', r.violationId)).toEqual({ status: 'unprocessed', plate: target.plate, vehicle_id: target.id })
    // It left the citizen's record.
    const person = await a.call<PersonView>('person:open', { personId: r.personId })
    expect(person.violations.some((v) => v.id === r.violationId)).toBe(false)
    expect(person.history[0]).toMatchObject({ kind: 'dispute.review' })
    expect(person.history[0]!.summary).toContain(`更正为${target.plate}`)

    await a.core.sync.syncNow()
    expect(await centralViolation(r.violationId)).toMatchObject({ status: 'unprocessed', plate: target.plate, vehicle_id: target.id })
    const texts = central.smsLog(target.phone).map((m) => m.text)
    expect(texts.some((t) => t.includes(target.plate) && t.includes('经异议审核确认'))).toBe(true)
  })

  it('transfers a record to the actual driver; a rejected objection leaves the record standing', async () => {
    const lent = records[4]!
    const driver = await otherDriver(central.db, records.map((x) => x.personId))
    const filed = await fileDispute(lent, { ground: 'other', statement: '车辆借给朋友驾驶' })
    const found = await a.call<DisputeLookup>('dispute:lookup', { disputeId: filed.disputeId, target: { kind: 'driver', idNumber: driver.idNumber } })
    if (found.state !== 'found') throw new Error(JSON.stringify(found))
    const proposed = await a.call<DisputeChanged>('dispute:propose', {
      disputeId: filed.disputeId,
      outcome: 'transfer',
      ground: null,
      note: '借用人到场确认',
      vehicleId: null,
      driverPersonId: found.driver!.personId,
      attachments: []
    })
    await must(a, supervisorAtA, 'dispute:review', { disputeId: filed.disputeId, decision: 'approve', comment: '', proposalRevision: proposed.detail.proposal!.revision })

    const kept = records[5]!
    const other = await fileDispute(kept, { ground: 'conflicting_signals', statement: '信号灯故障' })
    const upheld = await a.call<DisputeChanged>('dispute:propose', { disputeId: other.disputeId, outcome: 'void', ground: 'conflicting_signals', note: '', vehicleId: null, driverPersonId: null, attachments: [] })
    expect(await as(a, supervisorAtA, 'dispute:review', { disputeId: other.disputeId, decision: 'reject', comment: 'x', proposalRevision: upheld.detail.proposal!.revision })).toMatchObject({
      ok: false,
      error: { code: 'COMMENT_REQUIRED' }
    })
    await must(a, supervisorAtA, 'dispute:review', { disputeId: other.disputeId, decision: 'reject', comment: '经查信号灯当日工作正常', proposalRevision: upheld.detail.proposal!.revision })

    await a.core.sync.syncNow()
    expect(await centralViolation(lent.violationId)).toMatchObject({ status: 'unprocessed', driver_person_id: driver.personId })
    expect(await centralViolation(kept.violationId)).toMatchObject({ status: 'unprocessed' })
    expect(await centralDispute(other.disputeId)).toMatchObject({ status: 'rejected', review_comment: '经查信号灯当日工作正常' })
    // Nothing the workstation did was refused by central.
    expect(localRow(a, "SELECT count(*) AS n FROM outbox WHERE status != 'applied'")).toEqual({ n: 0 })
  })
})
