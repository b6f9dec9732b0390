import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  newEnergyLargePlateArb,
  newEnergySmallPlateArb,
  ordinaryPlateArb
} from './arbitraries.test-support'
import { PLATE_TYPES, validatePlate, validatePlateType } from './plate'

describe('validatePlate: accepted plates', () => {
  it.each([
    ['京A12345', '京A12345', '京', 'ordinary'],
    ['京a12345', '京A12345', '京', 'ordinary'],
    ['京A·12345', '京A12345', '京', 'ordinary'],
    [' 闽 D 1234Z ', '闽D1234Z', '闽', 'ordinary'],
    ['新AＢ１２３４', '新AB1234', '新', 'ordinary'],
    ['藏A12345', '藏A12345', '藏', 'ordinary'],
    ['沪AD12345', '沪AD12345', '沪', 'newEnergySmall'],
    ['粤BF12345', '粤BF12345', '粤', 'newEnergySmall'],
    ['粤BDF1234', '粤BDF1234', '粤', 'newEnergySmall'],
    ['粤B·D12345', '粤BD12345', '粤', 'newEnergySmall'],
    ['粤B12345D', '粤B12345D', '粤', 'newEnergyLarge'],
    ['川A12345F', '川A12345F', '川', 'newEnergyLarge'],
    ['鲁B1234挂', '鲁B1234挂', '鲁', 'trailer'],
    ['苏E1234学', '苏E1234学', '苏', 'coach'],
    ['京A0001警', '京A0001警', '京', 'police'],
    ['粤Z1234港', '粤Z1234港', '粤', 'ordinary'],
    ['粤Z·A123澳', '粤ZA123澳', '粤', 'ordinary']
  ])('%s → %s (%s, %s)', (input, plate, province, kind) => {
    expect(validatePlate(input)).toEqual({ ok: true, value: { plate, province, kind } })
  })
})

describe('validatePlate: refused plates say why', () => {
  it.each([
    ['', 'PLATE_EMPTY', '请输入号牌号码'],
    ['A12345', 'PLATE_PROVINCE', '号牌号码应以省份简称开头（如“京”“粤”），输入的第一个字符是“A”'],
    ['港A12345', 'PLATE_PROVINCE', '“港”不是省份简称，号牌号码应以省份简称开头（如“京”“粤”）'],
    ['京A1234', 'PLATE_FORMAT', '号牌号码应为7位（新能源号牌为8位），输入的是6位'],
    ['京A1234567', 'PLATE_FORMAT', '号牌号码应为7位（新能源号牌为8位），输入的是9位'],
    ['京O12345', 'PLATE_LETTER_IO', '号牌号码不使用字母I和O（易与数字1、0混淆），第2位是“O”，请核对'],
    ['京AI2345', 'PLATE_LETTER_IO', '号牌号码不使用字母I和O（易与数字1、0混淆），第3位是“I”，请核对'],
    ['京A1234O', 'PLATE_LETTER_IO', '号牌号码不使用字母I和O（易与数字1、0混淆），第7位是“O”，请核对'],
    ['粤BDO1234', 'PLATE_LETTER_IO', '号牌号码不使用字母I和O（易与数字1、0混淆），第4位是“O”，请核对'],
    ['京112345', 'PLATE_AUTHORITY', '省份简称后应为发牌机关代号（一个字母），输入的是“1”'],
    ['京A12#45', 'PLATE_FORMAT', '号牌号码第5位“#”无效：发牌机关代号后只能是字母（I、O除外）或数字，末位可以是挂、学、警、港、澳'],
    ['京A1234使', 'PLATE_FORMAT', '号牌号码第7位“使”无效：发牌机关代号后只能是字母（I、O除外）或数字，末位可以是挂、学、警、港、澳'],
    ['京A12学4挂', 'PLATE_FORMAT', '号牌号码第5位“学”无效：发牌机关代号后只能是字母（I、O除外）或数字，末位可以是挂、学、警、港、澳'],
    ['粤BA12345', 'PLATE_NEW_ENERGY', '8位号牌应为新能源号牌：小型车为粤B后接D或F、一位字母或数字、4位数字（如粤BD12345），大型车为粤B后接5位数字和D或F（如粤B12345D），输入的是粤BA12345'],
    ['粤B1234D5', 'PLATE_NEW_ENERGY', '8位号牌应为新能源号牌：小型车为粤B后接D或F、一位字母或数字、4位数字（如粤BD12345），大型车为粤B后接5位数字和D或F（如粤B12345D），输入的是粤B1234D5'],
    ['粤BDA123A', 'PLATE_NEW_ENERGY', '8位号牌应为新能源号牌：小型车为粤B后接D或F、一位字母或数字、4位数字（如粤BD12345），大型车为粤B后接5位数字和D或F（如粤B12345D），输入的是粤BDA123A'],
    ['京A1234港', 'PLATE_HK_MACAO', '带“港”字的港澳入出境车号牌应以粤Z开头，输入的是京A'],
    ['粤B1234澳', 'PLATE_HK_MACAO', '带“澳”字的港澳入出境车号牌应以粤Z开头，输入的是粤B']
  ])('%s → %s', (input, code, message) => {
    expect(validatePlate(input)).toEqual({ ok: false, code, message })
  })
})

describe('validatePlate: properties', () => {
  it.each([
    ['ordinary', ordinaryPlateArb],
    ['newEnergySmall', newEnergySmallPlateArb],
    ['newEnergyLarge', newEnergyLargePlateArb]
  ] as const)('accepts every generated %s plate', (kind, arb) => {
    fc.assert(
      fc.property(arb, (plate) => {
        expect(validatePlate(plate)).toEqual({
          ok: true,
          value: { plate, province: plate.charAt(0), kind }
        })
        expect(validatePlate(`${plate.slice(0, 2)}·${plate.slice(2).toLowerCase()}`)).toMatchObject({
          ok: true,
          value: { plate }
        })
      })
    )
  })

  it('refuses I or O anywhere after the province, naming the position', () => {
    fc.assert(
      fc.property(
        fc.oneof(ordinaryPlateArb, newEnergySmallPlateArb, newEnergyLargePlateArb),
        fc.constantFrom('I', 'O'),
        fc.nat(),
        (plate, letter, n) => {
          const position = 1 + (n % (plate.length - 1))
          const mutated = plate.slice(0, position) + letter + plate.slice(position + 1)
          expect(validatePlate(mutated)).toEqual({
            ok: false,
            code: 'PLATE_LETTER_IO',
            message: `号牌号码不使用字母I和O（易与数字1、0混淆），第${position + 1}位是“${letter}”，请核对`
          })
        }
      )
    )
  })
})

describe('validatePlateType', () => {
  it.each([
    ['01', '01', '大型汽车'],
    ['02', '02', '小型汽车'],
    ['2', '02', '小型汽车'],
    [' 16 ', '16', '教练汽车'],
    ['23', '23', '警用汽车'],
    ['51', '51', '大型新能源汽车'],
    ['52', '52', '小型新能源汽车'],
    ['99', '99', '其他']
  ])('%s → %s %s', (input, code, name) => {
    expect(validatePlateType(input)).toEqual({ ok: true, value: { code, name } })
  })

  it.each([
    ['', 'PLATE_TYPE_EMPTY', '请选择号牌种类'],
    ['18', 'PLATE_TYPE_UNKNOWN', '号牌种类代码“18”不存在，请从列表中选择'],
    ['53', 'PLATE_TYPE_UNKNOWN', '号牌种类代码“53”不存在，请从列表中选择'],
    ['小型汽车', 'PLATE_TYPE_UNKNOWN', '号牌种类代码“小型汽车”不存在，请从列表中选择']
  ])('%s → %s', (input, code, message) => {
    expect(validatePlateType(input)).toEqual({ ok: false, code, message })
  })

  it('holds 25 distinct two-digit codes', () => {
    const codes = PLATE_TYPES.map((t) => t.code)
    expect(new Set(codes).size).toBe(25)
    expect(codes.every((c) => /^\d{2}$/.test(c))).toBe(true)
  })
})
