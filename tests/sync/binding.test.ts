// 备案 at the window against the reference central (PGlite and a real PostgreSQL server), through
// the workstation's own channels on real SQLite files: the limits of 3 vehicles per person and 3
// drivers per vehicle with unbinding from the list, the vehicle-type rule, the owner's consent
// (present, or an SMS code to the owner's / unit manager's phone that central verifies), a military
// ID holder, two windows binding a 4th vehicle at once (central keeps one, the other lands in
// 需处理), and a binding saved offline that reaches central exactly once.
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SyncList, SyncStatusDto } from '../../src/shared/contract'
import type { BindingCheck, BindingCreated, BindingOverview } from '../../src/shared/contract/workflows/binding-schemas'
import { maskPhone } from '../../src/shared/masking'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { MILITARY, UNIT_VEHICLE, addSpecialCases, applicants, bindableVehicles, unbindableVehicle, type Candidate } from './support/binding-data'
import { centralChecksums, startTestCentral, startWorkstation, syncAfterRestart, workstationChecksums, type TestCentral, type TestWorkstation } from './support/harness'

const PRESENT = { kind: 'owner_present', confirmed: true } as const

function outboxSize(ws: TestWorkstation): number {
  const sqlite = new Database(ws.databaseFile, { readonly: true })
  try {
    return sqlite.prepare('SELECT count(*) FROM outbox').pluck().get() as number
  } finally {
    sqlite.close()
  }
}

describe.each(CENTRAL_DB_KINDS)('binding at the window against central on %s', (kind) => {
  let central: TestCentral
  let a: TestWorkstation
  let b: TestWorkstation
  let managerPhone: string
  let people: string[]
  let vehicles: Candidate[]
  const take = {
    person: (): string => people.shift() ?? expect.unreachable('out of applicants'),
    vehicle: (): Candidate => vehicles.shift() ?? expect.unreachable('out of vehicles')
  }

  beforeAll(async () => {
    central = await startTestCentral(kind, { people: 60 })
    ;({ managerPhone } = await addSpecialCases(central.db))
    people = await applicants(central.db, 14)
    vehicles = await bindableVehicles(central.db, 16, people)
    a = await startWorkstation(central.url, await central.issueCode())
    b = await startWorkstation(central.url, await central.issueCode(), { signIn: { policeNo: '100002', password: 'demo-clerk-2' } })
    await a.core.sync.syncNow()
    await b.core.sync.syncNow()
  }, 180_000)
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await central?.close()
  })

  const check = (ws: TestWorkstation, personId: string, v: Pick<Candidate, 'plate' | 'plateType'>) =>
    ws.call<BindingCheck>('binding:check', { personId, plate: v.plate, plateType: v.plateType })
  const bind = (ws: TestWorkstation, personId: string, vehicleId: string, consent: unknown = PRESENT) =>
    ws.call<BindingCreated>('binding:create', { personId, vehicleId, consent })
  const centralBindings = (personId: string) =>
    central.db.query<{ id: string; vehicle_id: string; status: string }>(
      `SELECT id, vehicle_id, status FROM bindings WHERE person_id = $1 AND status IN ('active', 'pending_review') ORDER BY vehicle_id`,
      [personId]
    )

  it('binds up to 3 vehicles; the 4th is refused with the list to unbind from, and binds after unbinding one', async () => {
    const person = take.person()
    const [v1, v2, v3, v4] = [take.vehicle(), take.vehicle(), take.vehicle(), take.vehicle()]
    const first = await check(a, person, v1!)
    expect(first).toMatchObject({ state: 'found', verdict: { allowed: true, denials: [] }, limits: { perPerson: 3, perVehicle: 3, windowReview: false } })
    const created = await bind(a, person, v1!.id)
    expect(created).toMatchObject({ status: 'active', slip: { plate: v1!.plate, consent: 'owner_present' } })
    await bind(a, person, v2!.id)
    await bind(a, person, v3!.id)

    const full = await check(a, person, v4!)
    if (full.state !== 'found') throw new Error(`expected the vehicle, got ${full.state}`)
    expect(full.verdict.allowed).toBe(false)
    expect(full.verdict.denials.map((d) => d.code)).toEqual(['USER_BIND_LIMIT'])
    expect(full.verdict.denials[0]!.message).toContain('已达上限3辆')
    expect(full.personBindings.map((x) => x.plate).sort()).toEqual([v1!.plate, v2!.plate, v3!.plate].sort())

    const outboxBefore = outboxSize(a)
    const refused = await a.attempt('binding:create', { personId: person, vehicleId: v4!.id, consent: PRESENT })
    expect(refused).toMatchObject({ ok: false, error: { code: 'USER_BIND_LIMIT' } })
    // A refusal writes nothing: no command queued, the list unchanged.
    expect(outboxSize(a)).toBe(outboxBefore)
    expect((await a.call<BindingOverview>('binding:list', { personId: person })).bindings).toHaveLength(3)

    const freed = full.personBindings.find((x) => x.plate === v1!.plate)!
    expect(await a.attempt('binding:remove', { bindingId: freed.id, reason: 'other', note: '' })).toMatchObject({ ok: false, error: { code: 'NOTE_REQUIRED' } })
    await a.call('binding:remove', { bindingId: freed.id, reason: 'make_room', note: '' })
    expect(await check(a, person, v4!)).toMatchObject({ state: 'found', verdict: { allowed: true } })
    await bind(a, person, v4!.id)

    await a.core.sync.syncNow()
    expect((await centralBindings(person)).map((x) => x.vehicle_id).sort()).toEqual([v2!.id, v3!.id, v4!.id].sort())
    const history = await central.db.query<{ kind: string; operator_no: string; summary: string }>(
      `SELECT kind, operator_no, summary FROM service_records WHERE person_id = $1 ORDER BY at`,
      [person]
    )
    expect(history.map((h) => h.kind)).toEqual(['binding.create', 'binding.create', 'binding.create', 'binding.remove', 'binding.create'])
    expect(history.every((h) => h.operator_no === '100001')).toBe(true)
    expect(history[3]!.summary).toContain('腾出备案名额')
    const overview = await a.call<BindingOverview>('binding:list', { personId: person })
    expect(overview.bindings.map((x) => [x.plate, x.status, x.awaitingCentral])).toHaveLength(3)
    expect(overview.bindings.every((x) => x.status === 'active' && !x.awaitingCentral)).toBe(true)
  })

  it('a vehicle takes at most 3 drivers besides its owner (VEHICLE_BIND_LIMIT), drivers listed masked', async () => {
    const v = take.vehicle()
    const drivers = [take.person(), take.person(), take.person()]
    for (const p of drivers) await bind(a, p, v.id)
    const fourth = take.person()
    const answer = await check(a, fourth, v)
    if (answer.state !== 'found') throw new Error(`expected the vehicle, got ${answer.state}`)
    expect(answer.verdict.denials.map((d) => d.code)).toEqual(['VEHICLE_BIND_LIMIT'])
    expect(answer.vehicleDrivers).toHaveLength(3)
    for (const d of answer.vehicleDrivers) {
      expect(d.nameMasked).toMatch(/^.\*+$/)
      expect(d.idNumberMasked).toContain('*')
    }
    expect(await a.attempt('binding:create', { personId: fourth, vehicleId: v.id, consent: PRESENT })).toMatchObject({ ok: false, error: { code: 'VEHICLE_BIND_LIMIT' } })
  })

  it('refuses what the rules refuse: vehicle type, own vehicle, an already bound one; plate checked as typed', async () => {
    const person = take.person()
    const wrongType = await unbindableVehicle(central.db, [person])
    const typed = await check(a, person, wrongType)
    if (typed.state !== 'found') throw new Error(`expected the vehicle, got ${typed.state}`)
    expect(typed.verdict.denials.map((d) => d.code)).toContain('BIND_VEHICLE_TYPE')
    expect(await a.attempt('binding:create', { personId: person, vehicleId: wrongType.id, consent: PRESENT })).toMatchObject({ ok: false, error: { code: 'BIND_VEHICLE_TYPE' } })

    const own = (await central.db.query<{ plate: string; plate_type: string; owner_person_id: string }>(
      `SELECT v.plate, v.plate_type, v.owner_person_id FROM vehicles v JOIN drivers d ON d.person_id = v.owner_person_id WHERE v.owner_type = 'person' ORDER BY v.id LIMIT 1`
    ))[0]!
    const mine = await check(a, own.owner_person_id, { plate: own.plate, plateType: own.plate_type })
    expect(mine).toMatchObject({ state: 'found', verdict: { allowed: false, denials: [{ code: 'OWN_VEHICLE' }] } })

    const v = take.vehicle()
    await bind(a, person, v.id)
    expect(await check(a, person, v)).toMatchObject({ state: 'found', verdict: { denials: [{ code: 'ALREADY_BOUND' }] } })

    expect(await check(a, person, { plate: '粤B12', plateType: '02' })).toMatchObject({ state: 'invalid', field: 'plate', code: 'PLATE_FORMAT' })
    expect(await check(a, person, { plate: v.plate, plateType: '' })).toMatchObject({ state: 'invalid', field: 'plateType' })
    const otherType = await check(a, person, { plate: v.plate, plateType: v.plateType === '02' ? '52' : '02' })
    expect(otherType).toMatchObject({ state: 'not_found' })
    if (otherType.state === 'not_found') expect(otherType.message).toContain('请核对号牌种类')
  })

  it('consent: required, and an SMS code counts only when central verified it for the owner’s phone', async () => {
    const person = take.person()
    const v = take.vehicle()
    expect(await a.attempt('binding:create', { personId: person, vehicleId: v.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await a.attempt('binding:create', { personId: person, vehicleId: v.id, consent: { kind: 'owner_present', confirmed: false } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
    const found = await check(a, person, v)
    expect(found).toMatchObject({ state: 'found', vehicle: { consentPhoneMasked: maskPhone(v.phone) } })

    // A code verified for another phone is not the owner's consent.
    const stranger = await a.call<{ challengeId: string }>('sms:send', { phone: '13912345670', purpose: 'binding_owner' })
    await a.call('sms:verify', { challengeId: stranger.challengeId, code: central.smsCode('13912345670') })
    expect(await a.attempt('binding:create', { personId: person, vehicleId: v.id, consent: { kind: 'sms_code', challengeId: stranger.challengeId } })).toMatchObject({
      ok: false,
      error: { code: 'OWNER_PHONE_MISMATCH' }
    })
    // Sent to the owner, addressed by the vehicle (the window never sees the number), not read back yet.
    const sent = await a.call<{ challengeId: string; maskedPhone: string }>('sms:send', { purpose: 'binding_owner', bindingOwner: { personId: person, vehicleId: v.id } })
    expect(sent.maskedPhone).toBe(maskPhone(v.phone))
    expect(central.smsLog(v.phone!)[0]!.text).toContain('同意他人备案您的机动车')
    expect(await a.attempt('binding:create', { personId: person, vehicleId: v.id, consent: { kind: 'sms_code', challengeId: sent.challengeId } })).toMatchObject({
      ok: false,
      error: { code: 'SMS_NOT_VERIFIED' }
    })
    await a.call('sms:verify', { challengeId: sent.challengeId, code: central.smsCode(v.phone!) })
    const created = await bind(a, person, v.id, { kind: 'sms_code', challengeId: sent.challengeId })
    expect(created.slip).toMatchObject({ consent: 'sms_code', consentPhoneMasked: maskPhone(v.phone) })

    await a.core.sync.syncNow()
    const row = await central.db.query<{ consent: string; status: string }>('SELECT consent, status FROM bindings WHERE id = $1', [created.bindingId])
    expect(row).toEqual([{ consent: 'sms_code', status: 'active' }])
    // Central tells the owner who bound the car, once it has applied the binding.
    expect(central.smsLog(v.phone!).some((m) => m.kind === 'notice' && m.text.includes(`您的机动车${v.plate}已由驾驶人`))).toBe(true)
  })

  it('a unit’s vehicle: the consent code goes to the unit manager’s phone', async () => {
    const person = take.person()
    const found = await check(a, person, UNIT_VEHICLE)
    expect(found).toMatchObject({ state: 'found', vehicle: { ownerKind: 'unit', consentPhoneMasked: maskPhone(managerPhone) }, verdict: { allowed: true } })
    const sent = await a.call<{ challengeId: string; maskedPhone: string }>('sms:send', { purpose: 'binding_owner', bindingOwner: { personId: person, vehicleId: UNIT_VEHICLE.id } })
    expect(sent.maskedPhone).toBe(maskPhone(managerPhone))
    await a.call('sms:verify', { challengeId: sent.challengeId, code: central.smsCode(managerPhone) })
    const created = await bind(a, person, UNIT_VEHICLE.id, { kind: 'sms_code', challengeId: sent.challengeId })
    await a.core.sync.syncNow()
    expect(await central.db.query('SELECT status FROM bindings WHERE id = $1', [created.bindingId])).toEqual([{ status: 'active' }])
  })

  it('a military ID holder binds at the window', async () => {
    const overview = await a.call<BindingOverview>('binding:list', { personId: MILITARY.personId })
    expect(overview.person).toMatchObject({ idTypeName: '军官证', otherIdDocument: true, hasLicense: true, name: MILITARY.name })
    const v = take.vehicle()
    const created = await bind(a, MILITARY.personId, v.id)
    expect(created.slip).toMatchObject({ idTypeName: '军官证', personName: MILITARY.name })
    expect(created.slip.idNumberMasked).not.toBe(MILITARY.idNumber)
    await a.core.sync.syncNow()
    expect(await centralBindings(MILITARY.personId)).toMatchObject([{ vehicle_id: v.id, status: 'active' }])
  })

  it('two windows bind a 4th vehicle for one person at once: central keeps one, the other lands in 需处理', async () => {
    const person = take.person()
    const [v1, v2, v3, v4] = [take.vehicle(), take.vehicle(), take.vehicle(), take.vehicle()]
    await bind(a, person, v1!.id)
    await bind(a, person, v2!.id)
    await a.core.sync.syncNow()
    await b.core.sync.syncNow()
    expect((await b.call<BindingOverview>('binding:list', { personId: person })).bindings).toHaveLength(2)

    // Each window sees 2 bindings and allows a 3rd; together they would make 4. Both are saved
    // while central is unreachable, then pushed at the same moment: central's row locks decide.
    await central.stopServer()
    let atA: BindingCreated
    let atB: BindingCreated
    try {
      atA = await bind(a, person, v3!.id)
      atB = await bind(b, person, v4!.id)
    } finally {
      await central.restartServer()
    }
    await Promise.all([syncAfterRestart(a), syncAfterRestart(b)])
    await a.core.sync.syncNow()
    await b.core.sync.syncNow()

    const kept = await centralBindings(person)
    expect(kept).toHaveLength(3)
    const results = await central.db.query<{ id: string; status: string; code: string | null }>(
      'SELECT id, status, code FROM commands WHERE id = ANY($1::uuid[]) ORDER BY status',
      [[atA.commandId, atB.commandId]]
    )
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected'])
    const rejected = results.find((r) => r.status === 'rejected')!
    expect(rejected.code).toBe('USER_BIND_LIMIT')
    const loser = rejected.id === atA.commandId ? a : b
    const list = await loser.call<SyncList>('sync:list')
    const item = list.rejected.find((x) => x.id === rejected.id)
    expect(item).toMatchObject({ typeName: '备案车辆', reasonCode: 'USER_BIND_LIMIT', resolution: null })
    expect(item!.summary).toMatch(/^备案/)
    expect((await loser.call<SyncStatusDto>('sync:status')).rejectedOpen).toBeGreaterThanOrEqual(1)
    // The rejected binding's effect is gone: both windows show central's three.
    for (const ws of [a, b]) {
      const overview = await ws.call<BindingOverview>('binding:list', { personId: person })
      expect(overview.bindings.map((x) => x.vehicleId).sort()).toEqual(kept.map((k) => k.vehicle_id).sort())
    }
  })

  it('offline: the binding waits for central (待中心确认) and reaches it exactly once', async () => {
    const person = take.person()
    const v = take.vehicle()
    await central.stopServer()
    let created: BindingCreated
    try {
      await expect(a.core.sync.syncNow()).rejects.toThrow()
      created = await bind(a, person, v.id)
      expect(created.online).toBe(false)
      const overview = await a.call<BindingOverview>('binding:list', { personId: person })
      expect(overview.bindings).toMatchObject([{ vehicleId: v.id, status: 'active', awaitingCentral: true }])
      expect((await a.call<SyncStatusDto>('sync:status')).pending).toBeGreaterThanOrEqual(1)
    } finally {
      await central.restartServer()
    }
    await syncAfterRestart(a)
    await a.core.sync.syncNow()
    expect(await central.db.query('SELECT status FROM commands WHERE id = $1', [created.commandId])).toEqual([{ status: 'applied' }])
    expect(await central.db.query('SELECT status FROM bindings WHERE id = $1', [created.bindingId])).toEqual([{ status: 'active' }])
    expect((await a.call<BindingOverview>('binding:list', { personId: person })).bindings).toMatchObject([{ awaitingCentral: false }])
    expect((await a.call<SyncStatusDto>('sync:status')).pending).toBe(0)
    await b.core.sync.syncNow()
    await a.core.sync.syncNow()
    expect(workstationChecksums(a.databaseFile)).toEqual(await centralChecksums(central.db))
  })
})
