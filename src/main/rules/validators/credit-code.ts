// Unified social credit code (统一社会信用代码), GB 32100-2015, for unit accounts (FACTS §4):
//   position 1     registration authority (登记管理部门代码)
//   position 2     organisation type
//   positions 3–8  region code of the registering authority (digits)
//   positions 9–17 organisation code (GB 11714 body and its own check character)
//   position 18    check character over positions 1–17
// The alphabet has 31 characters: digits and capitals without I, O, S, V, Z.
// The inner GB 11714 check (position 17) is deliberately not verified: we have not confirmed how
// it applies to organisation codes containing letters (e.g. 91350100M000100Y43), and a false
// rejection at the window costs more than a miss that the registry lookup would catch anyway.
import { invalid, valid, type Validation } from './result'
import { firstOffending, removeWhitespace, toHalfWidth } from './text'

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

export interface CreditCodeInfo {
  creditCode: string
  /** Positions 3–8: region code of the registering authority (100000 for central bodies). */
  regionCode: string
}

export type CreditCodeErrorCode =
  | 'CREDIT_CODE_EMPTY'
  | 'CREDIT_CODE_FORMAT'
  | 'CREDIT_CODE_CHARSET'
  | 'CREDIT_CODE_CHECK_DIGIT'

const ALPHABET_CHAR = /^[0-9A-HJ-NP-RTUW-Y]$/

/** Check character for the first 17 characters. Throws on a wrong length or a foreign character. */
export function computeCreditCheckChar(first17: string): string {
  if (first17.length !== 17 || firstOffending(first17, ALPHABET_CHAR) !== undefined) {
    throw new RangeError(
      `computeCreditCheckChar needs 17 characters from ${CREDIT_CODE_ALPHABET}, got "${first17}"`
    )
  }
  let sum = 0
  WEIGHTS.forEach((weight, i) => {
    sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * weight
  })
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31)
}

/** Appends the check character (for test-data generators). */
export function makeCreditCode(first17: string): string {
  return first17 + computeCreditCheckChar(first17)
}

export function validateCreditCode(
  input: string
): Validation<CreditCodeInfo, CreditCodeErrorCode> {
  const text = removeWhitespace(toHalfWidth(input)).toUpperCase()
  if (text === '') return invalid('CREDIT_CODE_EMPTY', '请输入统一社会信用代码')
  const length = Array.from(text).length
  if (length !== 18) {
    return invalid('CREDIT_CODE_FORMAT', `统一社会信用代码应为18位，输入的是${length}位`)
  }
  const bad = firstOffending(text, ALPHABET_CHAR)
  if (bad !== undefined) {
    return invalid(
      'CREDIT_CODE_CHARSET',
      /[IOSVZ]/.test(bad.char)
        ? `统一社会信用代码不使用字母I、O、S、V、Z，第${bad.position}位是“${bad.char}”，请核对`
        : `统一社会信用代码只能包含数字和大写字母，第${bad.position}位是“${bad.char}”`
    )
  }
  const regionCode = text.slice(2, 8)
  if (!/^\d{6}$/.test(regionCode)) {
    return invalid(
      'CREDIT_CODE_FORMAT',
      `统一社会信用代码第3至8位应为行政区划代码（6位数字），输入的是“${regionCode}”`
    )
  }
  const expected = computeCreditCheckChar(text.slice(0, 17))
  const actual = text.slice(17)
  if (actual !== expected) {
    return invalid(
      'CREDIT_CODE_CHECK_DIGIT',
      `统一社会信用代码校验位应为${expected}，输入的是${actual}，请逐位核对`
    )
  }
  return valid({ creditCode: text, regionCode })
}
