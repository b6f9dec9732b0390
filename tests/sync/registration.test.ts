// 面签注册 against the reference central (PGlite), through the workstation's own channels on real
// SQLite files: the ID card reader (simulated, manual entry, military documents), the check with
// central's uniqueness answer, an online registration proven by an SMS code that changes the record
// phones in the same visit, refusals with their reasons that write nothing, a phone central has
// that this desk does not know yet, a unit with its scanned letter, and registrations saved offline
// that reach central exactly once (or land in 需处理 when central refuses them).
import { createHash, randomUUID } from 'node:crypto'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SyncList } from '../../src/shared/contract'
import type { IdCard, RegistrationCheck, RegistrationSlip } from '../../src/shared/contract/workflows/registration'
import { makeCreditCode } from '../../src/main/rules/validators/credit-code'
import { startTestCentral, startWorkstation, syncAfterRestart, type TestCentral, type TestWorkstation } from './support/harness'

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600, 7)])

let phoneSerial = 0
/** A phone no account and no record of the generated data uses (197 is an allocated range the generator leaves alone). */
const freshPhone = (): string => `1970${String(process.pid % 1000).padStart(3, '0')}${String(++phoneSerial).padStart(4, '0')}`

describe('面签注册 against central on PGlite', () => {
  let central: TestCentral
  let a: TestWorkstation
  let b: TestWorkstation

  beforeAll(async () => {
    central = await startTestCentral('pglite', { people: 80 })
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

  const readCard = async (ws: TestWorkstation, newIdentity = false): Promise<IdCard> =>
    (await ws.call<{ card: IdCard }>('idcard:read', { source: 'reader', newIdentity })).card
  const verifiedChallenge = async (ws: TestWorkstation, phone: string): Promise<string> => {
    const sent = await ws.call<{ challengeId: string }>('sms:send', { phone, purpose: 'register' })
    expect(await ws.call('sms:verify', { challengeId: sent.challengeId, code: central.smsCode(phone) })).toMatchObject({ verified: true })
    return sent.challengeId
  }
  const counts = (ws: TestWorkstation) => {
    const db = new Database(ws.databaseFile, { readonly: true })
    try {
      const n = (sql: string): number => db.prepare(sql).pluck().get() as number
      return { outbox: n('SELECT count(*) FROM outbox'), audit: n('SELECT count(*) FROM audit_log'), accounts: n('SELECT count(*) FROM accounts'), people: n('SELECT count(*) FROM people') }
    } finally {
      db.close()
    }
  }
  const localRow = <T>(ws: TestWorkstation, sql: string, ...args: unknown[]): T | undefined => {
    const db = new Database(ws.databaseFile, { readonly: true })
    try {
      return db.prepare(sql).get(...args) as T | undefined
    } finally {
      db.close()
    }
  }
  const centralAccounts = (phone: string) => central.db.query<{ id: string; status: string; person_id: string | null; unit_id: string | null; channel: string }>(
    'SELECT id, status, person_id, unit_id, channel FROM accounts WHERE phone = $1',
    [phone]
  )

  it('the simulated reader reads someone on file without an account, with a licence or a vehicle; or a new identity', async () => {
    const card = await readCard(a)
    expect(card.idType).toBe('resident')
    expect(card.idNumber).toMatch(/^\d{17}[\dX]$/)
    expect(card.issuer).toMatch(/公安/)
    const onFile = await central.db.query<{ id: string }>(
      `SELECT p.id FROM people p WHERE p.id_number = $1 AND NOT EXISTS (SELECT 1 FROM accounts x WHERE x.person_id = p.id)
         AND (EXISTS (SELECT 1 FROM drivers d WHERE d.person_id = p.id) OR EXISTS (SELECT 1 FROM vehicles v WHERE v.owner_person_id = p.id))`,
      [card.idNumber]
    )
    expect(onFile).toHaveLength(1)
    const fresh = await readCard(a, true)
    expect(await central.db.query('SELECT 1 FROM people WHERE id_number = $1', [fresh.idNumber])).toHaveLength(0)
    expect(fresh.idNumber.slice(0, 6)).toBe('440305')
    // What the reader produced passes manual entry's checks unchanged.
    const typed = { ...fresh, validUntil: fresh.validUntil ?? '', longTerm: fresh.validUntil === null }
    expect((await a.call<{ card: IdCard }>('idcard:read', { source: 'manual', card: typed })).card).toEqual(fresh)
  })

  it('manual entry checks every field with its own reason; as typed, sex and birth date come from the number', async () => {
    const fresh = await readCard(a, true)
    const typed = { ...fresh, validUntil: fresh.validUntil ?? '', longTerm: fresh.validUntil === null, gender: '' as const, birthDate: '' }
    const wrongCheck = fresh.idNumber.slice(0, 17) + (fresh.idNumber.endsWith('1') ? '2' : '1')
    const refused = await a.attempt('idcard:read', { source: 'manual', card: { ...typed, idNumber: wrongCheck } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CARD_INVALID', field: 'idNumber' } })
    if (!refused.ok) expect(refused.error.message).toContain('校验')
    const asTyped = await a.call<{ errors: Record<string, string>; derived: { gender: string; birthDate: string } | null }>('registration:validate', {
      card: { idType: 'resident', idNumber: fresh.idNumber, validFrom: '2099-01-01' },
      phone: '1234'
    })
    expect(asTyped.derived).toEqual({ gender: fresh.gender, birthDate: fresh.birthDate })
    expect(Object.keys(asTyped.errors).sort()).toEqual(['phone', 'validFrom'])
    // A card issued at age one, for five years: long expired.
    const born = Number(fresh.birthDate.slice(0, 4))
    const expired = await a.attempt('idcard:read', { source: 'manual', card: { ...typed, validFrom: `${born + 1}-06-01`, validUntil: `${born + 6}-06-01`, longTerm: false } })
    expect(expired).toMatchObject({ ok: false, error: { code: 'CARD_INVALID', field: 'validUntil' } })
    if (!expired.ok) expect(expired.error.message).toContain('过期')
  })

  it('online: checked with central, proven by an SMS code, record phones changed in the same visit, confirmed once', async () => {
    const card = await readCard(a)
    const phone = freshPhone()
    const applicant = { kind: 'person', card }
    const check = await a.call<RegistrationCheck>('registration:check', { applicant, phone })
    expect(check).toMatchObject({ answeredBy: 'central', allowed: true, holder: { known: true, name: card.name } })
    expect(check.licence !== null || check.vehicles.length > 0).toBe(true)
    const before = counts(a)

    // Online, the phone must be proven.
    const noCode = await a.attempt('registration:submit', { applicant, phone, identityConfirmed: true, challengeId: null, changeRecordPhones: true })
    expect(noCode).toMatchObject({ ok: false, error: { code: 'SMS_REQUIRED', field: 'smsCode' } })
    const challengeId = await verifiedChallenge(a, phone)
    const notInPerson = await a.attempt('registration:submit', { applicant, phone, identityConfirmed: false, challengeId, changeRecordPhones: true })
    expect(notInPerson).toMatchObject({ ok: false, error: { code: 'IDENTITY_NOT_VERIFIED', field: 'identityConfirmed' } })
    expect(counts(a).outbox).toBe(before.outbox)

    const slip = await a.call<RegistrationSlip>('registration:submit', { applicant, phone, identityConfirmed: true, challengeId, changeRecordPhones: true })
    expect(slip).toMatchObject({ kind: 'person', offline: false, pendingCentral: true, holderName: card.name, phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}` })
    expect(slip.slipNo).toMatch(/^ZC-\d{8}-[0-9A-F]{8}-\d{4}$/)
    expect(slip.recordPhonesChanged.length).toBe(check.recordPhones.length)
    expect(localRow<{ status: string }>(a, 'SELECT status FROM accounts WHERE phone = ?', phone)).toEqual({ status: 'pending' })
    // One command; the audit trail holds the registration (and the SMS send and check before it).
    expect(counts(a)).toMatchObject({ outbox: before.outbox + 1, audit: before.audit + 3, accounts: before.accounts + 1 })

    await a.core.sync.syncNow()
    const accounts = await centralAccounts(phone)
    expect(accounts).toEqual([{ id: slip.accountId, status: 'active', person_id: slip.personId, unit_id: null, channel: 'window' }])
    expect(await central.db.query("SELECT status FROM commands WHERE id = $1", [slip.commandId])).toEqual([{ status: 'applied' }])
    // Central's rows come back: the desk shows the account active, the records carry the new phone.
    expect(localRow<{ status: string }>(a, 'SELECT status FROM accounts WHERE id = ?', slip.accountId)).toEqual({ status: 'active' })
    const stale = await central.db.query(
      `SELECT 1 FROM vehicles WHERE owner_person_id = $1 AND phone IS NOT NULL AND phone <> $2
       UNION ALL SELECT 1 FROM drivers WHERE person_id = $1 AND phone IS NOT NULL AND phone <> $2`,
      [slip.personId, phone]
    )
    expect(stale).toHaveLength(0)
    const history = await central.db.query<{ kind: string; operator_name: string; place: string }>(
      'SELECT kind, operator_name, place FROM service_records WHERE person_id = $1 ORDER BY kind',
      [slip.personId]
    )
    expect(history.map((h) => h.kind)).toContain('account.register')
    expect(history[0]).toMatchObject({ place: slip.place, operator_name: slip.operatorName })
    expect(central.smsLog(phone).some((m) => m.kind === 'notice' && m.text.includes('面签注册'))).toBe(true)

    // A second registration of the same person is refused with its reason, and nothing is written.
    const again = counts(a)
    const second = await a.attempt('registration:check', { applicant, phone: freshPhone() })
    expect(second).toMatchObject({ ok: true, value: { allowed: false, denials: [{ code: 'ID_TAKEN' }] } })
    const refused = await a.attempt('registration:submit', { applicant, phone: freshPhone(), identityConfirmed: true, challengeId: null, changeRecordPhones: false })
    expect(refused).toMatchObject({ ok: false, error: { code: 'ID_TAKEN' } })
    if (!refused.ok) expect(refused.error.message).toContain('忘记密码')
    expect(counts(a)).toEqual(again)
  })

  it('a phone central has but this desk does not know yet is refused by the check, with central\'s answer', async () => {
    const phone = freshPhone()
    const other = await readCard(b, true)
    const challengeId = await verifiedChallenge(b, phone)
    await b.call('registration:submit', { applicant: { kind: 'person', card: other }, phone, identityConfirmed: true, challengeId, changeRecordPhones: false })
    await b.core.sync.syncNow()
    expect(await centralAccounts(phone)).toHaveLength(1)
    // Desk a has not pulled since: its cache does not know the account.
    expect(localRow(a, 'SELECT 1 FROM accounts WHERE phone = ?', phone)).toBeUndefined()
    const card = await readCard(a, true)
    const check = await a.call<RegistrationCheck>('registration:check', { applicant: { kind: 'person', card }, phone })
    expect(check).toMatchObject({ answeredBy: 'central', allowed: false, denials: [{ code: 'PHONE_TAKEN' }] })
  })

  it('offline: saved without an SMS proof as 待中心确认, reaches central exactly once; a phone taken meanwhile lands in 需处理', async () => {
    const ok = { card: await readCard(a, true), phone: freshPhone() }
    const clash = { card: await readCard(a, true), phone: freshPhone() }
    await central.stopServer()
    let slips: RegistrationSlip[] = []
    try {
      await expect(a.core.sync.syncNow()).rejects.toThrow()
      const check = await a.call<RegistrationCheck>('registration:check', { applicant: { kind: 'person', card: ok.card }, phone: ok.phone })
      expect(check).toMatchObject({ answeredBy: 'local', allowed: true })
      slips = [
        await a.call<RegistrationSlip>('registration:submit', { applicant: { kind: 'person', card: ok.card }, phone: ok.phone, identityConfirmed: true, challengeId: null, changeRecordPhones: false }),
        await a.call<RegistrationSlip>('registration:submit', { applicant: { kind: 'person', card: clash.card }, phone: clash.phone, identityConfirmed: true, challengeId: null, changeRecordPhones: false })
      ]
      expect(slips.map((s) => s.offline)).toEqual([true, true])
    } finally {
      await central.restartServer()
    }
    // Meanwhile another window registered someone else with the second phone.
    const someone = await readCard(b, true)
    await b.call('registration:submit', {
      applicant: { kind: 'person', card: someone },
      phone: clash.phone,
      identityConfirmed: true,
      challengeId: await verifiedChallenge(b, clash.phone),
      changeRecordPhones: false
    })
    await b.core.sync.syncNow()

    await syncAfterRestart(a)
    await a.core.sync.syncNow()
    expect(await centralAccounts(ok.phone)).toEqual([expect.objectContaining({ id: slips[0]!.accountId, status: 'active' })])
    const applied = await central.db.query<{ n: string }>("SELECT count(*)::text AS n FROM service_records WHERE detail LIKE $1", [`%${slips[0]!.slipNo}%`])
    expect(applied[0]!.n).toBe('1')
    expect(central.smsLog(ok.phone).find((m) => m.kind === 'notice')?.text).toContain('办理时未能短信验证本号码')

    const clashAccounts = await centralAccounts(clash.phone)
    expect(clashAccounts).toHaveLength(1)
    expect(clashAccounts[0]!.id).not.toBe(slips[1]!.accountId)
    const list = await a.call<SyncList>('sync:list')
    const rejected = list.rejected.find((r) => r.id === slips[1]!.commandId)
    expect(rejected).toMatchObject({ status: 'rejected', reasonCode: 'PHONE_TAKEN', typeName: '面签注册' })
    expect(rejected?.summary).toContain(slips[1]!.slipNo)
    // The desk's view no longer shows the refused account.
    expect(localRow(a, 'SELECT 1 FROM accounts WHERE id = ?', slips[1]!.accountId)).toBeUndefined()
  })

  it('a unit registers with its manager\'s document and the scanned letter, kept with its SHA-256', async () => {
    const manager = await readCard(a, true)
    const creditCode = makeCreditCode(`91440300${randomUUID().replace(/[^0-9]/g, '').padEnd(9, '7').slice(0, 9)}`)
    const phone = freshPhone()
    const unit = { creditCode, name: '深圳市南山区测试物流有限公司', address: '广东省深圳市南山区科技路88号' }
    const check = await a.call<RegistrationCheck>('registration:check', { applicant: { kind: 'unit', unit, manager }, phone })
    expect(check).toMatchObject({ allowed: true, holder: { known: false, name: unit.name } })

    const submit = (letter: { fileName: string; base64: string }) =>
      a.attempt('registration:submit', { applicant: { kind: 'unit', unit, manager, letter }, phone, identityConfirmed: true, challengeId: null, changeRecordPhones: false })
    expect(await submit({ fileName: 'letter.pdf', base64: Buffer.from('just text, not a scan').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'LETTER_TYPE', field: 'letter' }
    })
    // Over 5 MB: the contract refuses the request, naming the limit; one byte over still reaches main's own check.
    const big = Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)])
    const tooBig = await submit({ fileName: 'big.png', base64: big.toString('base64') })
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'applicant.letter.base64' } })
    if (!tooBig.ok) expect(tooBig.error.message).toContain('5 MB')
    const justOver = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 1 - PNG.length)])
    expect(await submit({ fileName: 'over.png', base64: justOver.toString('base64') })).toMatchObject({ ok: false, error: { code: 'LETTER_TOO_LARGE' } })
    expect(await submit({ fileName: 'letter.png', base64: PNG.toString('base64') })).toMatchObject({ ok: false, error: { code: 'SMS_REQUIRED' } })

    const challengeId = await verifiedChallenge(a, phone)
    const slip = await a.call<RegistrationSlip>('registration:submit', {
      applicant: { kind: 'unit', unit, manager, letter: { fileName: 'C:\\scans\\授权委托书.png', base64: PNG.toString('base64') } },
      phone,
      identityConfirmed: true,
      challengeId,
      changeRecordPhones: false
    })
    const sha256 = createHash('sha256').update(PNG).digest('hex')
    expect(slip).toMatchObject({ kind: 'unit', unit: { creditCode }, letter: { fileName: '授权委托书.png', mime: 'image/png', size: PNG.length, sha256 } })
    expect(localRow(a, 'SELECT mime, size, sha256, owner_id FROM attachments WHERE sha256 = ?', sha256)).toEqual({ mime: 'image/png', size: PNG.length, sha256, owner_id: slip.accountId })
    await a.core.sync.syncNow()
    const [account] = await centralAccounts(phone)
    expect(account).toMatchObject({ id: slip.accountId, status: 'active', person_id: null })
    expect(await central.db.query('SELECT credit_code, manager_phone FROM units WHERE id = $1', [account!.unit_id])).toEqual([{ credit_code: creditCode, manager_phone: phone }])
    const record = await central.db.query<{ detail: string }>("SELECT detail FROM service_records WHERE unit_id = $1 AND kind = 'account.register'", [account!.unit_id])
    expect(JSON.parse(record[0]!.detail)).toMatchObject({ letter: { sha256 } })
  })

  it('a military ID holder registers from a typed document (no chip, no check digit)', async () => {
    const card = {
      idType: 'military' as const,
      militaryDocument: 'D' as const,
      idNumber: '军字第2023118号',
      name: '周海军',
      gender: 'M' as const,
      birthDate: '1999-08-01',
      address: '广东省深圳市南山区沙河西路3001号',
      validFrom: '2023-01-10',
      validUntil: '2031-01-09',
      longTerm: false,
      issuer: '中部战区政治工作部'
    }
    const read = await a.call<{ card: IdCard }>('idcard:read', { source: 'manual', card })
    const phone = freshPhone()
    const challengeId = await verifiedChallenge(a, phone)
    const slip = await a.call<RegistrationSlip>('registration:submit', { applicant: { kind: 'person', card: read.card }, phone, identityConfirmed: true, challengeId, changeRecordPhones: false })
    expect(slip).toMatchObject({ documentName: '士兵证', holderName: '周海军' })
    await a.core.sync.syncNow()
    expect(await central.db.query('SELECT id_type FROM people WHERE id_number = $1', [card.idNumber])).toEqual([{ id_type: 'D' }])
    const again = await a.call<RegistrationCheck>('registration:check', { applicant: { kind: 'person', card: read.card }, phone: freshPhone() })
    expect(again.denials.map((d) => d.code)).toEqual(['ID_TAKEN'])
  })
})
