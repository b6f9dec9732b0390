// account.register decided as central decides it, on rows handed in: the SMS proof must be one
// central's gateway verified, uniqueness comes from the accounts rows, the record phones change
// only when the clerk chose it, a unit's manager keeps their own phone, and the notices go out.
import { smsProofKey } from './clerk'
import { describe, expect, it } from 'vitest'
import { builtinProfiles } from '../rules/engine'
import type { WireRow } from '../sync/protocol'
import { registerAccount } from './register-account'
import { StateCache } from './state-cache'
import type { CommandContext, RowQuery } from './types'

const AT = '2026-03-02T10:00:00.000+08:00'
const clerk = { operatorNo: '100001', operatorName: '陈晓梅', workstationId: 'ws-1', place: '南山大队窗口' }
const ID = '44030519900101123X'
const person: WireRow = { id: 'p-1', id_type: 'A', id_number: ID, name: '李四', gender: 'M', birth_date: '1990-01-01', address: '深圳市南山区科技路1号', phone: '13700000001', updated_at: AT }
const driver: WireRow = { id: 'd-1', person_id: 'p-1', file_no: '440300123456', phone: '13700000001', updated_at: AT }
const vehicle: WireRow = { id: 'v-1', plate: '粤B12345', owner_person_id: 'p-1', owner_unit_id: null, phone: '13700000002', updated_at: AT }
const card = {
  idType: 'resident',
  militaryDocument: null,
  idNumber: ID,
  name: '李四',
  gender: 'M',
  birthDate: '1990-01-01',
  address: '深圳市南山区科技路1号',
  validFrom: '2020-01-01',
  validUntil: '2040-01-01',
  issuer: '深圳市公安局南山分局'
}
const CHALLENGE = '0190a000-0000-7000-8000-0000000000c1'

function stateFor(payload: unknown, tables: Record<string, WireRow[]>): StateCache {
  const cache = new StateCache()
  for (let round = 0; round < 4; round++) {
    const queries = registerAccount.reads(payload, cache.peek).filter((q: RowQuery) => !cache.has(q))
    if (queries.length === 0) break
    for (const q of queries) cache.put(q, (tables[q.table] ?? []).filter((r) => r[q.column] === q.value))
  }
  return cache
}

const central = (verified: string[] = []): CommandContext => ({
  at: AT, side: 'central', online: true, profiles: builtinProfiles(), jurisdiction: '440305', operatorId: 'op-1', verifiedSms: new Set(verified)
})

const payload = (over: Record<string, unknown> = {}) =>
  registerAccount.payload.parse({
    accountId: 'acc-1',
    slipNo: 'ZC-20260302-WS01-0001',
    applicant: { kind: 'person', newPersonId: 'p-new', card },
    phone: '13900000009',
    identityConfirmed: true,
    verification: { kind: 'sms', proof: { challengeId: CHALLENGE, phone: '13900000009', purpose: 'register' } },
    changeRecordPhones: true,
    serviceRecordId: 'sr-1',
    phoneChangeRecordId: 'sr-2',
    clerk,
    ...over
  })

const tables = { people: [person], drivers: [driver], vehicles: [vehicle], accounts: [] as WireRow[], units: [] as WireRow[] }
const decide = (p: ReturnType<typeof payload>, ctx: CommandContext, t: Record<string, WireRow[]> = tables) => registerAccount.decide(p, stateFor(p, t), ctx)

describe('account.register at central', () => {
  it('registers the person on file, changes the record phones as chosen, keeps the history and texts both numbers', () => {
    const decided = decide(payload(), central([smsProofKey({ challengeId: CHALLENGE, phone: '13900000009', purpose: 'register' })]))
    expect(decided.ok).toBe(true)
    if (!decided.ok) return
    expect(decided.writes.map((w) => w.table)).toEqual(['people', 'accounts', 'drivers', 'vehicles', 'service_records', 'service_records'])
    expect(decided.writes[1]).toMatchObject({ row: { id: 'acc-1', kind: 'personal', person_id: 'p-1', phone: '13900000009', channel: 'window', status: 'active' } })
    expect(decided.writes[2]).toMatchObject({ row: { id: 'd-1', phone: '13900000009' } })
    expect(decided.writes[5]).toMatchObject({ row: { kind: 'phone.change', summary: expect.stringContaining('137****0001、137****0002 → 139****0009') } })
    expect(decided.notifications?.map((n) => n.phone)).toEqual(['13900000009', '13700000001', '13700000002'])
  })

  it('without the choice the records keep their phones', () => {
    const decided = decide(payload({ changeRecordPhones: false }), central([smsProofKey({ challengeId: CHALLENGE, phone: '13900000009', purpose: 'register' })]))
    expect(decided.ok && decided.writes.map((w) => w.table)).toEqual(['people', 'accounts', 'service_records'])
  })

  it('refuses an SMS proof central did not verify, and registration without the face-to-face check', () => {
    expect(decide(payload(), central())).toMatchObject({ ok: false, code: 'SMS_NOT_VERIFIED' })
    expect(decide(payload({ identityConfirmed: false }), central([smsProofKey({ challengeId: CHALLENGE, phone: '13900000009', purpose: 'register' })]))).toMatchObject({ ok: false, code: 'IDENTITY_NOT_VERIFIED' })
  })

  it('refuses a phone or an ID that already holds an account, closed ones included (restored through 12123, not registered anew)', () => {
    const other: WireRow = { id: 'acc-0', kind: 'personal', person_id: 'p-9', unit_id: null, phone: '13900000009', channel: 'app', status: 'active', registered_at: AT, registered_by: null }
    expect(decide(payload(), central([smsProofKey({ challengeId: CHALLENGE, phone: '13900000009', purpose: 'register' })]), { ...tables, accounts: [other] })).toMatchObject({ ok: false, code: 'PHONE_TAKEN' })
    const own = { ...other, person_id: 'p-1', phone: '13600000000' }
    expect(decide(payload(), central([smsProofKey({ challengeId: CHALLENGE, phone: '13900000009', purpose: 'register' })]), { ...tables, accounts: [own] })).toMatchObject({ ok: false, code: 'ID_TAKEN' })
    expect(decide(payload(), central([smsProofKey({ challengeId: CHALLENGE, phone: '13900000009', purpose: 'register' })]), { ...tables, accounts: [{ ...own, status: 'closed' }] })).toMatchObject({ ok: false, code: 'ID_TAKEN' })
    expect(decide(payload(), central([smsProofKey({ challengeId: CHALLENGE, phone: '13900000009', purpose: 'register' })]), { ...tables, accounts: [{ ...other, status: 'closed' }] })).toMatchObject({ ok: false, code: 'PHONE_TAKEN' })
  })

  it('offline without a proof: accepted, and the notice says the number was not verified', () => {
    const decided = decide(payload({ verification: { kind: 'offline' } }), central())
    expect(decided.ok).toBe(true)
    if (decided.ok) expect(decided.notifications?.[0]?.text).toContain('办理时未能短信验证本号码')
  })

  it('a unit: new unit with its manager on file, whose own contact phone is left alone', () => {
    const p = payload({
      applicant: {
        kind: 'unit',
        newUnitId: 'u-new',
        unit: { creditCode: '91440300708461136T', name: '深圳市某某有限公司', address: '深圳市南山区科技路2号' },
        manager: { newPersonId: 'p-new', card },
        letter: { attachmentId: 'att-1', fileName: 'letter.pdf', sha256: 'a'.repeat(64), size: 1000, mime: 'application/pdf' }
      }
    })
    const decided = decide(p, central([smsProofKey({ challengeId: CHALLENGE, phone: '13900000009', purpose: 'register' })]))
    expect(decided.ok).toBe(true)
    if (!decided.ok) return
    expect(decided.writes.map((w) => w.table)).toEqual(['units', 'accounts', 'service_records'])
    expect(decided.writes[0]).toMatchObject({ row: { id: 'u-new', manager_person_id: 'p-1', manager_phone: '13900000009' } })
    expect(decided.writes[1]).toMatchObject({ row: { kind: 'unit', person_id: null, unit_id: 'u-new' } })
  })

  it('on the workstation the account waits for central (pending)', () => {
    const decided = decide(payload(), { ...central(), side: 'workstation', verifiedSms: undefined })
    expect(decided.ok && decided.writes[1]).toMatchObject({ row: { status: 'pending' } })
  })
})
