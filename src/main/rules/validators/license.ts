// Driving licence data (FACTS §3, §4): file number, permitted classes (准驾车型) and status letters.
import { invalid, valid, type Validation } from './result'
import { firstOffending, removeWhitespace, toHalfWidth } from './text'

// ---- 驾驶证档案编号 -------------------------------------------------------------------------

export function validateLicenseFileNo(
  input: string
): Validation<string, 'LICENSE_FILE_NO_EMPTY' | 'LICENSE_FILE_NO_FORMAT'> {
  const text = removeWhitespace(toHalfWidth(input))
  if (text === '') return invalid('LICENSE_FILE_NO_EMPTY', '请输入驾驶证档案编号')
  const bad = firstOffending(text, /\d/)
  if (bad !== undefined) {
    return invalid(
      'LICENSE_FILE_NO_FORMAT',
      `驾驶证档案编号只能包含数字，第${bad.position}位是“${bad.char}”`
    )
  }
  if (text.length !== 12) {
    return invalid(
      'LICENSE_FILE_NO_FORMAT',
      `驾驶证档案编号应为12位数字，输入的是${text.length}位`
    )
  }
  return valid(text)
}

// ---- 准驾车型 -------------------------------------------------------------------------------

export type LicenseClassCode =
  | 'A1' | 'A2' | 'A3' | 'B1' | 'B2'
  | 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6'
  | 'D' | 'E' | 'F' | 'M' | 'N' | 'P'

export interface LicenseClass {
  code: LicenseClassCode
  name: string
}

export const LICENSE_CLASSES: readonly LicenseClass[] = [
  { code: 'A1', name: '大型客车' },
  { code: 'A2', name: '重型牵引挂车' },
  { code: 'A3', name: '城市公交车' },
  { code: 'B1', name: '中型客车' },
  { code: 'B2', name: '大型货车' },
  { code: 'C1', name: '小型汽车' },
  { code: 'C2', name: '小型自动挡汽车' },
  { code: 'C3', name: '低速载货汽车' },
  { code: 'C4', name: '三轮汽车' },
  { code: 'C5', name: '残疾人专用小型自动挡载客汽车' },
  { code: 'C6', name: '轻型牵引挂车' },
  { code: 'D', name: '普通三轮摩托车' },
  { code: 'E', name: '普通二轮摩托车' },
  { code: 'F', name: '轻便摩托车' },
  { code: 'M', name: '轮式自行机械车' },
  { code: 'N', name: '无轨电车' },
  { code: 'P', name: '有轨电车' }
]

const classByCode = new Map<string, LicenseClass>(LICENSE_CLASSES.map((c) => [c.code, c]))

export function findLicenseClass(code: string): LicenseClass | undefined {
  return classByCode.get(code)
}

export type LicenseClassErrorCode = 'LICENSE_CLASS_EMPTY' | 'LICENSE_CLASS_UNKNOWN'

/**
 * Splits a combined class string as printed on a licence ("A2D", "C1E", "B2 D") into classes,
 * in the order written, without duplicates. A, B and C always take a digit; the other letters
 * stand alone, which makes the split unambiguous.
 */
export function parseLicenseClasses(
  input: string
): Validation<LicenseClass[], LicenseClassErrorCode> {
  const text = removeWhitespace(toHalfWidth(input)).replace(/[,、/;]/g, '').toUpperCase()
  if (text === '') return invalid('LICENSE_CLASS_EMPTY', '请输入准驾车型')

  const classes: LicenseClass[] = []
  let i = 0
  while (i < text.length) {
    const letter = text.charAt(i)
    const token = /[ABC]/.test(letter) && /\d/.test(text.charAt(i + 1)) ? text.slice(i, i + 2) : letter
    const found = classByCode.get(token)
    if (found === undefined) {
      const hint = /^[ABC]$/.test(token) ? `“${token}”缺少数字（如A1、B2、C1）` : `“${token}”不是准驾车型`
      return invalid(
        'LICENSE_CLASS_UNKNOWN',
        `准驾车型“${text}”中${hint}，有效车型为A1、A2、A3、B1、B2、C1至C6、D、E、F、M、N、P`
      )
    }
    if (!classes.includes(found)) classes.push(found)
    i += token.length
  }
  return valid(classes)
}

// ---- 驾驶证状态 -----------------------------------------------------------------------------

export type LicenseStatusLetter =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J'
  | 'K' | 'L' | 'M' | 'N' | 'P' | 'R' | 'S' | 'T' | 'U'

export interface LicenseStatus {
  letter: LicenseStatusLetter
  name: string
}

// FACTS §3 [V]. There is no O or Q.
export const LICENSE_STATUSES: readonly LicenseStatus[] = [
  { letter: 'A', name: '正常' },
  { letter: 'B', name: '超分（记满12分）' },
  { letter: 'C', name: '转出' },
  { letter: 'D', name: '暂扣' },
  { letter: 'E', name: '撤销' },
  { letter: 'F', name: '吊销' },
  { letter: 'G', name: '注销' },
  { letter: 'H', name: '违法未处理' },
  { letter: 'I', name: '事故未处理' },
  { letter: 'J', name: '停止使用' },
  { letter: 'K', name: '扣押' },
  { letter: 'L', name: '锁定' },
  { letter: 'M', name: '逾期未换证' },
  { letter: 'N', name: '延期换证' },
  { letter: 'P', name: '延期体检' },
  { letter: 'R', name: '注销可恢复' },
  { letter: 'S', name: '逾期未审验' },
  { letter: 'T', name: '延期审验' },
  { letter: 'U', name: '扣留' }
]

const statusByLetter = new Map<string, LicenseStatus>(LICENSE_STATUSES.map((s) => [s.letter, s]))

export function findLicenseStatus(letter: string): LicenseStatus | undefined {
  return statusByLetter.get(letter)
}

/**
 * Reads a status string that may hold several letters ("HM" = 违法未处理 + 逾期未换证).
 * An unknown letter is an error rather than being skipped: a status we cannot read could be a
 * blocking one, and silently dropping it would let a rule answer "allowed" wrongly.
 */
export function parseLicenseStatus(
  input: string
): Validation<LicenseStatus[], 'LICENSE_STATUS_EMPTY' | 'LICENSE_STATUS_UNKNOWN'> {
  const text = removeWhitespace(toHalfWidth(input)).toUpperCase()
  if (text === '') return invalid('LICENSE_STATUS_EMPTY', '驾驶证状态为空，请核对驾驶证信息')
  const statuses: LicenseStatus[] = []
  for (const letter of text) {
    const found = statusByLetter.get(letter)
    if (found === undefined) {
      return invalid(
        'LICENSE_STATUS_UNKNOWN',
        `驾驶证状态“${text}”中的“${letter}”不是有效的状态代码，请核对驾驶证信息`
      )
    }
    if (!statuses.includes(found)) statuses.push(found)
  }
  return valid(statuses)
}
