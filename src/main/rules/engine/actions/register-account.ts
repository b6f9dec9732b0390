// register_account: may this person (or unit) be registered in person at the window (面签注册)?
// RULES.md "Registration".
import { z } from 'zod'
import { validateCreditCode } from '../../validators/credit-code'
import { validateIdNumber } from '../../validators/id-number'
import { validateMobile } from '../../validators/phone'
import { defineAction, finding, outcome, type RuleEnv, type RuleResult } from '../action'
import { checkPhone, phoneNotLocal, phoneTaken } from '../checks/phone'
import { provinceCode, requiredText, shortText, zonedDateTime } from '../facts/primitives'

export const registerAccountFacts = z.strictObject({
  at: zonedDateTime,
  applicant: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('person'),
      /** resident = 居民身份证 (checked, FACTS §4); military = 军人身份证件, registered at the window only (seed 002). */
      idType: z.enum(['resident', 'military']),
      idNumber: requiredText(40)
    }),
    z.strictObject({ kind: z.literal('unit'), creditCode: requiredText(40) })
  ]),
  /** The phone to register, as typed (checked by the rule, not by the schema). */
  phone: requiredText(40),
  /** Home province of the phone (号码归属地, 2-digit code) from the number-segment lookup; null if unknown. */
  phoneProvince: provinceCode.nullable(),
  /** The phone already belongs to an account. */
  phoneTaken: z.boolean(),
  /** The ID number (unit: the credit code) already has an account. */
  idTaken: z.boolean(),
  /** Contact phones on the applicant's driver and vehicle records. */
  recordPhones: z.array(shortText(40)).max(20, '不能超过20项')
})

export type RegisterAccountFacts = z.output<typeof registerAccountFacts>

function normalised(phone: string): string {
  const v = validateMobile(phone)
  return v.ok ? v.value : phone
}

function rule(f: RegisterAccountFacts, { profile }: RuleEnv): RuleResult {
  const o = outcome()
  const a = f.applicant
  if (a.kind === 'person') {
    if (a.idType === 'resident') {
      const id = validateIdNumber(a.idNumber, f.at.date)
      if (!id.ok) o.deny(finding('ID_NUMBER_INVALID', `身份证号码“${a.idNumber}”无效：${id.message}`, 'FACTS §4'))
    }
    if (f.idTaken) {
      o.deny(
        finding(
          'ID_TAKEN',
          '该身份证明号码已注册过账户（全国一人一个账户），不能重复注册；请用“忘记密码”重置密码，收不到验证码的可通过“在线申诉”办理',
          'seed 002 Q2'
        )
      )
    }
  } else {
    const code = validateCreditCode(a.creditCode)
    if (!code.ok) o.deny(finding('UNIT_CODE_INVALID', `统一社会信用代码“${a.creditCode}”无效：${code.message}`, 'FACTS §4'))
    if (f.idTaken) {
      o.deny(finding('ID_TAKEN', '该统一社会信用代码已注册过单位账户，不能重复注册，请办理密码重置或变更', 'seed 002 Q2'))
    }
  }

  const checked = checkPhone(f.phone)
  if ('denial' in checked) {
    o.deny(checked.denial)
  } else {
    o.deny(phoneTaken(checked.phone, f.phoneTaken))
    o.deny(phoneNotLocal(checked.phone, f.phoneProvince, profile))
    const onRecord = [...new Set(f.recordPhones.map(normalised))]
    if (onRecord.length > 0 && !onRecord.includes(checked.phone)) {
      o.warn(
        finding(
          'PHONE_DIFFERS_FROM_RECORD',
          `手机号码${checked.phone}与驾驶证、机动车档案登记的号码（${onRecord.join('、')}）不一致：请先在本窗口办理联系电话变更，再注册`,
          'seed 000 §05, tip 3'
        )
      )
    }
  }
  return o.result()
}

export const registerAccount = defineAction('register_account', registerAccountFacts, rule)
