// Central's direct services for the counter workflows, through the workstation's own channels:
// the SMS gateway's codes (sent, logged by the reference gateway, checked with limited attempts,
// flood-guarded, proofs a command can name) and the nationwide account lookup. Offline the same
// channels answer CENTRAL_OFFLINE with a message, and nothing is sent.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { smsProofKey } from '../../src/main/commands/clerk'
import { consumeProofs, verifiedProofs } from '../../src/central/sms'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { startTestCentral, startWorkstation, type TestCentral, type TestWorkstation } from './support/harness'

describe.each(CENTRAL_DB_KINDS)('central services (%s)', (kind) => {
  let central: TestCentral
  let ws: TestWorkstation

  beforeAll(async () => {
    central = await startTestCentral(kind, { people: 20 })
    ws = await startWorkstation(central.url, await central.issueCode())
    await ws.core.sync.syncNow()
  }, 180_000)
  afterAll(async () => {
    await ws?.close()
    await central?.close()
  })

  it('a code goes to the phone through the gateway and checks once, with attempts counted', async () => {
    const phone = '13912340001'
    const sent = await ws.call<{ challengeId: string; maskedPhone: string }>('sms:send', { phone, purpose: 'register' })
    expect(sent.maskedPhone).toBe('139****0001')
    const message = central.smsLog(phone)[0]!
    expect(message.text).toMatch(/验证码\d{6}，用于交管12123账户注册/)
    const code = central.smsCode(phone)
    const wrong = code === '000000' ? '111111' : '000000'
    expect(await ws.call('sms:verify', { challengeId: sent.challengeId, code: wrong })).toEqual({ verified: false, attemptsLeft: 4 })
    expect(await ws.call('sms:verify', { challengeId: sent.challengeId, code })).toEqual({ verified: true, attemptsLeft: 0 })
    // Central keeps only a hash of the code, and its message table holds the text masked.
    const stored = await central.db.query<{ text: string }>(`SELECT text FROM sms_messages WHERE phone = $1`, [phone])
    expect(stored[0]!.text).toContain('验证码******')
    expect(JSON.stringify(await central.db.query('SELECT * FROM sms_challenges'))).not.toContain(code)
  })

  it('five wrong codes spend the code; a fourth code within 10 minutes is refused', async () => {
    const phone = '13912340002'
    const sent = await ws.call<{ challengeId: string }>('sms:send', { phone, purpose: 'phone_new' })
    const wrong = central.smsCode(phone) === '999999' ? '888888' : '999999'
    for (let left = 4; left >= 0; left--) {
      expect(await ws.call('sms:verify', { challengeId: sent.challengeId, code: wrong })).toEqual({ verified: false, attemptsLeft: left })
    }
    expect(await ws.call('sms:verify', { challengeId: sent.challengeId, code: central.smsCode(phone) })).toEqual({ verified: false, attemptsLeft: 0 })
    await ws.call('sms:send', { phone, purpose: 'phone_new' })
    await ws.call('sms:send', { phone, purpose: 'phone_new' })
    const fourth = await ws.attempt('sms:send', { phone, purpose: 'phone_new' })
    expect(fourth).toMatchObject({ ok: false, error: { code: 'SMS_RATE_LIMITED' } })
    if (!fourth.ok) expect(fourth.error.message).toContain('10分钟后再试')
  })

  it('bad input is refused in main before anything is sent', async () => {
    const before = central.smsLog('1391234000').length
    expect(await ws.attempt('sms:send', { phone: '1391234000', purpose: 'register' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await ws.attempt('sms:send', { phone: '13912340003', purpose: 'marketing' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await ws.attempt('sms:verify', { challengeId: crypto.randomUUID(), code: '12ab56' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(central.smsLog('1391234000').length).toBe(before)
    expect(await ws.attempt('sms:verify', { challengeId: crypto.randomUUID(), code: '123456' })).toMatchObject({ ok: false, error: { code: 'SMS_CHALLENGE_UNKNOWN' } })
  })

  it('the account lookup answers from central: a registered phone and ID are taken, fresh ones are not', async () => {
    const account = (
      await central.db.query<{ phone: string; person_id: string; id_number: string }>(
        `SELECT a.phone, a.person_id, p.id_number FROM accounts a JOIN people p ON p.id = a.person_id WHERE p.id_type = 'A' AND a.status <> 'closed' LIMIT 1`
      )
    )[0]!
    const link = central.central
    expect(await link.lookupAccounts({ phone: account.phone })).toMatchObject({ phoneTaken: true, phoneAccountPersonId: account.person_id, idTaken: false })
    expect(await link.lookupAccounts({ person: { idType: 'resident', idNumber: account.id_number } })).toMatchObject({ phoneTaken: false, idTaken: true })
    expect(await link.lookupAccounts({ phone: '19900000000', person: { idType: 'military', idNumber: account.id_number } })).toMatchObject({
      phoneTaken: false,
      idTaken: false
    })
  })

  it('a verified code proves exactly its phone and purpose, to one command only', async () => {
    const phone = '13912340005'
    const sent = await ws.call<{ challengeId: string }>('sms:send', { phone, purpose: 'phone_new' })
    await ws.call('sms:verify', { challengeId: sent.challengeId, code: central.smsCode(phone) })
    const workstationId = ws.core.sync.store.enrolment()!.workstationId
    const proof = { challengeId: sent.challengeId, phone, purpose: 'phone_new' }
    const at = new Date()
    const check = (commandId: string, proofs: (typeof proof)[]) =>
      central.db.transaction((q) => verifiedProofs(q, { workstationId, commandId, proofs, at }))
    const first = randomUUID()
    expect([...(await check(first, [proof]))]).toEqual([smsProofKey(proof)])
    // The same challenge passed off for another phone or purpose proves nothing.
    expect((await check(first, [{ ...proof, phone: '13912340006' }, { ...proof, purpose: 'phone_old' }])).size).toBe(0)
    await central.db.transaction((q) => consumeProofs(q, first, [proof]))
    expect((await check(randomUUID(), [proof])).size).toBe(0)
    // The command that used it may be pushed again (a retry) and still holds it.
    expect((await check(first, [proof])).size).toBe(1)
    // Another workstation cannot use it at all.
    expect((await central.db.transaction((q) => verifiedProofs(q, { workstationId: randomUUID(), commandId: first, proofs: [proof], at }))).size).toBe(0)
  })

  it('offline, the channels say so and nothing is sent', async () => {
    await central.stopServer()
    try {
      const answer = await ws.attempt('sms:send', { phone: '13912340004', purpose: 'register' })
      expect(answer).toMatchObject({ ok: false, error: { code: 'CENTRAL_OFFLINE' } })
      if (!answer.ok) expect(answer.error.message).toContain('离线')
    } finally {
      await central.restartServer()
    }
    expect(central.smsLog('13912340004')).toEqual([])
  })
})
