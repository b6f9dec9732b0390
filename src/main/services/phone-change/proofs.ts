// SMS proofs of a phone change, checked against what this workstation saw central verify. The
// command carries them so central checks them again against its own gateway records.
import { DomainError } from '../../../shared/contract/result'
import { maskPhone } from '../../../shared/masking'
import type { SmsProof } from '../../commands/clerk'
import { digitsOf } from '../../commands/phone-change-rules'
import type { CentralLink } from '../central-link'

/** The old number a verified phone_old challenge was for, or null when it is not (yet) verified. */
export function verifiedOldNumber(central: CentralLink, challengeId: string | null): string | null {
  if (challengeId === null) return null
  const seen = central.verifiedChallenge(challengeId)
  return seen !== null && seen.purpose === 'phone_old' ? seen.phone : null
}

/** Identity by a code read back from one of the chosen records' current numbers. */
export function oldNumberProof(central: CentralLink, challengeId: string, currentPhones: readonly (string | null)[]): SmsProof {
  const phone = verifiedOldNumber(central, challengeId)
  if (phone === null) throw new DomainError('SMS_NOT_VERIFIED', '原手机号码的短信验证码尚未验证或已过期，请重新发送', 'identity')
  const onRecord = currentPhones.some((p) => p !== null && digitsOf(p) === digitsOf(phone))
  if (!onRecord) {
    throw new DomainError('IDENTITY_NOT_VERIFIED', `验证码发送的号码${maskPhone(phone)}不是所选档案登记的号码，须查验身份证明原件`, 'identity')
  }
  return { challengeId, phone, purpose: 'phone_old' }
}

/** The new number, verified by a code read back from it. */
export function newNumberProof(central: CentralLink, challengeId: string, newPhone: string): SmsProof {
  const seen = central.verifiedChallenge(challengeId)
  if (seen === null || seen.purpose !== 'phone_new') {
    throw new DomainError('SMS_NOT_VERIFIED', '新号码的短信验证码尚未验证或已过期，请重新发送', 'newPhone')
  }
  if (seen.phone !== newPhone) {
    throw new DomainError('SMS_NOT_VERIFIED', `验证码是发给${maskPhone(seen.phone)}的，与填写的新号码不一致，请向新号码重新发送`, 'newPhone')
  }
  return { challengeId, phone: newPhone, purpose: 'phone_new' }
}
