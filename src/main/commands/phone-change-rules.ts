// The change_phone question (RULES.md "Phone change") asked of every record a phone change touches.
// One function for the command (which decides on the workstation and again at central) and for the
// window's check as the clerk types, so the screen never promises what the command would refuse.
import { evaluate, type Finding, type ProfileSet } from '../rules/engine'
import { validateMobile } from '../rules/validators/phone'
import { maskPhone } from '../../shared/masking'

export const PHONE_TARGET_KINDS = ['driver', 'vehicle', 'account'] as const
export type PhoneTargetKind = (typeof PHONE_TARGET_KINDS)[number]

/** The synced table that holds each kind of record. */
export const TARGET_TABLES = { driver: 'drivers', vehicle: 'vehicles', account: 'accounts' } as const satisfies Record<PhoneTargetKind, string>

/** A record whose contact phone may change, as the rules see it. */
export interface TargetOnRecord {
  kind: PhoneTargetKind
  id: string
  /** 驾驶证档案 / 机动车档案（粤B12345） / 12123互联网账户 */
  label: string
  currentPhone: string | null
}

/** How the person was identified: ID document presented in person, or a code sent to an old number. */
export type PhoneChangeIdentity = 'id_document' | 'sms_old_number' | 'none'

export interface PhoneChangeQuestion {
  at: string
  newPhone: string
  /** Home province (号码归属地) of the new phone, null when unknown. */
  newPhoneProvince: string | null
  /** The new phone belongs to an account that is not this person's. */
  newPhoneTaken: boolean
  identity: PhoneChangeIdentity
  /** With identity sms_old_number: the old number the code was read back from. */
  verifiedOldPhone: string | null
}

export interface TargetJudgement {
  target: TargetOnRecord
  denials: Finding[]
  warnings: Finding[]
}

export type Judged = { ok: true; judgements: TargetJudgement[] } | { ok: false; code: string; message: string }

export function vehicleLabel(plate: string): string {
  return `机动车档案（${plate}）`
}

export const DRIVER_LABEL = '驾驶证档案'
export const ACCOUNT_LABEL = '12123互联网账户'

/** The 11 digits of a number as stored, or the text itself when it is not a valid mobile number. */
export function digitsOf(phone: string): string {
  const v = validateMobile(phone)
  return v.ok ? v.value : phone
}

/**
 * A code read back from an old number proves the person holds that number, so it verifies the
 * records that carry it and no other: a record with a different number needs the ID document.
 */
function mismatchedOldNumber(target: TargetOnRecord, q: PhoneChangeQuestion): Finding | null {
  if (q.identity !== 'sms_old_number' || target.currentPhone === null || q.verifiedOldPhone === null) return null
  if (digitsOf(target.currentPhone) === digitsOf(q.verifiedOldPhone)) return null
  return {
    code: 'IDENTITY_NOT_VERIFIED',
    message: `验证码发送的号码${maskPhone(q.verifiedOldPhone)}不是${target.label}登记的号码${maskPhone(target.currentPhone)}：该档案须查验身份证明原件并核对本人`,
    source: 'seed 000 §05; FACTS §6'
  }
}

export function judgeTargets(targets: readonly TargetOnRecord[], q: PhoneChangeQuestion, env: { profiles: ProfileSet; jurisdiction: string }): Judged {
  const judgements: TargetJudgement[] = []
  for (const target of targets) {
    const mismatch = mismatchedOldNumber(target, q)
    const facts = {
      at: q.at,
      record: target.kind,
      currentPhone: target.currentPhone,
      newPhone: q.newPhone,
      newPhoneProvince: q.newPhoneProvince,
      newPhoneTaken: q.newPhoneTaken,
      // A mismatch is reported above in its own words; the engine judges the rest as verified.
      verification: q.identity === 'sms_old_number' && q.verifiedOldPhone === null ? 'none' : q.identity
    }
    const result = evaluate('change_phone', facts, { profiles: env.profiles, jurisdiction: env.jurisdiction })
    if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message }
    const denials = mismatch === null ? result.decision.denials : [mismatch, ...result.decision.denials]
    judgements.push({ target, denials, warnings: result.decision.warnings })
  }
  return { ok: true, judgements }
}

/**
 * Denials about the number itself (the same for every record) once, then each record's own
 * reason prefixed with its name: "驾驶证档案：新号码…与现登记的号码相同".
 */
export const NUMBER_CODES: ReadonlySet<string> = new Set(['PHONE_INVALID', 'PHONE_TAKEN', 'PHONE_NOT_LOCAL'])

export function refusalOf(judgements: readonly TargetJudgement[]): { code: string; message: string } | null {
  const messages: string[] = []
  let code: string | null = null
  for (const j of judgements) {
    for (const d of j.denials) {
      code ??= d.code
      const line = NUMBER_CODES.has(d.code) || judgements.length === 1 ? d.message : `${j.target.label}：${d.message}`
      if (!messages.includes(line)) messages.push(line)
    }
  }
  return code === null ? null : { code, message: messages.join('；') }
}

/** "138****0001、137****0002" for the old numbers of the records, without repeats; "未登记" when none. */
export function maskedOldPhones(targets: readonly TargetOnRecord[]): string {
  const phones = [...new Set(targets.map((t) => t.currentPhone).filter((p): p is string => p !== null))]
  return phones.length === 0 ? '未登记' : phones.map((p) => maskPhone(p)).join('、')
}
