import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TODAY, idArb } from './arbitraries.test-support'
import { computeIdCheckChar, makeIdNumber, validateIdNumber } from './id-number'

/** An 18-character number with a correct check character, whatever the other fields say. */
const withCheck = (first17: string) => first17 + computeIdCheckChar(first17)

describe('validateIdNumber: accepted numbers', () => {
  it.each([
    // GB 11643-1999's own example (female, check character X).
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'F'],
    ['11010519491231002x', '11010519491231002X', '1949-12-31', 'F'],
    ['  11010519491231002X\t', '11010519491231002X', '1949-12-31', 'F'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X', '1949-12-31', 'F'],
    [makeIdNumber('350502', '19800101', '123'), makeIdNumber('350502', '19800101', '123'), '1980-01-01', 'M'],
    [withCheck('11010120000229002'), withCheck('11010120000229002'), '2000-02-29', 'F'],
    [withCheck('44030520240229011'), withCheck('44030520240229011'), '2024-02-29', 'M'],
    [withCheck('50010319000101001'), withCheck('50010319000101001'), '1900-01-01', 'M'],
    [withCheck('81000020250601002'), withCheck('81000020250601002'), '2025-06-01', 'F']
  ])('%s → %s, born %s, %s', (input, idNumber, birthDate, gender) => {
    const result = validateIdNumber(input, TODAY)
    expect(result).toEqual({
      ok: true,
      value: {
        idNumber,
        regionCode: idNumber.slice(0, 6),
        provinceCode: idNumber.slice(0, 2),
        birthDate,
        gender
      }
    })
  })

  it('upgrades a legacy 15-digit number to the 18-character number with its check character', () => {
    expect(validateIdNumber('110105491231002', TODAY)).toEqual({
      ok: true,
      value: {
        idNumber: '11010519491231002X',
        regionCode: '110105',
        provinceCode: '11',
        birthDate: '1949-12-31',
        gender: 'F',
        upgradedFrom15: '110105491231002'
      }
    })
  })

  it('reads the birth year of a legacy number as 19YY and the gender from its last digit', () => {
    expect(validateIdNumber('350502800101013', TODAY)).toEqual({
      ok: true,
      value: {
        idNumber: withCheck('35050219800101013'),
        regionCode: '350502',
        provinceCode: '35',
        birthDate: '1980-01-01',
        gender: 'M',
        upgradedFrom15: '350502800101013'
      }
    })
  })
})

describe('validateIdNumber: refused numbers name the problem', () => {
  it.each([
    ['', 'ID_NUMBER_EMPTY', '请输入身份证号码'],
    ['   ', 'ID_NUMBER_EMPTY', '请输入身份证号码'],
    ['11010519491231002', 'ID_NUMBER_FORMAT', '身份证号码应为18位（旧版为15位），输入的是17位'],
    ['1101051949123100211', 'ID_NUMBER_FORMAT', '身份证号码应为18位（旧版为15位），输入的是19位'],
    ['1101051949X231002X', 'ID_NUMBER_FORMAT', '身份证号码只有最后一位可以是X，第11位是X'],
    ['11010519491231A02X', 'ID_NUMBER_FORMAT', '身份证号码前17位应全部为数字，第15位是“A”'],
    ['11010519491231002Y', 'ID_NUMBER_FORMAT', '身份证号码最后一位应为数字或X，输入的是“Y”'],
    ['1101054912310A2', 'ID_NUMBER_FORMAT', '15位身份证号码应全部为数字，第14位是“A”'],
    [withCheck('99010519491231002'), 'ID_NUMBER_REGION', '身份证号码前两位“99”不是有效的省级行政区划代码，请核对号码'],
    [withCheck('00010519491231002'), 'ID_NUMBER_REGION', '身份证号码前两位“00”不是有效的省级行政区划代码，请核对号码'],
    [withCheck('83000019900101002'), 'ID_NUMBER_REGION', '身份证号码前两位“83”不是有效的省级行政区划代码，请核对号码'],
    [withCheck('11010520230229002'), 'ID_NUMBER_BIRTH_DATE', '身份证号码中的出生日期“20230229”不是有效日期，请核对第7至14位'],
    [withCheck('11010519000229002'), 'ID_NUMBER_BIRTH_DATE', '身份证号码中的出生日期“19000229”不是有效日期，请核对第7至14位'],
    [withCheck('11010519491301002'), 'ID_NUMBER_BIRTH_DATE', '身份证号码中的出生日期“19491301”不是有效日期，请核对第7至14位'],
    [withCheck('11010519490431002'), 'ID_NUMBER_BIRTH_DATE', '身份证号码中的出生日期“19490431”不是有效日期，请核对第7至14位'],
    ['350502000229013', 'ID_NUMBER_BIRTH_DATE', '身份证号码中的出生日期“19000229”不是有效日期，请核对第7至12位'],
    // A published example with a correct check character but born in 1880.
    ['440524188001010014', 'ID_NUMBER_BIRTH_DATE', '身份证号码中的出生日期1880年01月01日早于1900年，请核对号码'],
    [withCheck('11010518991231002'), 'ID_NUMBER_BIRTH_DATE', '身份证号码中的出生日期1899年12月31日早于1900年，请核对号码'],
    [withCheck('11010520250602002'), 'ID_NUMBER_BIRTH_DATE', '身份证号码中的出生日期2025年06月02日晚于今天（2025年06月01日），请核对号码'],
    ['110105194912310025', 'ID_NUMBER_CHECK_DIGIT', '身份证号码校验位应为X，输入的是5，请逐位核对号码'],
    ['11010519491231003X', 'ID_NUMBER_CHECK_DIGIT', '身份证号码校验位应为8，输入的是X，请逐位核对号码']
  ])('%s → %s', (input, code, message) => {
    expect(validateIdNumber(input, TODAY)).toEqual({ ok: false, code, message })
  })

  it('checks the birth date against the injected today, not the host clock', () => {
    const born = withCheck('11010520300101002')
    expect(validateIdNumber(born, '2029-12-31')).toMatchObject({ ok: false, code: 'ID_NUMBER_BIRTH_DATE' })
    expect(validateIdNumber(born, '2030-01-01')).toMatchObject({ ok: true })
  })

  it('throws when the injected today is not a real date (a caller bug, not a clerk typo)', () => {
    expect(() => validateIdNumber('11010519491231002X', '2025-02-30')).toThrow(RangeError)
    expect(() => validateIdNumber('11010519491231002X', '20250601')).toThrow(RangeError)
  })
})

describe('computeIdCheckChar and makeIdNumber', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['11010119900307001', '1']
  ])('check character of %s is %s', (first17, check) => {
    expect(computeIdCheckChar(first17)).toBe(check)
  })

  it('refuses malformed parts instead of producing an invalid number', () => {
    expect(() => computeIdCheckChar('1101051949123100')).toThrow(RangeError)
    expect(() => computeIdCheckChar('1101051949123100X')).toThrow(RangeError)
    expect(() => makeIdNumber('11010', '19491231', '002')).toThrow(RangeError)
    expect(() => makeIdNumber('110105', '20230229', '002')).toThrow(RangeError)
    expect(() => makeIdNumber('110105', '19491231', '2')).toThrow(RangeError)
  })
})

describe('validateIdNumber: properties', () => {
  it('accepts every number made by makeIdNumber from a real region and a past date', () => {
    fc.assert(
      fc.property(idArb, ({ region, birth, seq, id }) => {
        const result = validateIdNumber(id, TODAY)
        expect(result).toEqual({
          ok: true,
          value: {
            idNumber: id,
            regionCode: region,
            provinceCode: region.slice(0, 2),
            birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
            gender: Number(seq) % 2 === 1 ? 'M' : 'F'
          }
        })
      })
    )
  })

  it('catches any single character changed to another digit', () => {
    fc.assert(
      fc.property(
        idArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 9 }),
        ({ id }, position, shift) => {
          const original = id.charAt(position)
          const replacement =
            original === 'X' ? String(shift) : String((Number(original) + shift) % 10)
          const mutated = id.slice(0, position) + replacement + id.slice(position + 1)
          const result = validateIdNumber(mutated, TODAY)
          expect(result.ok).toBe(false)
          if (!result.ok) {
            expect(['ID_NUMBER_REGION', 'ID_NUMBER_BIRTH_DATE', 'ID_NUMBER_CHECK_DIGIT']).toContain(
              result.code
            )
          }
        }
      )
    )
  })

  it('catches two neighbouring digits swapped in the first 17 (a common typing error)', () => {
    fc.assert(
      fc.property(idArb, fc.integer({ min: 0, max: 15 }), ({ id }, i) => {
        fc.pre(id.charAt(i) !== id.charAt(i + 1))
        const swapped = id.slice(0, i) + id.charAt(i + 1) + id.charAt(i) + id.slice(i + 2)
        expect(validateIdNumber(swapped, TODAY).ok).toBe(false)
      })
    )
  })
})
