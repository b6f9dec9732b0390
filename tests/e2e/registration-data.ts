// What the registration tests need besides the screens: someone of the generated data who already
// has a 12123 account (read-only from the host's SQLite file), the validity a real card of theirs
// would carry, phones nobody uses, and "another window" registering an account at central over
// the sync protocol, exactly as a workstation would (like other-window.ts does for processing).
import { createHash, randomInt, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { idCheckChar } from './seed-data'

export interface AccountHolder {
  name: string
  idNumber: string
  birthDate: string
  address: string
}

/** A person with a resident ID and an open personal account, as the desk's cache holds them. */
export function accountHolder(databaseFile: string): AccountHolder {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT p.name, p.id_number AS idNumber, p.birth_date AS birthDate, p.address FROM people p JOIN accounts a ON a.person_id = p.id
          WHERE p.id_type = 'A' AND a.status = 'active' AND length(p.address) BETWEEN 5 AND 100 ORDER BY p.id LIMIT 1`
      )
      .get() as AccountHolder | undefined
    if (row === undefined) throw new Error(`The generated data set has no account holder (${databaseFile}).`)
    return row
  } finally {
    db.close()
  }
}

/** Issue date and term of a resident ID issued on 2022-03-01 to someone born on `birthDate` (居民身份证法 art. 5). */
export function residentValidity(birthDate: string): { validFrom: string; validUntil: string | null } {
  const validFrom = '2022-03-01'
  let age = 2022 - Number(birthDate.slice(0, 4))
  if ('03-01' < birthDate.slice(5)) age -= 1
  const years = age < 16 ? 5 : age <= 25 ? 10 : age <= 45 ? 20 : null
  return { validFrom, validUntil: years === null ? null : `${2022 + years}-03-01` }
}

/** A mobile number in the 197 range, which the generated data leaves alone. */
export function freshPhone(): string {
  return `1970${String(randomInt(0, 10_000_000)).padStart(7, '0')}`
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** A unified social credit code (GB 32100-2015) from its first 17 characters, computed here independently of the app. */
export function creditCode(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * (CREDIT_WEIGHTS[i] ?? 0)
  return first17 + CREDIT_ALPHABET.charAt((31 - (sum % 31)) % 31)
}

const PROTOCOL = { 'x-counterdesk-protocol': '1' }

async function post(url: string, headers: Record<string, string>, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...PROTOCOL, 'x-counterdesk-client-time': new Date().toISOString(), 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body)
  })
  const answer: unknown = await response.json()
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(answer)}`)
  return answer
}

/** Registers a made-up person with `phone` at "another window" of central at `centralUrl`. */
export async function registerAtAnotherWindow(centralUrl: string, centralDataDir: string, phone: string): Promise<{ status: string; code?: string }> {
  const config = JSON.parse(readFileSync(path.join(centralDataDir, 'central.json'), 'utf8')) as { adminToken: string }
  const { code } = (await post(`${centralUrl}/admin/v1/enrolment-codes`, { authorization: `Bearer ${config.adminToken}` }, { kind: 'window' })) as { code: string }
  const workstationId = randomUUID()
  const { secret } = (await post(`${centralUrl}/sync/v1/enrol`, {}, { enrolmentCode: code, workstationId, workstationName: '其他窗口（测试）', regionCode: '440305' })) as {
    secret: string
  }
  const first17 = `44030519900101${String(randomInt(0, 500) * 2 + 1).padStart(3, '0')}`
  const data = {
    accountId: randomUUID(),
    slipNo: `E2E-${randomUUID().slice(0, 8)}`,
    applicant: {
      kind: 'person',
      newPersonId: randomUUID(),
      card: {
        idType: 'resident',
        militaryDocument: null,
        idNumber: first17 + idCheckChar(first17),
        name: '林其他',
        gender: 'M',
        birthDate: '1990-01-01',
        address: '广东省深圳市福田区深南大道1号',
        validFrom: '2020-01-01',
        validUntil: '2040-01-01',
        issuer: '深圳市公安局福田分局'
      }
    },
    phone,
    identityConfirmed: true,
    verification: { kind: 'offline' },
    changeRecordPhones: false,
    serviceRecordId: randomUUID(),
    phoneChangeRecordId: randomUUID(),
    clerk: { operatorNo: '900001', operatorName: '其他窗口民警', workstationId, place: '深圳市公安局交通警察支队福田大队' }
  }
  const hash = createHash('sha256').update('account.register').update(JSON.stringify(data)).digest('hex')
  const clientTime = new Date(Date.now() + 8 * 3_600_000).toISOString().replace('Z', '+08:00')
  const command = { id: randomUUID(), seq: 1, type: 'account.register', payload: { operatorId: null, workstationId, clientTime, audit: { seq: 1, hash }, data } }
  const { results } = (await post(`${centralUrl}/sync/v1/push`, { authorization: `Workstation ${workstationId}:${secret}` }, { commands: [command] })) as {
    results: { status: string; code?: string }[]
  }
  const result = results[0]
  if (result === undefined) throw new Error('central answered the push without a result')
  return result
}
