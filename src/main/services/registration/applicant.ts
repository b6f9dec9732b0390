// The applicant as main trusts it: the document checked again field by field (the screen's copy
// is never taken on faith), the unit's code, name and address, and the phone, each wrong field
// refused with its own reason and field name (prefixed `manager.` / `unit.` for a unit).
import { validateCreditCode } from '../../rules/validators/credit-code'
import { validateMobile } from '../../rules/validators/phone'
import { toHalfWidth } from '../../rules/validators/text'
import { DomainError } from '../../../shared/contract/result'
import type { ApplicantInput, FieldErrors, IdCard } from '../../../shared/contract/workflows/registration'
import { CardInvalid, asTyped, checkCard } from '../idcard'

export type Applicant =
  | { kind: 'person'; card: IdCard }
  | { kind: 'unit'; unit: { creditCode: string; name: string; address: string }; manager: IdCard }

const tidy = (s: string): string => toHalfWidth(s).replace(/\s+/g, ' ').trim()

/** Unit fields as typed; only the ones given are judged unless `complete`. */
export function unitErrors(unit: { creditCode?: string; name?: string; address?: string }, complete: boolean): FieldErrors {
  const errors: FieldErrors = {}
  const code = tidy(unit.creditCode ?? '').toUpperCase()
  if (code !== '' || complete) {
    const v = validateCreditCode(code)
    if (!v.ok) errors.creditCode = v.message
  }
  const name = tidy(unit.name ?? '')
  if (name !== '' || complete) {
    if (name.length < 2 || name.length > 60) errors.unitName = '单位名称应为2至60个字，与营业执照一致'
  }
  const address = tidy(unit.address ?? '')
  if (address !== '' || complete) {
    if (address.length < 5 || address.length > 100) errors.unitAddress = '单位地址应为5至100个字'
  }
  return errors
}

export function checkedApplicant(input: ApplicantInput, today: string): Applicant {
  const card = checkCard(asTyped(input.kind === 'person' ? input.card : input.manager), today, true)
  if (card.card === null) {
    const err = new CardInvalid(card.errors)
    throw input.kind === 'person' ? err : new DomainError(err.code, err.message, `manager.${err.field ?? 'idNumber'}`)
  }
  if (input.kind === 'person') return { kind: 'person', card: card.card }
  const errors = unitErrors(input.unit, true)
  const field = ['creditCode', 'unitName', 'unitAddress'].find((f) => errors[f] !== undefined)
  if (field !== undefined) throw new DomainError('UNIT_INVALID', errors[field] ?? '单位信息有误', `unit.${field}`)
  return {
    kind: 'unit',
    unit: { creditCode: tidy(input.unit.creditCode).toUpperCase(), name: tidy(input.unit.name), address: tidy(input.unit.address) },
    manager: card.card
  }
}

/** The phone's 11 digits; a malformed number is refused beside the field before anything is asked. */
export function checkedPhone(phone: string): string {
  const v = validateMobile(phone)
  if (!v.ok) throw new DomainError('PHONE_INVALID', v.message, 'phone')
  return v.value
}

export function holderCard(applicant: Applicant): IdCard {
  return applicant.kind === 'person' ? applicant.card : applicant.manager
}
