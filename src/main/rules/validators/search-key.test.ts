import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TODAY, idArb, mobileArb, newEnergySmallPlateArb, ordinaryPlateArb } from './arbitraries.test-support'
import { mod7CheckDigit } from './decision-number'
import { classifySearchKey } from './search-key'

const WHAT_TO_TYPE = '请输入身份证号码、号牌号码、手机号码、决定书编号或驾驶证档案编号'

describe('classifySearchKey: recognised keys', () => {
  it.each([
    ['11010519491231002x', 'idNumber', '11010519491231002X'],
    [' 1101 0519 4912 3100 2X ', 'idNumber', '11010519491231002X'],
    ['京a·12345', 'plate', '京A12345'],
    ['粤B D12345', 'plate', '粤BD12345'],
    ['苏E1234学', 'plate', '苏E1234学'],
    ['138 0013 8000', 'phone', '13800138000'],
    ['+86 138-0013-8000', 'phone', '13800138000'],
    ['8613800138000', 'phone', '13800138000'],
    ['3501021000000145', 'decisionNo', '3501021000000145'],
    ['350100123456', 'licenseFileNo', '350100123456']
  ])('%s → %s %s', (input, kind, value) => {
    expect(classifySearchKey(input, TODAY)).toEqual({ ok: true, value: { kind, value } })
  })

  it('reads a 15-digit key that is a valid legacy ID as the ID and offers the decision reading too', () => {
    expect(classifySearchKey('110105491231002', TODAY)).toEqual({
      ok: true,
      value: {
        kind: 'idNumber',
        value: '11010519491231002X',
        alsoMatches: { kind: 'decisionNo', value: '110105491231002' }
      }
    })
  })

  it('reads a 15-digit key without a valid birth date as a decision number', () => {
    expect(classifySearchKey('350102100000014', TODAY)).toEqual({
      ok: true,
      value: { kind: 'decisionNo', value: '350102100000014' }
    })
  })
})

describe('classifySearchKey: a key that looks like one kind gets that kind’s precise error', () => {
  it.each([
    ['110105194912310025', 'ID_NUMBER_CHECK_DIGIT', '身份证号码校验位应为X，输入的是5，请逐位核对号码'],
    ['11010519491231002', 'ID_NUMBER_FORMAT', '身份证号码应为18位（旧版为15位），输入的是17位'],
    ['110105203001010021', 'ID_NUMBER_BIRTH_DATE', '身份证号码中的出生日期2030年01月01日晚于今天（2025年06月01日），请核对号码'],
    ['京AI2345', 'PLATE_LETTER_IO', '号牌号码不使用字母I和O（易与数字1、0混淆），第3位是“I”，请核对'],
    ['B12345', 'PLATE_PROVINCE', '号牌号码应以省份简称开头（如“京”“粤”），输入的第一个字符是“B”'],
    ['港A12345', 'PLATE_PROVINCE', '“港”不是省份简称，号牌号码应以省份简称开头（如“京”“粤”）'],
    ['13491234567', 'PHONE_SATELLITE', '1349号段是卫星电话号码，不能作为手机号码登记，请提供本人的手机号码'],
    ['16191234567', 'PHONE_SATELLITE', '1619号段是卫星电话号码，不能作为手机号码登记，请提供本人的手机号码'],
    ['14012345678', 'PHONE_IOT', '140号段是物联网专用号段，不是手机号码，请提供本人的手机号码'],
    ['1400123456789', 'PHONE_IOT', '140号段是13位物联网专用号码，不是手机号码，请提供本人的手机号码'],
    ['17912345678', 'PHONE_RANGE', '179号段不是已分配的手机号段，请核对号码'],
    ['+1 202 555 0123', 'PHONE_FORMAT', '只能登记中国大陆手机号码（+86），请核对号码'],
    ['9901021000000145', 'DECISION_NO_REGION', '决定书编号前6位“990102”不是有效的行政区划代码，请核对编号'],
    ['990102100000014', 'DECISION_NO_REGION', '决定书编号前6位“990102”不是有效的行政区划代码，请核对编号']
  ])('%s → %s', (input, code, message) => {
    expect(classifySearchKey(input, TODAY)).toEqual({ ok: false, code, message })
  })

  it('applies the profile’s decision-number check digit when given', () => {
    expect(classifySearchKey('3501021000000145', TODAY, { decisionCheckDigit: mod7CheckDigit })).toEqual({
      ok: false,
      code: 'DECISION_NO_CHECK_DIGIT',
      message: `决定书编号校验位应为${100000014 % 7}，输入的是5，请逐位核对编号`
    })
  })
})

describe('classifySearchKey: unrecognised and oversized input', () => {
  it.each([
    ['张三', `无法识别输入的内容：${WHAT_TO_TYPE}`],
    ['hello world', `无法识别输入的内容：${WHAT_TO_TYPE}`],
    ['1234', `无法识别输入的4位数字：${WHAT_TO_TYPE}`],
    ['1234567890123', `无法识别输入的13位数字：${WHAT_TO_TYPE}`],
    ['1'.repeat(64), `无法识别输入的64位数字：${WHAT_TO_TYPE}`]
  ])('%s → SEARCH_KEY_UNRECOGNISED', (input, message) => {
    expect(classifySearchKey(input, TODAY)).toEqual({ ok: false, code: 'SEARCH_KEY_UNRECOGNISED', message })
  })

  it('refuses more than 64 characters before looking at them', () => {
    expect(classifySearchKey('1'.repeat(65), TODAY)).toEqual({
      ok: false,
      code: 'SEARCH_KEY_TOO_LONG',
      message: '输入内容过长（65个字符），查询内容不能超过64个字符'
    })
  })

  it('throws on a malformed injected today whatever the key (a caller bug)', () => {
    expect(() => classifySearchKey('13800138000', '2025/06/01')).toThrow(RangeError)
  })

  it('asks for input when the box is empty', () => {
    expect(classifySearchKey('  ', TODAY)).toEqual({ ok: false, code: 'SEARCH_KEY_EMPTY', message: WHAT_TO_TYPE })
  })
})

describe('classifySearchKey: properties', () => {
  it('classifies every generated ID, phone and plate as that kind', () => {
    fc.assert(
      fc.property(idArb, ({ id }) => {
        expect(classifySearchKey(id.toLowerCase(), TODAY)).toEqual({ ok: true, value: { kind: 'idNumber', value: id } })
      })
    )
    fc.assert(
      fc.property(mobileArb, (phone) => {
        expect(classifySearchKey(phone, TODAY)).toEqual({ ok: true, value: { kind: 'phone', value: phone } })
      })
    )
    fc.assert(
      fc.property(fc.oneof(ordinaryPlateArb, newEnergySmallPlateArb), (plate) => {
        expect(classifySearchKey(plate, TODAY)).toEqual({ ok: true, value: { kind: 'plate', value: plate } })
      })
    )
  })

  it('never throws on arbitrary text and always answers with a code and a Chinese message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const result = classifySearchKey(text, TODAY)
        if (!result.ok) {
          expect(result.code).toMatch(/^[A-Z0-9_]+$/)
          expect(result.message).toMatch(/\p{Script=Han}/u)
        }
      })
    )
  })
})
