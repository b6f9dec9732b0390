// The words of a phone change: the history line, and the text messages central's gateway sends.
// Numbers are masked everywhere here: the history list and a text message need no full number.
import { maskPhone } from '../../shared/masking'
import { maskedOldPhones, type TargetOnRecord } from './phone-change-rules'

export interface PhoneChangeWordingInput {
  targets: readonly TargetOnRecord[]
  newPhone: string
  newPhoneVerified: boolean
  /** Zoned ISO time of the change. */
  at: string
  /** Organ / window where it was done. */
  place: string
}

/** 2026-11-21T14:30:05.123+08:00 → 2026年11月21日14:30 (the time as the window's clock read it). */
export function chineseMinute(at: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(at)
  if (m === null) return at
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日${m[4]}:${m[5]}`
}

export function phoneChangeWording(input: PhoneChangeWordingInput) {
  const records = input.targets.map((t) => t.label).join('、')
  const newMasked = maskPhone(input.newPhone) ?? ''
  const when = chineseMinute(input.at)
  return {
    /** One line for the person's history: "联系电话变更：驾驶证档案、12123互联网账户 138****0001 → 139****0002". */
    summary: `联系电话变更：${records} ${maskedOldPhones(input.targets)} → ${newMasked}${input.newPhoneVerified ? '' : '（新号码未经短信验证）'}`,
    toOldNumber:
      `【公安交管】您在${input.place}办理的联系电话变更已生效：${records}的联系电话于${when}变更为${newMasked}，本号码不再接收相关通知。` +
      '如非本人办理，请立即携带身份证明到公安交管业务窗口处理。',
    toUnverifiedNewNumber:
      `【公安交管】${when}，本号码在${input.place}被登记为${records}的联系电话（办理时未能短信验证）。` +
      '如非本人办理或号码有误，请携带身份证明到公安交管业务窗口更正。'
  }
}
