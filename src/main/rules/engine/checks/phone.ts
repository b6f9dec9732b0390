// Phone checks shared by register_account and change_phone.
import type { Profile } from '../../profiles/profile-schema'
import { profileProvince } from '../../profiles/profile-schema'
import { validateMobile } from '../../validators/phone'
import { finding } from '../action'
import { provinceName } from '../format'
import type { Finding } from '../types'

/** The normalised 11 digits, or PHONE_INVALID with the validator's reason (FACTS §4). */
export function checkPhone(input: string): { phone: string } | { denial: Finding } {
  const result = validateMobile(input)
  if (result.ok) return { phone: result.value }
  return { denial: finding('PHONE_INVALID', `手机号码“${input}”不能使用：${result.message}`, 'FACTS §4') }
}

/** PHONE_TAKEN: one phone number, one account (seed 002 Q1). */
export function phoneTaken(phone: string, taken: boolean): Finding | undefined {
  if (!taken) return undefined
  return finding(
    'PHONE_TAKEN',
    `手机号码${phone}已被其他账户使用，一个手机号码只能注册一个账户，请更换号码`,
    'seed 002 Q1'
  )
}

/**
 * PHONE_NOT_LOCAL: a local-only profile (fj) accepts phones whose home location (号码归属地) is
 * its province (seed 000 §05, tip 3). An unknown home location is refused too: the clerk cannot
 * show the number is local, and accepting it would let an out-of-province number through.
 */
export function phoneNotLocal(phone: string, homeProvince: string | null, profile: Profile): Finding | undefined {
  const local = profileProvince(profile)
  if (!profile.phone.localOnly || local === undefined || homeProvince === local) return undefined
  const where = homeProvince === null ? '归属地未知' : `归属地为${provinceName(homeProvince)}`
  return finding(
    'PHONE_NOT_LOCAL',
    `手机号码${phone}${where}，本地系统只支持${provinceName(local)}的手机号码`,
    'seed 000 §05, tip 3'
  )
}
