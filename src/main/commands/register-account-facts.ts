// What account.register and the registration service both need to know about an applicant: the
// document letters of a person, how the rules' facts are built from the rows (or, on the
// workstation's check, from central's uniqueness answer), and whose phones are on the records.
// Pure: rows in, values out, so the workstation and central read the same rows the same way.
import { z } from 'zod'
import { evaluate, type ActionFacts, type Decision, type ProfileSet } from '../rules/engine'
import type { WireRow } from '../sync/protocol'
import { text, textOrNull } from './rows'

/**
 * Document letters stored with a person (services/code-names.ts): A 居民身份证; military ID
 * holders carry C 军官证, D 士兵证 or E 军官离退休证. One person, one account, whichever letter.
 */
export const MILITARY_DOCUMENTS = ['C', 'D', 'E'] as const
export type MilitaryDocument = (typeof MILITARY_DOCUMENTS)[number]

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** The identity document as read or typed at the window, normalised and validated by the service. */
export const cardPayload = z.strictObject({
  idType: z.enum(['resident', 'military']),
  /** Which military document (people.id_type letter); null for a resident ID card. */
  militaryDocument: z.enum(MILITARY_DOCUMENTS).nullable(),
  idNumber: z.string().min(2).max(40),
  name: z.string().min(1).max(30),
  gender: z.enum(['M', 'F']),
  birthDate: isoDate,
  address: z.string().min(1).max(100),
  validFrom: isoDate,
  /** null: 长期 (long-term card). */
  validUntil: isoDate.nullable(),
  issuer: z.string().min(1).max(60)
})
export type CardPayload = z.infer<typeof cardPayload>

/** people.id_type for the document. */
export function idTypeLetter(card: Pick<CardPayload, 'idType' | 'militaryDocument'>): string {
  return card.idType === 'resident' ? 'A' : (card.militaryDocument ?? 'C')
}

/** The person among rows found by ID number whose document kind matches (resident vs military). */
export function matchingPerson(rows: readonly WireRow[], idType: 'resident' | 'military'): WireRow | undefined {
  const letters: readonly string[] = idType === 'resident' ? ['A'] : MILITARY_DOCUMENTS
  return rows.find((r) => letters.includes(text(r, 'id_type')))
}

/**
 * Accounts that hold their phone and holder: all of them. A closed 12123 account keeps both (it
 * is restored through 12123's own 申诉 procedure, never registered anew), which is also what the
 * unique indexes on accounts (phone; person) enforce on every row, closed ones included.
 */
export function openAccounts(rows: readonly WireRow[]): WireRow[] {
  return [...rows]
}

/** A contact phone on a driver's or vehicle's record (the rule compares these with the new phone). */
export interface RecordPhone {
  record: 'driver' | 'vehicle'
  /** The row's id (drivers.id / vehicles.id). */
  id: string
  /** What the clerk reads: 驾驶证 4403****1234 or the plate. */
  label: string
  phone: string
}

export function recordPhonesOf(driver: WireRow | undefined, vehicles: readonly WireRow[]): RecordPhone[] {
  const out: RecordPhone[] = []
  const driverPhone = driver === undefined ? null : textOrNull(driver, 'phone')
  if (driver !== undefined && driverPhone !== null) {
    out.push({ record: 'driver', id: text(driver, 'id'), label: text(driver, 'file_no'), phone: driverPhone })
  }
  for (const v of vehicles) {
    const phone = textOrNull(v, 'phone')
    if (phone !== null) out.push({ record: 'vehicle', id: text(v, 'id'), label: text(v, 'plate'), phone })
  }
  return out
}

export type Applicant =
  | { kind: 'person'; idType: 'resident' | 'military'; idNumber: string }
  | { kind: 'unit'; creditCode: string }

export interface RegistrationQuestion {
  at: string
  applicant: Applicant
  phone: string
  phoneTaken: boolean
  idTaken: boolean
  recordPhones: readonly RecordPhone[]
}

export function registrationFacts(q: RegistrationQuestion): ActionFacts<'register_account'> {
  return {
    at: q.at,
    applicant: q.applicant,
    phone: q.phone,
    // No number-segment table (号码归属地) ships with the app yet: the home province is unknown,
    // which only matters to a local-phones-only profile (fj), where the rule refuses it and says why.
    phoneProvince: null,
    phoneTaken: q.phoneTaken,
    idTaken: q.idTaken,
    recordPhones: [...new Set(q.recordPhones.map((r) => r.phone))].slice(0, 20)
  }
}

export type RegistrationVerdict = { ok: true; decision: Decision } | { ok: false; code: string; message: string }

/** rules register_account on the question; an engine error (our bug or no profile in force) comes back as a refusal. */
export function registrationVerdict(q: RegistrationQuestion, env: { profiles: ProfileSet; jurisdiction: string }): RegistrationVerdict {
  const result = evaluate('register_account', registrationFacts(q), { profiles: env.profiles, jurisdiction: env.jurisdiction })
  if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message }
  return { ok: true, decision: result.decision }
}
