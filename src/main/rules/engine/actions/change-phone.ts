// change_phone: may the contact phone on this driver's / vehicle's / account's record be changed?
// RULES.md "Phone change".
import { z } from 'zod'
import { validateMobile } from '../../validators/phone'
import { defineAction, finding, outcome, type RuleEnv, type RuleResult } from '../action'
import { checkPhone, phoneNotLocal, phoneTaken } from '../checks/phone'
import { provinceCode, requiredText, zonedDateTime } from '../facts/primitives'

export const changePhoneFacts = z.strictObject({
  at: zonedDateTime,
  /** Which record's contact phone changes. */
  record: z.enum(['driver', 'vehicle', 'account']),
  /** The phone on the record now; null if none. */
  currentPhone: requiredText(40).nullable(),
  newPhone: requiredText(40),
  /** Home province of the new phone (2-digit code), null if unknown. */
  newPhoneProvince: provinceCode.nullable(),
  /** The new phone belongs to an account other than this person's. */
  newPhoneTaken: z.boolean(),
  /**
   * How the clerk verified the person: id_document = the ID document was presented and the person
   * matches it (当场面签); sms_old_number = a code sent to the current phone was read back; none.
   */
  verification: z.enum(['id_document', 'sms_old_number', 'none'])
})

export type ChangePhoneFacts = z.output<typeof changePhoneFacts>

const RECORD_NAMES = { driver: '驾驶证档案', vehicle: '机动车档案', account: '互联网账户' } as const

function rule(f: ChangePhoneFacts, { profile }: RuleEnv): RuleResult {
  const o = outcome()
  if (f.verification === 'none') {
    o.deny(
      finding('IDENTITY_NOT_VERIFIED', '未核验本人身份：须查验身份证明原件并核对本人，或向原手机号码发送验证码核验', 'seed 000 §05; FACTS §6')
    )
  } else if (f.verification === 'sms_old_number' && f.currentPhone === null) {
    o.deny(finding('IDENTITY_NOT_VERIFIED', `${RECORD_NAMES[f.record]}没有登记原手机号码，无法短信核验，须查验身份证明原件并核对本人`, 'seed 000 §05; FACTS §6'))
  }
  const checked = checkPhone(f.newPhone)
  if ('denial' in checked) {
    o.deny(checked.denial)
    return o.result()
  }
  const current = f.currentPhone === null ? null : validateMobile(f.currentPhone)
  const currentDigits = current === null ? null : current.ok ? current.value : f.currentPhone
  if (currentDigits === checked.phone) {
    o.deny(finding('PHONE_UNCHANGED', `新号码${checked.phone}与${RECORD_NAMES[f.record]}现登记的号码相同，无需变更`, 'RULES.md change_phone'))
  }
  o.deny(phoneTaken(checked.phone, f.newPhoneTaken))
  o.deny(phoneNotLocal(checked.phone, f.newPhoneProvince, profile))
  return o.result()
}

export const changePhone = defineAction('change_phone', changePhoneFacts, rule)
