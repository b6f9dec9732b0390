// Checks an identity document field by field, with the rules' validators (FACTS §4) and the
// validity rules of the 居民身份证法 (art. 5: 5 years under 16, 10 years to 25, 20 years to 45,
// 长期 from 46). Each wrong field gets its own Chinese reason, so the form can show it beside the
// field as the clerk types; a complete check turns a typed card into a normalised IdCard.
import { addDays } from '../../rules/calculators/calendar-days'
import { parseIsoDate } from '../../rules/validators/calendar'
import { validateIdNumber } from '../../rules/validators/id-number'
import { toHalfWidth } from '../../rules/validators/text'
import type { FieldErrors, IdCard, TypedCard } from '../../../shared/contract/workflows/registration'

const NAME = /^[\p{Script=Han}A-Za-z·]{2,30}$/u
/** 军官证 / 士兵证 numbers: “军字第2019123号”, “南字第0123456号”, or letters and digits. */
const MILITARY_NUMBER = /^(?:[\p{Script=Han}]{1,2}字第\d{4,10}号|[A-Z0-9]{6,20})$/u

export type CardField = keyof TypedCard

/** Whole years from `birth` to `on` (both YYYY-MM-DD). */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4))
  return on.slice(5) < birth.slice(5) ? years - 1 : years
}

/** Years a resident ID issued at this age is valid; null: 长期. */
export function residentValidityYears(age: number): number | null {
  if (age < 16) return 5
  if (age <= 25) return 10
  if (age <= 45) return 20
  return null
}

export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years
  const md = iso.slice(5)
  // 29 February on a non-leap year: the card runs to 28 February.
  return parseIsoDate(`${y}-${md}`) === undefined ? `${y}-02-28` : `${y}-${md}`
}

const isDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseIsoDate(s) !== undefined

const tidy = (s: string | undefined): string => toHalfWidth(s ?? '').replace(/\s+/g, ' ').trim()

export interface CardCheck {
  errors: FieldErrors
  /** Sex and birth date read from a valid resident ID number. */
  derived: { gender: 'M' | 'F'; birthDate: string } | null
  /** The normalised card, when `complete` was asked and nothing is wrong. */
  card: IdCard | null
}

/**
 * Checks the fields given. `complete`: every field is required and a card comes back when all hold;
 * otherwise only the fields typed so far are judged (empty ones are not an error yet).
 */
export function checkCard(typed: Partial<TypedCard>, today: string, complete: boolean): CardCheck {
  const errors: FieldErrors = {}
  const need = (field: CardField, value: string, what: string): boolean => {
    if (value !== '') return true
    if (complete) errors[field] = `请输入${what}`
    return false
  }
  const idType = typed.idType ?? 'resident'
  const name = tidy(typed.name)
  if (need('name', name, '姓名') && !NAME.test(name)) errors.name = '姓名应为2至30个汉字或字母，少数民族姓名可用间隔号“·”'

  let derived: CardCheck['derived'] = null
  let idNumber = tidy(typed.idNumber).toUpperCase()
  if (need('idNumber', idNumber, idType === 'resident' ? '身份证号码' : '军人证件号码')) {
    if (idType === 'resident') {
      const id = validateIdNumber(idNumber, today)
      if (id.ok) {
        idNumber = id.value.idNumber
        derived = { gender: id.value.gender, birthDate: id.value.birthDate }
      } else errors.idNumber = id.message
    } else if (!MILITARY_NUMBER.test(idNumber)) {
      errors.idNumber = '军人证件号码格式不正确，应如“军字第2019123号”'
    }
  }
  if (idType === 'military' && complete && (typed.militaryDocument ?? null) === null) errors.militaryDocument = '请选择军人证件种类'

  let gender = typed.gender ?? ''
  let birthDate = tidy(typed.birthDate)
  if (derived !== null) {
    if (gender !== '' && gender !== derived.gender) errors.gender = `性别与身份证号码不符（号码表明为${derived.gender === 'M' ? '男' : '女'}）`
    if (birthDate !== '' && birthDate !== derived.birthDate) errors.birthDate = `出生日期与身份证号码不符（号码表明为${derived.birthDate}）`
    gender = derived.gender
    birthDate = derived.birthDate
  } else if (idType === 'military') {
    need('gender', gender, '性别')
    if (need('birthDate', birthDate, '出生日期')) {
      if (!isDate(birthDate)) errors.birthDate = '出生日期应为真实日期，格式如1990-03-07'
      else if (birthDate > today) errors.birthDate = '出生日期晚于今天'
      else if (birthDate < '1900-01-01') errors.birthDate = '出生日期早于1900年'
    }
  }

  const address = tidy(typed.address)
  if (need('address', address, '住址') && (address.length < 5 || address.length > 100)) errors.address = '住址应为5至100个字，与证件所载一致'

  const validFrom = tidy(typed.validFrom)
  if (need('validFrom', validFrom, '签发日期')) {
    if (!isDate(validFrom)) errors.validFrom = '签发日期应为真实日期，格式如2020-05-01'
    else if (validFrom > today) errors.validFrom = '签发日期晚于今天，请核对'
    else if (isDate(birthDate) && validFrom < birthDate) errors.validFrom = '签发日期早于出生日期，请核对'
  }
  const longTerm = typed.longTerm ?? false
  const validUntil = longTerm ? '' : tidy(typed.validUntil)
  const fromOk = isDate(validFrom) && errors.validFrom === undefined
  if (longTerm) {
    if (idType === 'resident' && fromOk && isDate(birthDate) && ageOn(birthDate, validFrom) < 46) {
      errors.validUntil = `长期有效的身份证只签发给46周岁以上的公民，签发时持证人${ageOn(birthDate, validFrom)}周岁，请核对有效期限`
    }
  } else if (need('validUntil', validUntil, '有效期限截止日期（或勾选“长期”）')) {
    if (!isDate(validUntil)) errors.validUntil = '有效期限应为真实日期，格式如2040-05-01'
    else if (fromOk && validUntil <= validFrom) errors.validUntil = '有效期限截止日期应晚于签发日期'
    else if (validUntil < today) errors.validUntil = `证件已于${validUntil}过期，须持有效证件办理`
    else if (idType === 'resident' && fromOk && isDate(birthDate) && !plausibleResidentTerm(birthDate, validFrom, validUntil)) {
      const years = residentValidityYears(ageOn(birthDate, validFrom))
      errors.validUntil = `有效期限与签发时的年龄不符：签发时${ageOn(birthDate, validFrom)}周岁，应为${years === null ? '长期' : `${years}年`}`
    }
  }

  const issuer = tidy(typed.issuer)
  if (need('issuer', issuer, '签发机关')) {
    if (issuer.length < 4 || issuer.length > 60) errors.issuer = '签发机关应为4至60个字'
    else if (idType === 'resident' && !issuer.includes('公安')) errors.issuer = '居民身份证的签发机关应为公安机关，如“深圳市公安局南山分局”'
  }

  const ok = complete && Object.keys(errors).length === 0
  const card: IdCard | null = ok
    ? {
        name,
        gender: gender as 'M' | 'F',
        birthDate,
        idType,
        militaryDocument: idType === 'military' ? (typed.militaryDocument ?? null) : null,
        idNumber,
        address,
        validFrom,
        validUntil: longTerm ? null : validUntil,
        issuer
      }
    : null
  return { errors, derived, card }
}

/**
 * A resident ID's term matches the holder's age when it was applied for. The application may
 * precede the issue date by some weeks, so the age three months earlier is accepted too.
 */
function plausibleResidentTerm(birth: string, from: string, until: string): boolean {
  const span = (age: number): number | null => residentValidityYears(age)
  const matches = (years: number | null): boolean => years !== null && until === addYears(from, years)
  return matches(span(ageOn(birth, from))) || matches(span(ageOn(birth, addDays(from, -90))))
}

/** The IdCard (from the reader or a screen) as typed fields, for the complete check. */
export function asTyped(card: IdCard): TypedCard {
  return {
    idType: card.idType,
    militaryDocument: card.militaryDocument,
    idNumber: card.idNumber,
    name: card.name,
    gender: card.gender,
    birthDate: card.birthDate,
    address: card.address,
    validFrom: card.validFrom,
    validUntil: card.validUntil ?? '',
    longTerm: card.validUntil === null,
    issuer: card.issuer
  }
}
