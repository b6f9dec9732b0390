// The binding commands decided as central decides them, on rows handed in: the SMS proof must be
// one central's gateway verified, the reviewer must not be the proposer whatever the workstation
// thought, and the limits count bindings awaiting review.
import { smsProofKey } from './clerk'
import { describe, expect, it } from 'vitest'
import { builtinProfiles } from '../rules/engine'
import type { WireRow } from '../sync/protocol'
import { createBinding, reviewBinding, reviewBindingPayload, removeBinding } from './binding'
import { StateCache } from './state-cache'
import type { CommandContext, RowQuery } from './types'

const AT = '2026-03-02T10:00:00.000+08:00'
const clerk = { operatorNo: '100001', operatorName: '陈晓梅', workstationId: 'ws-1', place: '南山大队窗口' }
const person: WireRow = { id: 'p-1', id_type: 'A', id_number: '440305199001011234', name: '李四', gender: 'M', birth_date: '1990-01-01', address: '深圳', phone: '13700000001', updated_at: AT }
const owner: WireRow = { ...person, id: 'p-owner', name: '王五', phone: '13700000002' }
const vehicle: WireRow = {
  id: 'v-1', plate: '粤B12345', plate_type: '02', use_code: 'A', model: '大众牌', status: 'A', vehicle_kind: 'small_car', restricted: false,
  owner_type: 'person', owner_person_id: 'p-owner', owner_unit_id: null, phone: '13700000003', registered_at: AT, updated_at: AT
}
const driver: WireRow = { id: 'd-1', person_id: 'p-1' }
const binding = (id: string, personId: string, vehicleId: string, status = 'active'): WireRow => ({
  id, person_id: personId, vehicle_id: vehicleId, status, consent: 'owner_present', bound_at: AT, unbound_at: null, channel: 'window'
})

/** A state answering every query of the command from `tables`, as a host loads it. */
function stateFor(def: { reads: (p: never, peek: StateCache['peek']) => RowQuery[] }, payload: unknown, tables: Record<string, WireRow[]>): StateCache {
  const cache = new StateCache()
  for (let round = 0; round < 4; round++) {
    const queries = def.reads(payload as never, cache.peek).filter((q) => !cache.has(q))
    if (queries.length === 0) break
    for (const q of queries) cache.put(q, (tables[q.table] ?? []).filter((r) => r[q.column] === q.value))
  }
  return cache
}

const central = (verified: string[] = [], operatorId = 'op-1'): CommandContext => ({
  at: AT, side: 'central', online: true, profiles: builtinProfiles(), jurisdiction: '440305', operatorId, verifiedSms: new Set(verified)
})

const createPayload = (over: Record<string, unknown> = {}) => ({
  bindingId: '0190a000-0000-7000-8000-0000000000b1',
  serviceRecordId: '0190a000-0000-7000-8000-0000000000b2',
  personId: 'p-1',
  vehicleId: 'v-1',
  consent: 'owner_present',
  ownerSms: null,
  clerk,
  ...over
})

describe('binding.create at central', () => {
  const tables = { people: [person, owner], vehicles: [vehicle], drivers: [driver], bindings: [] as WireRow[] }

  it('binds with the owner present, writing the binding and the service record, and tells the owner', () => {
    const p = createBinding.payload.parse(createPayload())
    const decided = createBinding.decide(p, stateFor(createBinding, p, tables), central())
    expect(decided.ok).toBe(true)
    if (!decided.ok) return
    expect(decided.writes.map((w) => w.table)).toEqual(['bindings', 'service_records'])
    expect(decided.writes[0]).toMatchObject({ row: { status: 'active', consent: 'owner_present', bound_at: AT, channel: 'window' } })
    expect(decided.notifications).toEqual([{ phone: '13700000003', text: expect.stringContaining('已由驾驶人李*在南山大队窗口办理备案') }])
  })

  it('refuses an SMS proof central did not verify, and one for another phone', () => {
    const proof = { challengeId: '0190a000-0000-7000-8000-0000000000c1', phone: '13700000003', purpose: 'binding_owner' }
    const p = createBinding.payload.parse(createPayload({ consent: 'sms_code', ownerSms: proof }))
    expect(createBinding.decide(p, stateFor(createBinding, p, tables), central())).toMatchObject({ ok: false, code: 'SMS_NOT_VERIFIED' })
    expect(createBinding.decide(p, stateFor(createBinding, p, tables), central([smsProofKey(proof)]))).toMatchObject({ ok: true })
    const other = createBinding.payload.parse(createPayload({ consent: 'sms_code', ownerSms: { ...proof, phone: '13700000002' } }))
    expect(createBinding.decide(other, stateFor(createBinding, other, tables), central([smsProofKey(proof)]))).toMatchObject({ ok: false, code: 'OWNER_PHONE_MISMATCH' })
    expect(createBinding.payload.safeParse(createPayload({ consent: 'sms_code' })).success).toBe(false)
  })

  it('counts bindings awaiting review towards the limit of 3, and refuses a person without a licence', () => {
    const held = [binding('b1', 'p-1', 'x1'), binding('b2', 'p-1', 'x2', 'pending_review'), binding('b3', 'p-1', 'x3', 'pending_review'), binding('b4', 'p-1', 'x4', 'unbound')]
    const p = createBinding.payload.parse(createPayload())
    expect(createBinding.decide(p, stateFor(createBinding, p, { ...tables, bindings: held }), central())).toMatchObject({ ok: false, code: 'USER_BIND_LIMIT' })
    expect(createBinding.decide(p, stateFor(createBinding, p, { ...tables, bindings: held.slice(1) }), central())).toMatchObject({ ok: true })
    expect(createBinding.decide(p, stateFor(createBinding, p, { ...tables, drivers: [] }), central())).toMatchObject({ ok: false, code: 'DRIVER_UNKNOWN' })
  })
})

describe('binding.review and binding.remove at central', () => {
  const pending = binding('0190a000-0000-7000-8000-0000000000d1', 'p-1', 'v-1', 'pending_review')
  const proposal: WireRow = {
    id: 'sr-1', person_id: 'p-1', unit_id: null, kind: 'binding.create', summary: '备案', detail: JSON.stringify({ bindingId: pending.id }), at: AT,
    operator_id: 'op-1', operator_no: '100001', operator_name: '陈晓梅', workstation_id: 'ws-1', place: '窗口', channel: 'window'
  }
  const tables = { bindings: [pending], vehicles: [vehicle], people: [person], service_records: [proposal] }
  const review = (operatorNo: string, decision: 'approve' | 'reject', comment = '', role: string | null = 'supervisor') =>
    reviewBindingPayload.parse({
      bindingId: pending.id, serviceRecordId: '0190a000-0000-7000-8000-0000000000d2', decision, comment, clerk: { ...clerk, operatorNo, ...(role === null ? {} : { role }) }
    })
  /** Central deciding for the supervisor 200001 (operator id op-2), unless told otherwise. */
  const decideAt = (p: ReturnType<typeof review>, rows: Record<string, WireRow[]> = tables, operatorId = 'op-2') =>
    reviewBinding.decide(p, stateFor(reviewBinding, p, rows), central([], operatorId))

  it('refuses the proposer (by police number, whichever window) and approves for another supervisor', () => {
    expect(decideAt(review('100001', 'approve'))).toMatchObject({ ok: false, code: 'SAME_OPERATOR' })
    const decided = decideAt(review('200001', 'approve'))
    expect(decided).toMatchObject({ ok: true, writes: [{ table: 'bindings', row: { status: 'active' } }, { table: 'service_records' }] })
  })

  it('refuses the proposer by operator id too, even under another police number', () => {
    expect(decideAt(review('200001', 'approve'), tables, 'op-1')).toMatchObject({ ok: false, code: 'SAME_OPERATOR' })
  })

  it('refuses when the proposal (binding.create service record) is missing: four eyes cannot be checked', () => {
    const decided = decideAt(review('200001', 'approve'), { ...tables, service_records: [] })
    expect(decided).toMatchObject({ ok: false, code: 'PROPOSAL_UNKNOWN' })
    if (!decided.ok) expect(decided.message).toContain('经办记录')
    // Another binding's record does not stand in for it.
    const elsewhere = { ...proposal, id: 'sr-2', detail: JSON.stringify({ bindingId: 'another-binding' }) }
    expect(decideAt(review('200001', 'approve'), { ...tables, service_records: [elsewhere] })).toMatchObject({ ok: false, code: 'PROPOSAL_UNKNOWN' })
  })

  it('refuses anyone but a supervisor: a clerk, an admin, or a command without a role', () => {
    for (const role of ['clerk', 'admin', null]) {
      expect(decideAt(review('200001', 'approve', '', role))).toMatchObject({ ok: false, code: 'NOT_SUPERVISOR' })
    }
  })

  it('a rejection needs a reason; a settled binding cannot be reviewed or unbound again', () => {
    expect(reviewBindingPayload.safeParse({ ...review('200001', 'approve'), decision: 'reject', comment: '' }).success).toBe(false)
    const done = { ...tables, bindings: [{ ...pending, status: 'rejected' }] }
    expect(decideAt(review('200001', 'reject', '不同意'), done)).toMatchObject({ ok: false, code: 'BINDING_NOT_PENDING' })
    const remove = removeBinding.payload.parse({ bindingId: pending.id, serviceRecordId: '0190a000-0000-7000-8000-0000000000d3', reason: 'applicant_request', note: '', clerk })
    expect(removeBinding.decide(remove, stateFor(removeBinding, remove, done), central())).toMatchObject({ ok: false, code: 'BINDING_NOT_ACTIVE' })
    expect(removeBinding.decide(remove, stateFor(removeBinding, remove, tables), central())).toMatchObject({ ok: true, writes: [{ row: { status: 'unbound', unbound_at: AT } }, {}] })
  })
})
