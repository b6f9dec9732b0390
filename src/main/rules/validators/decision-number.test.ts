import { describe, expect, it } from 'vitest'
import { composeDecisionNumber, mod7CheckDigit, validateDecisionNumber } from './decision-number'

describe('validateDecisionNumber: format only (default)', () => {
  it.each([
    ['350102100000014', '350102'],
    ['3501021000000145', '350102'],
    [' 5001 0320 2400 0012 ', '500103'],
    ['８１００００１２３４５６７８９', '810000']
  ])('%s is accepted', (input, regionCode) => {
    const result = validateDecisionNumber(input)
    expect(result).toEqual({
      ok: true,
      value: { decisionNo: input.normalize('NFKC').replace(/\s/g, ''), regionCode }
    })
  })

  it.each([
    ['', 'DECISION_NO_EMPTY', '请输入决定书编号'],
    ['35010210000001', 'DECISION_NO_FORMAT', '决定书编号应为15或16位数字，输入的是14位'],
    ['35010210000001456', 'DECISION_NO_FORMAT', '决定书编号应为15或16位数字，输入的是17位'],
    ['350102-100000014', 'DECISION_NO_FORMAT', '决定书编号只能包含数字，第7位是“-”'],
    ['9901021000000145', 'DECISION_NO_REGION', '决定书编号前6位“990102”不是有效的行政区划代码，请核对编号']
  ])('%s → %s', (input, code, message) => {
    expect(validateDecisionNumber(input)).toEqual({ ok: false, code, message })
  })
})

describe('validateDecisionNumber: per-region check digit strategy', () => {
  it('mod7CheckDigit takes the serial after the region code modulo 7', () => {
    expect(mod7CheckDigit('1101010000007')).toBe('0')
    expect(mod7CheckDigit('1101010000013')).toBe('6')
    expect(mod7CheckDigit('350102100000014')).toBe(String(100000014 % 7))
  })

  it('mod7CheckDigit stays exact for serials beyond 2^53', () => {
    expect(mod7CheckDigit('110101' + '99999999999999999999')).toBe(
      String(BigInt('99999999999999999999') % 7n)
    )
  })

  it('mod7CheckDigit refuses a body without a serial', () => {
    expect(() => mod7CheckDigit('110101')).toThrow(RangeError)
  })

  it('accepts a number whose last digit matches the strategy', () => {
    const body = '350102100000014'
    const number = body + mod7CheckDigit(body)
    expect(validateDecisionNumber(number, { checkDigit: mod7CheckDigit })).toMatchObject({
      ok: true,
      value: { decisionNo: number }
    })
  })

  it('refuses a wrong check digit with the expected and the typed digit', () => {
    expect(validateDecisionNumber('3501021000000145', { checkDigit: mod7CheckDigit })).toEqual({
      ok: false,
      code: 'DECISION_NO_CHECK_DIGIT',
      message: `决定书编号校验位应为${100000014 % 7}，输入的是5，请逐位核对编号`
    })
  })

  it('passes every digit but the last to a custom strategy', () => {
    const seen: string[] = []
    const strategy = (body: string) => {
      seen.push(body)
      return '9'
    }
    expect(validateDecisionNumber('500103202400001', { checkDigit: strategy }).ok).toBe(false)
    expect(seen).toEqual(['50010320240000'])
  })
})

describe('composeDecisionNumber: the definitive number central assigns, per profile', () => {
  it('none: the region code and a 10-digit serial', () => {
    expect(composeDecisionNumber('440305', '12', 'none')).toBe('4403050000000012')
  })

  it('mod7: a 9-digit serial and its check digit, which validates under the same strategy', () => {
    const number = composeDecisionNumber('440305', '12', 'mod7')
    expect(number).toBe(`440305000000012${12 % 7}`)
    expect(validateDecisionNumber(number, { checkDigit: mod7CheckDigit }).ok).toBe(true)
  })

  it('refuses a serial wider than its field or a malformed region', () => {
    expect(() => composeDecisionNumber('440305', '1234567890', 'mod7')).toThrow(RangeError)
    expect(() => composeDecisionNumber('44030', '1', 'none')).toThrow(RangeError)
  })
})
