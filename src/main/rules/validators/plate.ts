// Vehicle plate numbers (号牌号码), GA 36-2018 (FACTS §4):
//   ordinary      省 + 发牌机关字母 + 5 characters (letters except I/O, digits)      粤B12345
//   suffix forms  省 + 字母 + 4 characters + 挂 (trailer) / 学 (coach) / 警 (police)   京A1234学
//                 粤Z + 4 characters + 港 / 澳 (Hong Kong / Macao cross-border)      粤Z1234港
//   new energy    省 + 字母 + 6 characters: small D|F + letter/digit + 4 digits       粤BD12345
//                                            large 5 digits + D|F                     粤B12345D
// I and O never appear after the province because they read as 1 and 0.
// Not covered (refused as PLATE_PROVINCE): embassy 使, consulate 领, armed police WJ, military
// plates; they are not handled at a traffic-police service window.
import { findProvinceByPlateAbbr } from './regions'
import { invalid, valid, type Validation } from './result'
import { firstOffending, removeWhitespace, toHalfWidth } from './text'

export type PlateKind =
  | 'ordinary'
  | 'newEnergySmall'
  | 'newEnergyLarge'
  | 'trailer'
  | 'coach'
  | 'police'

export interface PlateInfo {
  /** Normalised: upper-case, no spaces or middle dot, e.g. "闽D12345". */
  plate: string
  /** Province plate abbreviation, e.g. "闽". */
  province: string
  kind: PlateKind
}

export type PlateErrorCode =
  | 'PLATE_EMPTY'
  | 'PLATE_FORMAT'
  | 'PLATE_PROVINCE'
  | 'PLATE_AUTHORITY'
  | 'PLATE_LETTER_IO'
  | 'PLATE_NEW_ENERGY'
  | 'PLATE_HK_MACAO'

/** Letters allowed anywhere after the province: A–Z without I and O. */
export const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const SERIAL_CHAR = /^[A-HJ-NP-Z0-9]$/

const SUFFIX_KINDS: Readonly<Record<string, PlateKind>> = {
  挂: 'trailer',
  学: 'coach',
  警: 'police',
  // Cross-border plates are ordinary in kind; their 粤Z prefix is checked below.
  港: 'ordinary',
  澳: 'ordinary'
}

/** Upper-cases and removes spaces and the middle dot printed on plates ("京A·12345"). */
export function normalisePlate(input: string): string {
  return removeWhitespace(toHalfWidth(input))
    .replace(/[·•・]/g, '')
    .toUpperCase()
}

export function validatePlate(input: string): Validation<PlateInfo, PlateErrorCode> {
  const plate = normalisePlate(input)
  const chars = Array.from(plate)
  const [first, authority] = chars
  if (first === undefined) return invalid('PLATE_EMPTY', '请输入号牌号码')

  const province = findProvinceByPlateAbbr(first)
  if (province === undefined) {
    return invalid(
      'PLATE_PROVINCE',
      /[A-Z0-9]/.test(first)
        ? `号牌号码应以省份简称开头（如“京”“粤”），输入的第一个字符是“${first}”`
        : `“${first}”不是省份简称，号牌号码应以省份简称开头（如“京”“粤”）`
    )
  }
  if (chars.length !== 7 && chars.length !== 8) {
    return invalid(
      'PLATE_FORMAT',
      `号牌号码应为7位（新能源号牌为8位），输入的是${chars.length}位`
    )
  }
  if (authority === 'I' || authority === 'O') {
    return invalid(
      'PLATE_LETTER_IO',
      `号牌号码不使用字母I和O（易与数字1、0混淆），第2位是“${authority}”，请核对`
    )
  }
  if (authority === undefined || !/^[A-Z]$/.test(authority)) {
    return invalid(
      'PLATE_AUTHORITY',
      `省份简称后应为发牌机关代号（一个字母），输入的是“${authority ?? ''}”`
    )
  }

  const rest = chars.slice(2)
  const ioIndex = rest.findIndex((c) => c === 'I' || c === 'O')
  if (ioIndex >= 0) {
    return invalid(
      'PLATE_LETTER_IO',
      `号牌号码不使用字母I和O（易与数字1、0混淆），第${ioIndex + 3}位是“${rest[ioIndex] ?? ''}”，请核对`
    )
  }

  const head = `${first}${authority}`
  const done = (kind: PlateKind) => valid({ plate, province: first, kind })

  if (chars.length === 8) {
    const serial = rest.join('')
    if (/^[DF][A-HJ-NP-Z0-9]\d{4}$/.test(serial)) return done('newEnergySmall')
    if (/^\d{5}[DF]$/.test(serial)) return done('newEnergyLarge')
    return invalid(
      'PLATE_NEW_ENERGY',
      `8位号牌应为新能源号牌：小型车为${head}后接D或F、一位字母或数字、4位数字（如${head}D12345），` +
        `大型车为${head}后接5位数字和D或F（如${head}12345D），输入的是${plate}`
    )
  }

  const last = rest[4] ?? ''
  const suffixKind = SUFFIX_KINDS[last]
  const serial = suffixKind === undefined ? rest : rest.slice(0, 4)
  const bad = firstOffending(serial.join(''), SERIAL_CHAR)
  if (bad !== undefined) {
    return invalid(
      'PLATE_FORMAT',
      `号牌号码第${bad.position + 2}位“${bad.char}”无效：发牌机关代号后只能是字母（I、O除外）或数字` +
        '，末位可以是挂、学、警、港、澳'
    )
  }
  if (suffixKind === undefined) return done('ordinary')
  if ((last === '港' || last === '澳') && head !== '粤Z') {
    return invalid(
      'PLATE_HK_MACAO',
      `带“${last}”字的港澳入出境车号牌应以粤Z开头，输入的是${head}`
    )
  }
  return done(suffixKind)
}

export interface PlateType {
  code: string
  name: string
}

// 号牌种类 (GA 24.7 code list, as in FACTS §4 and public code lists).
// [U] 51/52: FACTS §4 gives 51 大型新能源汽车, 52 小型新能源汽车, which we follow, but one source has
// them the other way round. Anything that maps plate kinds to these codes must keep that in mind.
export const PLATE_TYPES: readonly PlateType[] = [
  { code: '01', name: '大型汽车' },
  { code: '02', name: '小型汽车' },
  { code: '03', name: '使馆汽车' },
  { code: '04', name: '领馆汽车' },
  { code: '05', name: '境外汽车' },
  { code: '06', name: '外籍汽车' },
  { code: '07', name: '普通摩托车' },
  { code: '08', name: '轻便摩托车' },
  { code: '09', name: '使馆摩托车' },
  { code: '10', name: '领馆摩托车' },
  { code: '11', name: '境外摩托车' },
  { code: '12', name: '外籍摩托车' },
  { code: '13', name: '低速车' },
  { code: '14', name: '拖拉机' },
  { code: '15', name: '挂车' },
  { code: '16', name: '教练汽车' },
  { code: '17', name: '教练摩托车' },
  { code: '20', name: '临时入境汽车' },
  { code: '21', name: '临时入境摩托车' },
  { code: '22', name: '临时行驶车' },
  { code: '23', name: '警用汽车' },
  { code: '24', name: '警用摩托' },
  { code: '51', name: '大型新能源汽车' },
  { code: '52', name: '小型新能源汽车' },
  { code: '99', name: '其他' }
]

const plateTypeByCode = new Map(PLATE_TYPES.map((t) => [t.code, t]))

export function findPlateType(code: string): PlateType | undefined {
  return plateTypeByCode.get(code)
}

/** Validates a 号牌种类 code; "2" is read as "02" because spreadsheets drop the leading zero. */
export function validatePlateType(
  code: string
): Validation<PlateType, 'PLATE_TYPE_EMPTY' | 'PLATE_TYPE_UNKNOWN'> {
  const text = removeWhitespace(toHalfWidth(code))
  if (text === '') return invalid('PLATE_TYPE_EMPTY', '请选择号牌种类')
  const padded = /^\d$/.test(text) ? `0${text}` : text
  const found = plateTypeByCode.get(padded)
  if (found === undefined) {
    return invalid('PLATE_TYPE_UNKNOWN', `号牌种类代码“${text}”不存在，请从列表中选择`)
  }
  return valid(found)
}
