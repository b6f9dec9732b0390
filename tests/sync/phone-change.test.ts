// 手机号变更 through the workstation's own channels, on a real SQLite file, against the reference
// central (PGlite and a real PostgreSQL server): SMS codes through central's gateway, the audit
// entry holding both numbers, central telling the old number, a number of another account refused
// at the window and again by central, and an offline change that reaches central exactly once.
// The full numbers on record never reach the renderer: the identity step names a record and main
// texts the number on it.
import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/main/audit/canonical-json'
import { loadRows, writeRows } from '../../src/central/rows'
import type { PhoneChangeResult, PhoneCheck, PhoneTarget, PhoneTargets } from '../../src/shared/contract/workflows/phone-change'
import type { SyncList, SyncStatusDto } from '../../src/shared/contract'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { once, startFaultProxy } from './support/fault-proxy'
import { centralChecksums, startTestCentral, startWorkstation, syncAfterRestart, workstationChecksums, type TestCentral, type TestWorkstation } from './support/harness'

/** People with a driver record, an own vehicle and a personal account: every kind of record. */
async function peopleWithEveryRecord(central: TestCentral): Promise<string[]> {
  const rows = await central.db.query<{ id: string }>(
    `SELECT p.id FROM people p
       JOIN drivers d ON d.person_id = p.id
       JOIN accounts a ON a.person_id = p.id AND a.kind = 'personal' AND a.status <> 'closed'
     WHERE d.phone IS NOT NULL AND EXISTS (SELECT 1 FROM vehicles v WHERE v.owner_type = 'person' AND v.owner_person_id = p.id)
     ORDER BY p.id`
  )
  return rows.map((r) => r.id)
}

/** A fresh number no record holds, distinct per call. */
let serial = 0
const freshPhone = (): string => `1391199${String(1000 + serial++).padStart(4, '0')}`

async function verifiedCode(ws: TestWorkstation, central: TestCentral, phone: string, purpose: 'phone_old' | 'phone_new'): Promise<string> {
  const sent = await ws.call<{ challengeId: string }>('sms:send', { phone, purpose })
  expect(await ws.call('sms:verify', { challengeId: sent.challengeId, code: central.smsCode(phone) })).toMatchObject({ verified: true })
  return sent.challengeId
}

/** A code to the number on one of the person's records: the screen names the record, main texts it. */
async function verifiedOnRecord(ws: TestWorkstation, central: TestCentral, personId: string, target: PhoneTarget, phone: string): Promise<string> {
  const sent = await ws.call<{ challengeId: string; maskedPhone: string }>('sms:send', { purpose: 'phone_old', phoneOnRecord: { personId, kind: target.kind, id: target.id } })
  expect(sent.maskedPhone).toBe(masked(phone))
  expect(await ws.call('sms:verify', { challengeId: sent.challengeId, code: central.smsCode(phone) })).toMatchObject({ verified: true })
  return sent.challengeId
}

const masked = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`

function localRow(ws: TestWorkstation, sql: string, ...args: unknown[]): Record<string, unknown> | undefined {
  const db = new Database(ws.databaseFile, { readonly: true })
  try {
    return db.prepare(sql).get(...args) as Record<string, unknown> | undefined
  } finally {
    db.close()
  }
}

const TABLE_OF = { driver: 'drivers', vehicle: 'vehicles', account: 'accounts' } as const

/** The number on a record as this workstation holds it (the test reads what the screen may not). */
function phoneOnRecord(ws: TestWorkstation, target: PhoneTarget): string | null {
  return (localRow(ws, `SELECT phone FROM ${TABLE_OF[target.kind]} WHERE id = ?`, target.id)?.phone as string | null | undefined) ?? null
}

async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 5000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe.each(CENTRAL_DB_KINDS)('phone change against central on %s', (kind) => {
  let central: TestCentral
  let ws: TestWorkstation
  let people: string[]

  beforeAll(async () => {
    central = await startTestCentral(kind, { people: 40 })
    ws = await startWorkstation(central.url, await central.issueCode())
    await ws.core.sync.syncNow()
    people = await peopleWithEveryRecord(central)
    expect(people.length).toBeGreaterThanOrEqual(6)
  }, 180_000)
  afterAll(async () => {
    await ws?.close()
    await central?.close()
  })

  it('online: identity by a code to the old number, the new number verified, every record changed, the old number told', async () => {
    const personId = people[0]!
    const { targets } = await ws.call<PhoneTargets>('phone:targets', { personId })
    expect(targets.map((t) => t.kind)).toEqual(expect.arrayContaining(['driver', 'vehicle', 'account']))
    const driver = targets.find((t) => t.kind === 'driver')!
    const oldPhone = phoneOnRecord(ws, driver)!
    expect(driver.currentPhoneMasked).toBe(masked(oldPhone))
    // Only masked numbers reach the screen; records with the same number share a group.
    expect(JSON.stringify(targets)).not.toContain(oldPhone)
    expect(Object.keys(driver)).not.toContain('currentPhone')
    for (const t of targets) expect(t.numberGroup === driver.numberGroup).toBe(phoneOnRecord(ws, t) === oldPhone)
    // A code to an old number verifies the records that carry it.
    const chosen = targets.filter((t) => t.numberGroup === driver.numberGroup)
    const oldPhones = chosen.map((t) => phoneOnRecord(ws, t))
    const refs = chosen.map((t) => ({ kind: t.kind, id: t.id }))
    const newPhone = freshPhone()

    const oldChallenge = await verifiedOnRecord(ws, central, personId, driver, oldPhone)
    const check = await ws.call<PhoneCheck>('phone:check', { personId, targets: refs, newPhone, identity: { method: 'sms_old_number', challengeId: oldChallenge } })
    expect(check).toMatchObject({ allowed: true, newPhone, takenCheckedBy: 'central', newPhoneSms: 'required', numberProblems: [] })
    const newChallenge = await verifiedCode(ws, central, newPhone, 'phone_new')
    const result = await ws.call<PhoneChangeResult>('phone:change', {
      personId,
      targets: refs,
      newPhone,
      identity: { method: 'sms_old_number', challengeId: oldChallenge },
      newPhoneChallengeId: newChallenge
    })
    expect(result).toMatchObject({ offline: false, newPhoneVerified: true, identity: 'sms_old_number', newPhoneMasked: `139****${newPhone.slice(-4)}` })

    // Both numbers are in the audit entry: its digest is that of a payload holding them.
    const audit = localRow(ws, "SELECT payload_digest FROM audit_log WHERE action = 'phone.change' AND subject_id = ? ORDER BY seq DESC", personId)!
    const payload = {
      changeId: result.changeId,
      targets: chosen.map((t, i) => ({ kind: t.kind, id: t.id, oldPhone: oldPhones[i] })),
      newPhone,
      identity: { method: 'sms_old_number', challengeId: oldChallenge },
      newPhoneChallengeId: newChallenge,
      takenCheckedBy: 'central',
      offline: false
    }
    expect(audit.payload_digest).toBe(createHash('sha256').update(canonicalJson(payload)).digest('hex'))
    expect(localRow(ws, 'SELECT phone FROM drivers WHERE id = ?', driver.id)).toEqual({ phone: newPhone })
    expect(localRow(ws, 'SELECT phone FROM people WHERE id = ?', personId)).toEqual({ phone: newPhone })

    await ws.core.sync.syncNow()
    const applied = await central.db.query<{ status: string }>('SELECT status FROM commands WHERE id = $1', [result.commandId])
    expect(applied).toEqual([{ status: 'applied' }])
    expect(await central.db.query('SELECT phone FROM drivers WHERE id = $1', [driver.id])).toEqual([{ phone: newPhone }])
    const record = await central.db.query<{ summary: string; kind: string; operator_no: string }>('SELECT summary, kind, operator_no FROM service_records WHERE id = $1', [result.changeId])
    expect(record[0]).toMatchObject({ kind: 'phone.change', operator_no: '100001' })
    expect(record[0]!.summary).toContain(`${oldPhone.slice(0, 3)}****${oldPhone.slice(-4)} → 139****${newPhone.slice(-4)}`)
    expect(record[0]!.summary).not.toContain(newPhone)
    // Central's gateway tells the old number; the verified new number gets no notice.
    const notice = await eventually('the notice to the old number', () => central.smsLog(oldPhone).find((m) => m.kind === 'notice'))
    expect(notice.text).toContain(`变更为139****${newPhone.slice(-4)}`)
    expect(central.smsLog(newPhone).filter((m) => m.kind === 'notice')).toEqual([])
  })

  it('refuses a number that belongs to another account, at the field and on saving, and writes nothing', async () => {
    const [personId, otherId] = [people[1]!, people[2]!]
    const taken = (await central.db.query<{ phone: string }>(`SELECT phone FROM accounts WHERE person_id = $1`, [otherId]))[0]!.phone
    const { targets } = await ws.call<PhoneTargets>('phone:targets', { personId })
    const refs = targets.map((t) => ({ kind: t.kind, id: t.id }))
    const check = await ws.call<PhoneCheck>('phone:check', { personId, targets: refs, newPhone: taken, identity: { method: 'id_document', challengeId: null } })
    expect(check.allowed).toBe(false)
    expect(check.numberProblems.map((p) => p.code)).toEqual(['PHONE_TAKEN'])
    expect(check.takenCheckedBy).toBe('central')

    const challenge = await verifiedCode(ws, central, taken, 'phone_new')
    const before = localRow(ws, 'SELECT (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM audit_log) AS audit')
    const refused = await ws.attempt('phone:change', { personId, targets: refs, newPhone: taken, identity: { method: 'id_document', documentChecked: true }, newPhoneChallengeId: challenge })
    expect(refused).toMatchObject({ ok: false, error: { code: 'PHONE_TAKEN', field: 'newPhone' } })
    if (!refused.ok) expect(refused.error.message).toContain('已被其他账户使用')
    expect(localRow(ws, 'SELECT (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM audit_log) AS audit')).toEqual(before)
  })

  it('online, the new number must be verified by SMS; the ID document tick is required', async () => {
    const personId = people[1]!
    const { targets } = await ws.call<PhoneTargets>('phone:targets', { personId })
    const refs = targets.map((t) => ({ kind: t.kind, id: t.id }))
    const newPhone = freshPhone()
    expect(await ws.attempt('phone:change', { personId, targets: refs, newPhone, identity: { method: 'id_document', documentChecked: true }, newPhoneChallengeId: null })).toMatchObject({
      ok: false,
      error: { code: 'SMS_NOT_VERIFIED', field: 'newPhone' }
    })
    expect(await ws.attempt('phone:change', { personId, targets: refs, newPhone, identity: { method: 'id_document', documentChecked: false }, newPhoneChallengeId: null })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
    // A code verified for another number proves nothing about this one.
    const elsewhere = await verifiedCode(ws, central, freshPhone(), 'phone_new')
    expect(await ws.attempt('phone:change', { personId, targets: refs, newPhone, identity: { method: 'id_document', documentChecked: true }, newPhoneChallengeId: elsewhere })).toMatchObject({
      ok: false,
      error: { code: 'SMS_NOT_VERIFIED' }
    })
  })

  it("texts an old number by naming one of the person's records; another person's record, or a code to another number, is refused", async () => {
    const [personId, otherId] = [people[1]!, people[2]!]
    const own = (await ws.call<PhoneTargets>('phone:targets', { personId })).targets
    const others = (await ws.call<PhoneTargets>('phone:targets', { personId: otherId })).targets
    const notOwn = await ws.attempt('sms:send', { purpose: 'phone_old', phoneOnRecord: { personId, kind: 'driver', id: others.find((t) => t.kind === 'driver')!.id } })
    expect(notOwn).toMatchObject({ ok: false, error: { code: 'TARGET_NOT_OWN' } })
    if (!notOwn.ok) expect(notOwn.error.message).toContain('本人名下')
    const driver = own.find((t) => t.kind === 'driver')!
    // A record's number is for the identity step only.
    expect(await ws.attempt('sms:send', { purpose: 'phone_new', phoneOnRecord: { personId, kind: 'driver', id: driver.id } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })

    // A code read back from a number on none of the chosen records is refused at the identity.
    const elsewhere = await verifiedCode(ws, central, freshPhone(), 'phone_old')
    const newPhone = freshPhone()
    const newChallenge = await verifiedCode(ws, central, newPhone, 'phone_new')
    const refused = await ws.attempt('phone:change', {
      personId,
      targets: [{ kind: 'driver', id: driver.id }],
      newPhone,
      identity: { method: 'sms_old_number', challengeId: elsewhere },
      newPhoneChallengeId: newChallenge
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'IDENTITY_NOT_VERIFIED', field: 'identity' } })
  })

  it("a number this desk just gave another person counts as taken before central has it: central's answer and the cache both count", async () => {
    const proxy = await startFaultProxy(central.url)
    const desk = await startWorkstation(proxy.url, await central.issueCode())
    try {
      await desk.core.sync.syncNow()
      const [holderId, askerId] = [people[4]!, people[5]!]
      const account = (await desk.call<PhoneTargets>('phone:targets', { personId: holderId })).targets.find((t) => t.kind === 'account')!
      const number = freshPhone()
      const proof = await verifiedCode(desk, central, number, 'phone_new')
      // The change goes up slowly: meanwhile the number is on this desk's pending row only.
      proxy.setRules([once((req) => req.path.startsWith('/sync/v1/push'), { kind: 'delay', ms: 8000 })])
      const saved = await desk.call<PhoneChangeResult>('phone:change', {
        personId: holderId,
        targets: [{ kind: 'account', id: account.id }],
        newPhone: number,
        identity: { method: 'id_document', documentChecked: true },
        newPhoneChallengeId: proof
      })
      expect(saved.offline).toBe(false)
      expect(await central.db.query('SELECT id FROM accounts WHERE phone = $1', [number])).toEqual([])

      const refs = (await desk.call<PhoneTargets>('phone:targets', { personId: askerId })).targets.map((t) => ({ kind: t.kind, id: t.id }))
      const check = await desk.call<PhoneCheck>('phone:check', { personId: askerId, targets: refs, newPhone: number, identity: { method: 'id_document', challengeId: null } })
      expect(check).toMatchObject({ allowed: false, takenCheckedBy: 'central' })
      expect(check.numberProblems.map((p) => p.code)).toEqual(['PHONE_TAKEN'])
      const again = await verifiedCode(desk, central, number, 'phone_new')
      expect(
        await desk.attempt('phone:change', { personId: askerId, targets: refs, newPhone: number, identity: { method: 'id_document', documentChecked: true }, newPhoneChallengeId: again })
      ).toMatchObject({ ok: false, error: { code: 'PHONE_TAKEN', field: 'newPhone' } })

      await desk.core.sync.syncNow()
      expect(await central.db.query('SELECT status FROM commands WHERE id = $1', [saved.commandId])).toEqual([{ status: 'applied' }])
    } finally {
      await desk.close()
      await proxy.close()
    }
  })

  it('a closed account still holds its phone: refused for every kind of record', async () => {
    const [closing] = await central.db.query<{ id: string; phone: string }>(
      `SELECT id, phone FROM accounts WHERE kind = 'personal' AND status <> 'closed' AND NOT (person_id = ANY($1::text[])) ORDER BY id LIMIT 1`,
      [people]
    )
    await central.db.transaction(async (q) => {
      const [row] = await loadRows(q, { table: 'accounts', column: 'id', value: closing!.id }, true)
      await writeRows(q, [{ table: 'accounts', op: 'upsert', row: { ...row!, status: 'closed' } }])
    })
    await ws.core.sync.syncNow()
    expect(localRow(ws, 'SELECT status FROM accounts WHERE id = ?', closing!.id)).toEqual({ status: 'closed' })

    const personId = people[3]!
    const driver = (await ws.call<PhoneTargets>('phone:targets', { personId })).targets.find((t) => t.kind === 'driver')!
    const refs = [{ kind: driver.kind, id: driver.id }]
    const check = await ws.call<PhoneCheck>('phone:check', { personId, targets: refs, newPhone: closing!.phone, identity: { method: 'id_document', challengeId: null } })
    expect(check).toMatchObject({ allowed: false, takenCheckedBy: 'central' })
    expect(check.numberProblems.map((p) => p.code)).toEqual(['PHONE_TAKEN'])
  })

  it('offline: saved unverified with the ID document, pending; once back it reaches central exactly once and both numbers are texted', async () => {
    const personId = people[3]!
    const { targets } = await ws.call<PhoneTargets>('phone:targets', { personId })
    const refs = targets.map((t) => ({ kind: t.kind, id: t.id }))
    const oldPhones = [...new Set(targets.map((t) => phoneOnRecord(ws, t)).filter((p): p is string => p !== null))]
    const newPhone = freshPhone()
    await central.stopServer()
    let result: PhoneChangeResult
    try {
      await expect(ws.core.sync.syncNow()).rejects.toThrow()
      const check = await ws.call<PhoneCheck>('phone:check', { personId, targets: refs, newPhone, identity: { method: 'id_document', challengeId: null } })
      expect(check).toMatchObject({ allowed: true, takenCheckedBy: 'local_cache', newPhoneSms: 'unavailable_offline' })
      result = await ws.call<PhoneChangeResult>('phone:change', {
        personId,
        targets: refs,
        newPhone,
        identity: { method: 'id_document', documentChecked: true },
        newPhoneChallengeId: null
      })
      expect(result).toMatchObject({ offline: true, newPhoneVerified: false, identity: 'id_document' })
      expect((await ws.call<SyncStatusDto>('sync:status')).pending).toBe(1)
      expect(localRow(ws, 'SELECT phone FROM people WHERE id = ?', personId)).toEqual({ phone: newPhone })
    } finally {
      await central.restartServer()
    }
    await syncAfterRestart(ws)
    expect(await ws.call<SyncStatusDto>('sync:status')).toMatchObject({ state: 'online', pending: 0, rejectedOpen: 0 })
    await ws.core.sync.syncNow()
    expect(await central.db.query('SELECT status FROM commands WHERE id = $1', [result.commandId])).toEqual([{ status: 'applied' }])
    expect(await central.db.query(`SELECT count(*)::int AS n FROM service_records WHERE person_id = $1 AND kind = 'phone.change'`, [personId])).toEqual([{ n: 1 }])
    const account = targets.find((t) => t.kind === 'account')!
    expect(await central.db.query('SELECT phone FROM accounts WHERE id = $1', [account.id])).toEqual([{ phone: newPhone }])
    for (const old of oldPhones) {
      await eventually(`the notice to ${old}`, () => central.smsLog(old).find((m) => m.kind === 'notice'))
    }
    const toNew = await eventually('the notice to the unverified new number', () => central.smsLog(newPhone).find((m) => m.kind === 'notice'))
    expect(toNew.text).toContain('未能短信验证')
    expect(workstationChecksums(ws.databaseFile)).toEqual(await centralChecksums(central.db))
  })

  it('central asks again: a number another account took meanwhile is refused there and lands in 需处理', async () => {
    const personId = people[2]!
    const otherId = people[0]!
    const { targets } = await ws.call<PhoneTargets>('phone:targets', { personId })
    const driver = targets.find((t) => t.kind === 'driver')!
    const before = phoneOnRecord(ws, driver)
    const newPhone = freshPhone()
    await central.stopServer()
    let commandId: string
    try {
      await expect(ws.core.sync.syncNow()).rejects.toThrow()
      const saved = await ws.call<PhoneChangeResult>('phone:change', {
        personId,
        targets: [{ kind: 'driver', id: driver.id }],
        newPhone,
        identity: { method: 'id_document', documentChecked: true },
        newPhoneChallengeId: null
      })
      commandId = saved.commandId
      // Meanwhile the number is registered to another person's account (on 12123, say).
      await central.db.query(`UPDATE accounts SET phone = $1 WHERE person_id = $2`, [newPhone, otherId])
    } finally {
      await central.restartServer()
    }
    await syncAfterRestart(ws)
    await ws.core.sync.syncNow()
    const rejected = await central.db.query<{ status: string; code: string }>('SELECT status, code FROM commands WHERE id = $1', [commandId])
    expect(rejected).toEqual([{ status: 'rejected', code: 'PHONE_TAKEN' }])
    const list = await ws.call<SyncList>('sync:list')
    expect(list.rejected.find((r) => r.id === commandId)?.reasonCode).toBe('PHONE_TAKEN')
    // The local change is taken back: the driver record shows the old number again.
    expect(localRow(ws, 'SELECT phone FROM drivers WHERE id = ?', driver.id)).toEqual({ phone: before })
    expect(central.smsLog(newPhone).filter((m) => m.kind === 'notice')).toEqual([])
  })
})
