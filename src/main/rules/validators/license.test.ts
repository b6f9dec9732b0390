import { describe, expect, it } from 'vitest'
import {
  LICENSE_CLASSES,
  parseLicenseClasses,
  parseLicenseStatus,
  validateLicenseFileNo
} from './license'

describe('validateLicenseFileNo', () => {
  it.each([
    ['350100123456', '350100123456'],
    [' 3501 0012 3456 ', '350100123456'],
    ['３５０１００１２３４５６', '350100123456']
  ])('%s → %s', (input, value) => {
    expect(validateLicenseFileNo(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'LICENSE_FILE_NO_EMPTY', '请输入驾驶证档案编号'],
    ['35010012345', 'LICENSE_FILE_NO_FORMAT', '驾驶证档案编号应为12位数字，输入的是11位'],
    ['3501001234567', 'LICENSE_FILE_NO_FORMAT', '驾驶证档案编号应为12位数字，输入的是13位'],
    ['35010012345A', 'LICENSE_FILE_NO_FORMAT', '驾驶证档案编号只能包含数字，第12位是“A”']
  ])('%s → %s', (input, code, message) => {
    expect(validateLicenseFileNo(input)).toEqual({ ok: false, code, message })
  })
})

describe('parseLicenseClasses', () => {
  const codes = (input: string) => {
    const result = parseLicenseClasses(input)
    return result.ok ? result.value.map((c) => c.code) : result.code
  }

  it.each([
    ['A2D', ['A2', 'D']],
    ['C1E', ['C1', 'E']],
    ['c1', ['C1']],
    ['B2 D', ['B2', 'D']],
    ['C1、E', ['C1', 'E']],
    ['C1C1', ['C1']],
    ['A1A2A3B1B2C1C2C3C4C5C6DEFMNP', LICENSE_CLASSES.map((c) => c.code)]
  ])('%s → %j', (input, expected) => {
    expect(codes(input)).toEqual(expected)
  })

  it('gives the Chinese name of each class', () => {
    expect(parseLicenseClasses('A2D')).toEqual({
      ok: true,
      value: [
        { code: 'A2', name: '重型牵引挂车' },
        { code: 'D', name: '普通三轮摩托车' }
      ]
    })
  })

  const valid = '有效车型为A1、A2、A3、B1、B2、C1至C6、D、E、F、M、N、P'
  it.each([
    ['', 'LICENSE_CLASS_EMPTY', '请输入准驾车型'],
    ['C7', 'LICENSE_CLASS_UNKNOWN', `准驾车型“C7”中“C7”不是准驾车型，${valid}`],
    ['B3', 'LICENSE_CLASS_UNKNOWN', `准驾车型“B3”中“B3”不是准驾车型，${valid}`],
    ['AD', 'LICENSE_CLASS_UNKNOWN', `准驾车型“AD”中“A”缺少数字（如A1、B2、C1），${valid}`],
    ['C1X', 'LICENSE_CLASS_UNKNOWN', `准驾车型“C1X”中“X”不是准驾车型，${valid}`]
  ])('%s → %s', (input, code, message) => {
    expect(parseLicenseClasses(input)).toEqual({ ok: false, code, message })
  })
})

describe('parseLicenseStatus', () => {
  it('reads every letter of a combined status', () => {
    expect(parseLicenseStatus('HM')).toEqual({
      ok: true,
      value: [
        { letter: 'H', name: '违法未处理' },
        { letter: 'M', name: '逾期未换证' }
      ]
    })
  })

  it.each([
    ['A', ['正常']],
    ['b', ['超分（记满12分）']],
    ['DU', ['暂扣', '扣留']],
    ['HH', ['违法未处理']],
    ['S T', ['逾期未审验', '延期审验']]
  ])('%s → %j', (input, names) => {
    const result = parseLicenseStatus(input)
    expect(result.ok && result.value.map((s) => s.name)).toEqual(names)
  })

  it.each([
    ['', 'LICENSE_STATUS_EMPTY', '驾驶证状态为空，请核对驾驶证信息'],
    ['O', 'LICENSE_STATUS_UNKNOWN', '驾驶证状态“O”中的“O”不是有效的状态代码，请核对驾驶证信息'],
    ['HQ', 'LICENSE_STATUS_UNKNOWN', '驾驶证状态“HQ”中的“Q”不是有效的状态代码，请核对驾驶证信息'],
    ['H1', 'LICENSE_STATUS_UNKNOWN', '驾驶证状态“H1”中的“1”不是有效的状态代码，请核对驾驶证信息']
  ])('%s → %s', (input, code, message) => {
    expect(parseLicenseStatus(input)).toEqual({ ok: false, code, message })
  })
})
