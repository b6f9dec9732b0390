// Resident identity numbers (居民身份证号码), GB 11643-1999 (FACTS §4):
// 6-digit region code + birth date YYYYMMDD + 3-digit sequence (odd = male) + check character.
// Legacy 15-digit numbers (YYMMDD, no check) are accepted and upgraded to 18 characters.
import {
  parseCompactDate,
  requireToday,
  toChineseDate,
  toIsoDate,
  type Ymd
} from './calendar'
import { findProvince } from './regions'
import { invalid, valid, type Validation } from './result'
import { firstOffending, toHalfWidth } from './text'

export interface IdNumberInfo {
  /** Normalised 18-character number, check character upper-case. */
  idNumber: string
  regionCode: string
  provinceCode: string
  /** YYYY-MM-DD */
  birthDate: string
  gender: 'M' | 'F'
  /** The legacy 15-digit number as entered, when the value was upgraded from it. */
  upgradedFrom15?: string
}

export type IdNumberErrorCode =
  | 'ID_NUMBER_EMPTY'
  | 'ID_NUMBER_FORMAT'
  | 'ID_NUMBER_REGION'
  | 'ID_NUMBER_BIRTH_DATE'
  | 'ID_NUMBER_CHECK_DIGIT'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'
/** Earliest birth date accepted; older dates are almost surely typing errors in a live system. */
const EARLIEST_BIRTH: Ymd = { year: 1900, month: 1, day: 1 }

/** GB 11643-1999 check character for the first 17 digits. Throws on anything but 17 digits. */
export function computeIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`computeIdCheckChar needs exactly 17 digits, got "${first17}"`)
  }
  let sum = 0
  WEIGHTS.forEach((weight, i) => {
    sum += (first17.charCodeAt(i) - 48) * weight
  })
  return CHECK_CHARS.charAt(sum % 11)
}

/**
 * Builds a valid 18-character ID number (for test-data generators). Throws on malformed parts,
 * because a generator producing them is a bug, not user input.
 */
export function makeIdNumber(region6: string, birthYYYYMMDD: string, seq3: string): string {
  if (!/^\d{6}$/.test(region6)) throw new RangeError(`region must be 6 digits, got "${region6}"`)
  if (parseCompactDate(birthYYYYMMDD) === undefined) {
    throw new RangeError(`birth date must be a real YYYYMMDD date, got "${birthYYYYMMDD}"`)
  }
  if (!/^\d{3}$/.test(seq3)) throw new RangeError(`sequence must be 3 digits, got "${seq3}"`)
  const first17 = `${region6}${birthYYYYMMDD}${seq3}`
  return first17 + computeIdCheckChar(first17)
}

function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/**
 * Validates a resident ID number as typed by a clerk.
 * @param today the current date, YYYY-MM-DD, injected so the result does not depend on the host clock.
 */
export function validateIdNumber(
  input: string,
  today: string
): Validation<IdNumberInfo, IdNumberErrorCode> {
  const todayYmd = requireToday(today)
  const text = toHalfWidth(input).trim().toUpperCase()
  if (text === '') return invalid('ID_NUMBER_EMPTY', '请输入身份证号码')

  const chars = Array.from(text)
  const length = chars.length
  if (length !== 18 && length !== 15) {
    return invalid(
      'ID_NUMBER_FORMAT',
      `身份证号码应为18位（旧版为15位），输入的是${length}位`
    )
  }
  if (length === 18 && !/^\d{17}[\dX]$/.test(text)) {
    const bad = firstOffending(chars.slice(0, 17).join(''), /\d/)
    if (bad !== undefined && bad.char === 'X') {
      return invalid('ID_NUMBER_FORMAT', `身份证号码只有最后一位可以是X，第${bad.position}位是X`)
    }
    if (bad !== undefined) {
      return invalid(
        'ID_NUMBER_FORMAT',
        `身份证号码前17位应全部为数字，第${bad.position}位是“${bad.char}”`
      )
    }
    return invalid('ID_NUMBER_FORMAT', `身份证号码最后一位应为数字或X，输入的是“${chars[17] ?? ''}”`)
  }
  if (length === 15) {
    const bad = firstOffending(text, /\d/)
    if (bad !== undefined) {
      return invalid(
        'ID_NUMBER_FORMAT',
        `15位身份证号码应全部为数字，第${bad.position}位是“${bad.char}”`
      )
    }
  }

  const provinceCode = text.slice(0, 2)
  if (findProvince(provinceCode) === undefined) {
    return invalid(
      'ID_NUMBER_REGION',
      `身份证号码前两位“${provinceCode}”不是有效的省级行政区划代码，请核对号码`
    )
  }

  // Legacy numbers carry a two-digit year; all of them were issued to people born in the 1900s.
  const birthDigits = length === 18 ? text.slice(6, 14) : `19${text.slice(6, 12)}`
  const birth = parseCompactDate(birthDigits)
  if (birth === undefined) {
    return invalid(
      'ID_NUMBER_BIRTH_DATE',
      `身份证号码中的出生日期“${birthDigits}”不是有效日期，请核对第7至${length === 18 ? 14 : 12}位`
    )
  }
  if (compareYmd(birth, EARLIEST_BIRTH) < 0) {
    return invalid(
      'ID_NUMBER_BIRTH_DATE',
      `身份证号码中的出生日期${toChineseDate(birth)}早于1900年，请核对号码`
    )
  }
  if (compareYmd(birth, todayYmd) > 0) {
    return invalid(
      'ID_NUMBER_BIRTH_DATE',
      `身份证号码中的出生日期${toChineseDate(birth)}晚于今天（${toChineseDate(todayYmd)}），请核对号码`
    )
  }

  let idNumber: string
  if (length === 18) {
    const expected = computeIdCheckChar(text.slice(0, 17))
    const actual = text.slice(17)
    if (actual !== expected) {
      return invalid(
        'ID_NUMBER_CHECK_DIGIT',
        `身份证号码校验位应为${expected}，输入的是${actual}，请逐位核对号码`
      )
    }
    idNumber = text
  } else {
    const first17 = `${text.slice(0, 6)}${birthDigits}${text.slice(12, 15)}`
    idNumber = first17 + computeIdCheckChar(first17)
  }

  const info: IdNumberInfo = {
    idNumber,
    regionCode: idNumber.slice(0, 6),
    provinceCode,
    birthDate: toIsoDate(birth),
    gender: (idNumber.charCodeAt(16) - 48) % 2 === 1 ? 'M' : 'F'
  }
  if (length === 15) info.upgradedFrom15 = text
  return valid(info)
}
