// The clerk's single search box: decide what kind of key was typed and normalise it.
// When the input clearly has the shape of one kind (18 characters ending in a digit or X, a
// province abbreviation first, 11 digits …) but fails that kind's check, the precise error of
// that validator is returned, so the clerk reads "校验位应为X" rather than "无法识别".
import { requireToday } from './calendar'
import {
  type CheckDigitStrategy,
  type DecisionNumberErrorCode,
  validateDecisionNumber
} from './decision-number'
import { type IdNumberErrorCode, validateIdNumber } from './id-number'
import { validateLicenseFileNo } from './license'
import { type PhoneErrorCode, validateMobile } from './phone'
import { type PlateErrorCode, validatePlate } from './plate'
import { findProvinceByPlateAbbr } from './regions'
import { invalid, valid, type Validation } from './result'
import { removeWhitespace, toHalfWidth } from './text'

export type SearchKeyKind = 'idNumber' | 'plate' | 'phone' | 'decisionNo' | 'licenseFileNo'

export interface SearchKey {
  kind: SearchKeyKind
  value: string
}

export interface ClassifiedSearchKey extends SearchKey {
  /**
   * A 15-digit key can be both a legacy ID number and a decision number; when it passes both
   * checks the ID reading comes first and the other reading is given here so the search can
   * look for both.
   */
  alsoMatches?: SearchKey
}

export type SearchKeyErrorCode =
  | 'SEARCH_KEY_EMPTY'
  | 'SEARCH_KEY_TOO_LONG'
  | 'SEARCH_KEY_UNRECOGNISED'
  | IdNumberErrorCode
  | PlateErrorCode
  | PhoneErrorCode
  | DecisionNumberErrorCode
  | 'LICENSE_FILE_NO_EMPTY'
  | 'LICENSE_FILE_NO_FORMAT'

export const MAX_SEARCH_KEY_LENGTH = 64

const WHAT_TO_TYPE = '请输入身份证号码、号牌号码、手机号码、决定书编号或驾驶证档案编号'

export interface SearchKeyOptions {
  /** The profile's decision-number check, if it has one. */
  decisionCheckDigit?: CheckDigitStrategy
}

type Result = Validation<ClassifiedSearchKey, SearchKeyErrorCode>

function asKind(kind: SearchKeyKind, result: Validation<string, SearchKeyErrorCode>): Result {
  return result.ok ? valid({ kind, value: result.value }) : result
}

export function classifySearchKey(
  input: string,
  today: string,
  options: SearchKeyOptions = {}
): Result {
  // A malformed injected date is a caller bug: fail on every call, not only on ID-shaped input.
  requireToday(today)
  // Checked on the raw input, before any work, so a pasted page of text costs nothing.
  if (input.length > MAX_SEARCH_KEY_LENGTH) {
    return invalid(
      'SEARCH_KEY_TOO_LONG',
      `输入内容过长（${input.length}个字符），查询内容不能超过${MAX_SEARCH_KEY_LENGTH}个字符`
    )
  }
  const key = removeWhitespace(toHalfWidth(input))
    .replace(/[-·•・]/g, '')
    .toUpperCase()
  if (key === '') return invalid('SEARCH_KEY_EMPTY', WHAT_TO_TYPE)

  const decision = (text: string) =>
    validateDecisionNumber(
      text,
      options.decisionCheckDigit === undefined ? {} : { checkDigit: options.decisionCheckDigit }
    )
  const idNumber = (text: string): Result => {
    const id = validateIdNumber(text, today)
    return id.ok ? valid({ kind: 'idNumber', value: id.value.idNumber }) : id
  }
  const plate = (text: string): Result => {
    const result = validatePlate(text)
    return result.ok ? valid({ kind: 'plate', value: result.value.plate }) : result
  }

  const chars = Array.from(key)
  const [first = '', second = ''] = chars
  // A plate: a province abbreviation first, or any Han character followed by the authority
  // letter (a wrong abbreviation, e.g. a typo) — but not a person's name such as 张三.
  const hanThenLetter = /\p{Script=Han}/u.test(first) && /[A-Z0-9]/.test(second)
  if (findProvinceByPlateAbbr(first) !== undefined || hanThenLetter) return plate(key)
  // A plate typed without its province abbreviation: "B12345", "BD12345".
  if (/^[A-Z][A-Z0-9]{5,6}$/.test(key) && /\d/.test(key)) return plate(key)
  if (key.startsWith('+')) return asKind('phone', validateMobile(key))

  if (/^\d{17}[\dX]$/.test(key)) return idNumber(key)
  // One character short of an ID number: say so ("应为18位，输入的是17位") instead of "unrecognised".
  if (/^\d{16}[\dX]$/.test(key)) return idNumber(key)
  if (/^\d{15}$/.test(key)) {
    const id = idNumber(key)
    const dec = decision(key)
    if (id.ok) {
      return dec.ok
        ? valid({ ...id.value, alsoMatches: { kind: 'decisionNo', value: dec.value.decisionNo } })
        : id
    }
    return dec.ok ? valid({ kind: 'decisionNo', value: dec.value.decisionNo }) : dec
  }
  if (/^\d{16}$/.test(key)) {
    const dec = decision(key)
    return dec.ok ? valid({ kind: 'decisionNo', value: dec.value.decisionNo }) : dec
  }
  if (/^\d{11}$/.test(key) || /^861\d{10}$/.test(key) || /^14[0-4]\d{10}$/.test(key)) {
    return asKind('phone', validateMobile(key))
  }
  if (/^\d{12}$/.test(key)) return asKind('licenseFileNo', validateLicenseFileNo(key))

  return invalid(
    'SEARCH_KEY_UNRECOGNISED',
    /^\d+$/.test(key)
      ? `无法识别输入的${key.length}位数字：${WHAT_TO_TYPE}`
      : `无法识别输入的内容：${WHAT_TO_TYPE}`
  )
}
