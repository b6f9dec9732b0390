// phone.change decided on rows, as the workstation and central both decide it.
import { smsProofKey } from './clerk'
import { describe, expect, it } from 'vitest'
import { builtinProfiles } from '../rules/engine'
import type { WireRow } from '../sync/protocol'
import { changePhone, type ChangePhonePayload } from './change-phone'
import { loadStateSync } from './state-cache'
import type { CommandContext, RowQuery, RowWrite } from './types'

const PERSON = '00000000-0000-4000-8000-000000000001'
const OTHER = '00000000-0000-4000-8000-000000000002'
const DRIVER = '00000000-0000-4000-8000-00000000000d'
const CAR = '00000000-0000-4000-8000-00000000000c'
const ACCOUNT = '00000000-0000-4000-8000-00000000000a'
const OTHER_ACCOUNT = '00000000-0000-4000-8000-00000000000b'
const CLOSED_ACCOUNT = '00000000-0000-4000-8000-00000000001b'
const UNIT_ACCOUNT = '00000000-0000-4000-8000-00000000002b'
const OLD = '13800138001'
const NEW = '13900139002'
const TAKEN = '13700137003'
const CLOSED = '13500135005'
const UNITS = '13300133006'
const AT = '2026-11-21T10:15:00.000+08:00'

const tables: Record<string, WireRow[]> = {
  people: [{ id: PERSON, name: '张三', phone: OLD, updated_at: AT }],
  drivers: [{ id: DRIVER, person_id: PERSON, phone: OLD, updated_at: AT }],
  vehicles: [{ id: CAR, plate: '粤B12345', owner_type: 'person', owner_person_id: PERSON, phone: '13600136004', updated_at: AT }],
  accounts: [
    { id: ACCOUNT, kind: 'personal', person_id: PERSON, phone: OLD, status: 'active' },
    { id: OTHER_ACCOUNT, kind: 'personal', person_id: OTHER, phone: TAKEN, status: 'active' },
    { id: CLOSED_ACCOUNT, kind: 'personal', person_id: '00000000-0000-4000-8000-000000000003', phone: CLOSED, status: 'closed' },
    { id: UNIT_ACCOUNT, kind: 'unit', person_id: null, unit_id: '00000000-0000-4000-8000-0000000000a9', phone: UNITS, status: 'active' }
  ],
  service_records: []
}

const load = (q: RowQuery): WireRow[] => (tables[q.table] ?? []).filter((r) => r[q.column] === q.value)

const clerk = { operatorNo: '100001', operatorName: '李警官', workstationId: 'ws-1', place: '南山大队车管窗口' }

function payload(over: Partial<ChangePhonePayload> = {}): ChangePhonePayload {
  return {
    changeId: '00000000-0000-4000-8000-0000000000f1',
    personId: PERSON,
    targets: [
      { kind: 'driver', id: DRIVER },
      { kind: 'vehicle', id: CAR },
      { kind: 'account', id: ACCOUNT }
    ],
    newPhone: NEW,
    identity: 'id_document',
    smsProofs: [{ challengeId: '00000000-0000-4000-8000-0000000000e1', phone: NEW, purpose: 'phone_new' }],
    clerk,
    ...over
  }
}

function decide(p: ChangePhonePayload, ctx: Partial<CommandContext> = {}) {
  const state = loadStateSync(changePhone, p, load)
  return changePhone.decide(p, state, {
    at: AT,
    side: 'workstation',
    online: true,
    profiles: builtinProfiles(),
    jurisdiction: '440305',
    operatorId: 'op-1',
    ...ctx
  })
}

const written = (writes: RowWrite[], table: string) => writes.filter((w) => w.table === table && w.op === 'upsert').map((w) => (w.op === 'upsert' ? w.row : {}))

describe('phone.change', () => {
  it('changes every chosen record and the person, writes the history masked, and tells each old number', () => {
    const d = decide(payload())
    if (!d.ok) throw new Error(d.message)
    expect(written(d.writes, 'drivers')[0]).toMatchObject({ id: DRIVER, phone: NEW, updated_at: AT })
    expect(written(d.writes, 'vehicles')[0]).toMatchObject({ id: CAR, phone: NEW, plate: '粤B12345' })
    expect(written(d.writes, 'accounts')[0]).toEqual({ id: ACCOUNT, kind: 'personal', person_id: PERSON, phone: NEW, status: 'active' })
    expect(written(d.writes, 'people')[0]).toMatchObject({ id: PERSON, phone: NEW })
    const record = written(d.writes, 'service_records')[0]!
    expect(record.summary).toBe('联系电话变更：驾驶证档案、机动车档案（粤B12345）、12123互联网账户 138****8001、136****6004 → 139****9002')
    expect(JSON.stringify(record)).not.toContain(NEW)
    expect(d.notifications?.map((n) => n.phone).sort()).toEqual(['13600136004', OLD])
    expect(d.notifications?.[0]?.text).toContain('139****9002')
  })

  it('refuses a number that belongs to another account', () => {
    const d = decide(payload({ newPhone: TAKEN, smsProofs: [] }))
    expect(d).toMatchObject({ ok: false, code: 'PHONE_TAKEN' })
    expect(decide(payload({ newPhone: UNITS, smsProofs: [] }))).toMatchObject({ ok: false, code: 'PHONE_TAKEN' })
  })

  it('a closed account still holds its phone: refused for any record, not only for an account', () => {
    expect(decide(payload({ newPhone: CLOSED, smsProofs: [] }))).toMatchObject({ ok: false, code: 'PHONE_TAKEN' })
    const driverOnly = decide(payload({ newPhone: CLOSED, smsProofs: [], targets: [{ kind: 'driver', id: DRIVER }] }))
    expect(driverOnly).toMatchObject({ ok: false, code: 'PHONE_TAKEN' })
  })

  it("the person's own account number may go on the other records", () => {
    const d = decide(payload({ newPhone: OLD, smsProofs: [], targets: [{ kind: 'vehicle', id: CAR }] }))
    if (!d.ok) throw new Error(d.message)
    expect(written(d.writes, 'vehicles')[0]).toMatchObject({ id: CAR, phone: OLD })
  })

  it('refuses the number already on a chosen record, naming the record', () => {
    const d = decide(payload({ newPhone: '13600136004', smsProofs: [], targets: [{ kind: 'driver', id: DRIVER }, { kind: 'vehicle', id: CAR }] }))
    expect(d).toMatchObject({ ok: false, code: 'PHONE_UNCHANGED' })
    if (!d.ok) expect(d.message).toContain('机动车档案（粤B12345）')
  })

  it("refuses another person's record", () => {
    const d = decide(payload({ targets: [{ kind: 'account', id: OTHER_ACCOUNT }] }))
    expect(d).toMatchObject({ ok: false, code: 'TARGET_NOT_OWN' })
  })

  it('at central, refuses a proof its gateway did not verify', () => {
    expect(decide(payload(), { side: 'central', verifiedSms: new Set() })).toMatchObject({ ok: false, code: 'SMS_NOT_VERIFIED' })
    const proof = payload().smsProofs[0]!
    expect(decide(payload(), { side: 'central', verifiedSms: new Set([smsProofKey(proof)]) })).toMatchObject({ ok: true })
    // The same challenge claimed for another phone (a code sent to the old number passed off as
    // the new number's) is not verified: a proof is the whole triple.
    const passedOff = { ...proof, phone: OLD, purpose: 'phone_old' as const }
    expect(decide(payload({ identity: 'sms_old_number', smsProofs: [passedOff, proof] }), { side: 'central', verifiedSms: new Set([smsProofKey(proof)]) })).toMatchObject({
      ok: false,
      code: 'SMS_NOT_VERIFIED'
    })
  })

  it('takes an unverified new number only after the ID document, and texts the new number too', () => {
    const d = decide(payload({ smsProofs: [] }))
    if (!d.ok) throw new Error(d.message)
    expect(d.notifications?.find((n) => n.phone === NEW)?.text).toContain('未能短信验证')
    expect(written(d.writes, 'service_records')[0]!.summary).toContain('新号码未经短信验证')
    const oldProof = { challengeId: '00000000-0000-4000-8000-0000000000e2', phone: OLD, purpose: 'phone_old' as const }
    expect(decide(payload({ identity: 'sms_old_number', smsProofs: [oldProof] }))).toMatchObject({ ok: false, code: 'SMS_NOT_VERIFIED' })
  })

  it('identity by a code to an old number verifies the records carrying that number only', () => {
    const oldProof = { challengeId: '00000000-0000-4000-8000-0000000000e2', phone: OLD, purpose: 'phone_old' as const }
    const proofs = [oldProof, payload().smsProofs[0]!]
    expect(decide(payload({ identity: 'sms_old_number', smsProofs: proofs, targets: [{ kind: 'driver', id: DRIVER }] }))).toMatchObject({ ok: true })
    const d = decide(payload({ identity: 'sms_old_number', smsProofs: proofs }))
    expect(d).toMatchObject({ ok: false, code: 'IDENTITY_NOT_VERIFIED' })
    if (!d.ok) expect(d.message).toContain('机动车档案（粤B12345）')
  })
})
