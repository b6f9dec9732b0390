// Penalty decision numbers (处罚决定书编号), FACTS §1: 15–16 digits starting with the 6-digit
// region code of the issuing organ. A check digit exists, but its algorithm differs by region
// (one region uses the serial mod 7, another none) [V/U], so it is a strategy chosen by the
// policy profile; by default only the format and the region prefix are checked.
import { isProvinceCode } from './regions'
import { invalid, valid, type Validation } from './result'
import { firstOffending, removeWhitespace, toHalfWidth } from './text'

/** Given every digit but the last, returns the expected last digit. */
export type CheckDigitStrategy = (body: string) => string

export interface DecisionNumberInfo {
  decisionNo: string
  regionCode: string
}

export type DecisionNumberErrorCode =
  | 'DECISION_NO_EMPTY'
  | 'DECISION_NO_FORMAT'
  | 'DECISION_NO_REGION'
  | 'DECISION_NO_CHECK_DIGIT'

/**
 * [U] "Serial mod 7": the digits after the 6-digit region code (excluding the check digit) read as
 * a decimal number, modulo 7. This is our reading of one region's practice, not a published
 * standard; confirm against real documents of that region before enabling it in a profile.
 */
export const mod7CheckDigit: CheckDigitStrategy = (body) => {
  const serial = body.slice(6)
  if (!/^\d+$/.test(serial)) {
    throw new RangeError(`mod7CheckDigit needs digits after the region code, got "${body}"`)
  }
  // Digit by digit, so serials longer than 2^53 would still be exact.
  let remainder = 0
  for (const digit of serial) remainder = (remainder * 10 + Number(digit)) % 7
  return String(remainder)
}

export function validateDecisionNumber(
  input: string,
  options: { checkDigit?: CheckDigitStrategy } = {}
): Validation<DecisionNumberInfo, DecisionNumberErrorCode> {
  const text = removeWhitespace(toHalfWidth(input))
  if (text === '') return invalid('DECISION_NO_EMPTY', '请输入决定书编号')
  const bad = firstOffending(text, /\d/)
  if (bad !== undefined) {
    return invalid(
      'DECISION_NO_FORMAT',
      `决定书编号只能包含数字，第${bad.position}位是“${bad.char}”`
    )
  }
  if (text.length < 15 || text.length > 16) {
    return invalid('DECISION_NO_FORMAT', `决定书编号应为15或16位数字，输入的是${text.length}位`)
  }
  const regionCode = text.slice(0, 6)
  if (!isProvinceCode(regionCode.slice(0, 2))) {
    return invalid(
      'DECISION_NO_REGION',
      `决定书编号前6位“${regionCode}”不是有效的行政区划代码，请核对编号`
    )
  }
  if (options.checkDigit !== undefined) {
    const expected = options.checkDigit(text.slice(0, -1))
    const actual = text.slice(-1)
    if (actual !== expected) {
      return invalid(
        'DECISION_NO_CHECK_DIGIT',
        `决定书编号校验位应为${expected}，输入的是${actual}，请逐位核对编号`
      )
    }
  }
  return valid({ decisionNo: text, regionCode })
}

/** The check-digit algorithms a profile can name (profile-schema.ts `decisionNumber.checkDigit`). */
export type CheckDigitName = 'none' | 'mod7'

export function checkDigitStrategy(name: CheckDigitName): CheckDigitStrategy | undefined {
  return name === 'mod7' ? mod7CheckDigit : undefined
}

/**
 * A definitive 16-digit number: the issuing region's code, then the serial in 10 digits, or in 9
 * digits followed by the check digit when the profile names one.
 */
export function composeDecisionNumber(regionCode: string, serial: string, checkDigit: CheckDigitName): string {
  const strategy = checkDigitStrategy(checkDigit)
  const width = strategy === undefined ? 10 : 9
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError(`region code must be 6 digits, got "${regionCode}"`)
  if (!/^\d+$/.test(serial) || serial.length > width) throw new RangeError(`serial "${serial}" does not fit ${width} digits`)
  const body = `${regionCode}${serial.padStart(width, '0')}`
  return strategy === undefined ? body : body + strategy(body)
}
