// Mainland mobile numbers (FACTS §4, MIIT allocation 2023): 11 digits in an allocated public
// range. Satellite (卫星) and IoT (物联网) ranges are refused with their own codes because the
// clerk must tell the citizen *why* that number cannot be a contact phone, not just "invalid".
import { invalid, valid, type Validation } from './result'
import { firstOffending, removeWhitespace, toHalfWidth } from './text'

export type PhoneErrorCode =
  | 'PHONE_EMPTY'
  | 'PHONE_FORMAT'
  | 'PHONE_SATELLITE'
  | 'PHONE_IOT'
  | 'PHONE_RANGE'

/** An inclusive range of 3-digit prefixes, e.g. 130–139. */
export interface PrefixRange {
  readonly from: number
  readonly to: number
}

/** Allocated public mobile prefixes. 1349 (inside 130–139) is satellite and refused separately. */
export const MOBILE_PREFIX_RANGES: readonly PrefixRange[] = [
  { from: 130, to: 139 },
  { from: 145, to: 149 },
  { from: 150, to: 153 },
  { from: 155, to: 159 },
  { from: 162, to: 162 },
  { from: 165, to: 167 },
  { from: 170, to: 173 },
  { from: 175, to: 178 },
  { from: 180, to: 189 },
  { from: 190, to: 193 },
  { from: 195, to: 199 }
]

/** 4-digit satellite-phone prefixes (FACTS §4); they sit inside or next to mobile ranges. */
export const SATELLITE_PREFIXES: readonly string[] = ['1349', '1740', '1741', '1749', '1619']

/** 140–144 carry 13-digit IoT numbers (machine SIMs), never a person's phone. */
export const IOT_PREFIX_RANGE: PrefixRange = { from: 140, to: 144 }

export function isAllocatedMobilePrefix(prefix3: number): boolean {
  return MOBILE_PREFIX_RANGES.some((range) => prefix3 >= range.from && prefix3 <= range.to)
}

export function isSatelliteNumber(digits: string): boolean {
  return SATELLITE_PREFIXES.some((prefix) => digits.startsWith(prefix))
}

function isIotPrefix(prefix3: number): boolean {
  return prefix3 >= IOT_PREFIX_RANGE.from && prefix3 <= IOT_PREFIX_RANGE.to
}

/**
 * Validates a mobile number; returns the bare 11 digits. Spaces, dashes and a +86 / 86 country
 * prefix are removed first, since clerks copy numbers in all of those shapes.
 */
export function validateMobile(input: string): Validation<string, PhoneErrorCode> {
  let text = removeWhitespace(toHalfWidth(input)).replace(/-/g, '')
  if (text === '') return invalid('PHONE_EMPTY', '请输入手机号码')

  if (text.startsWith('+86')) {
    text = text.slice(3)
  } else if (text.startsWith('+')) {
    return invalid('PHONE_FORMAT', '只能登记中国大陆手机号码（+86），请核对号码')
  } else if (/^861\d{10}$/.test(text)) {
    // Without the "+", "86" is only read as the country code when 11 phone digits follow it,
    // so a mistyped 13-digit number is not silently shortened.
    text = text.slice(2)
  }

  const bad = firstOffending(text, /\d/)
  if (bad !== undefined) {
    return invalid('PHONE_FORMAT', `手机号码只能包含数字，第${bad.position}位是“${bad.char}”`)
  }

  const prefix3 = Number(text.slice(0, 3))
  if (text.length === 13 && isIotPrefix(prefix3)) {
    return invalid(
      'PHONE_IOT',
      `${text.slice(0, 3)}号段是13位物联网专用号码，不是手机号码，请提供本人的手机号码`
    )
  }
  if (text.length !== 11) {
    return invalid('PHONE_FORMAT', `手机号码应为11位数字，输入的是${text.length}位`)
  }
  if (!text.startsWith('1')) {
    return invalid('PHONE_FORMAT', `手机号码应以1开头，输入的号码以${text.charAt(0)}开头`)
  }
  if (isSatelliteNumber(text)) {
    return invalid(
      'PHONE_SATELLITE',
      `${text.slice(0, 4)}号段是卫星电话号码，不能作为手机号码登记，请提供本人的手机号码`
    )
  }
  if (isIotPrefix(prefix3)) {
    return invalid(
      'PHONE_IOT',
      `${text.slice(0, 3)}号段是物联网专用号段，不是手机号码，请提供本人的手机号码`
    )
  }
  if (!isAllocatedMobilePrefix(prefix3)) {
    return invalid('PHONE_RANGE', `${text.slice(0, 3)}号段不是已分配的手机号段，请核对号码`)
  }
  return valid(text)
}
