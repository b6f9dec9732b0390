import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CREDIT_CODE_ALPHABET,
  computeCreditCheckChar,
  makeCreditCode,
  validateCreditCode
} from './credit-code'

describe('validateCreditCode: published codes', () => {
  // Codes published by well-known companies (annual reports, business licences). Each one
  // passing is strong evidence for the algorithm: a random 18th character matches 1 time in 31.
  it.each([
    ['91350100M000100Y43', '350100'], // often cited as an example code
    ['914403001922038216', '440300'],
    ['91440300708461136T', '440300'],
    ['91110000710925462X', '110000'],
    ['91110108551385082Q', '110108'],
    ['91440300100012316L', '440300'],
    ['911100001000044477', '110000']
  ])('%s is valid', (code, regionCode) => {
    expect(validateCreditCode(code)).toEqual({ ok: true, value: { creditCode: code, regionCode } })
  })

  it('upper-cases and removes spaces', () => {
    expect(validateCreditCode(' 91350100m000100y43 ')).toEqual({
      ok: true,
      value: { creditCode: '91350100M000100Y43', regionCode: '350100' }
    })
  })
})

describe('validateCreditCode: refused codes say why', () => {
  it.each([
    ['', 'CREDIT_CODE_EMPTY', '请输入统一社会信用代码'],
    ['91350100M000100Y4', 'CREDIT_CODE_FORMAT', '统一社会信用代码应为18位，输入的是17位'],
    ['91350100M000100Y44', 'CREDIT_CODE_CHECK_DIGIT', '统一社会信用代码校验位应为3，输入的是4，请逐位核对'],
    ['91350100M000100YI3', 'CREDIT_CODE_CHARSET', '统一社会信用代码不使用字母I、O、S、V、Z，第17位是“I”，请核对'],
    ['9135010OM000100Y43', 'CREDIT_CODE_CHARSET', '统一社会信用代码不使用字母I、O、S、V、Z，第8位是“O”，请核对'],
    ['91350100M000100Y4*', 'CREDIT_CODE_CHARSET', '统一社会信用代码只能包含数字和大写字母，第18位是“*”'],
    [makeCreditCode('91A50100M000100Y4'), 'CREDIT_CODE_FORMAT', '统一社会信用代码第3至8位应为行政区划代码（6位数字），输入的是“A50100”']
  ])('%s → %s', (input, code, message) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, code, message })
  })
})

describe('makeCreditCode and computeCreditCheckChar', () => {
  it('refuses a body that is not 17 alphabet characters', () => {
    expect(() => computeCreditCheckChar('91350100M000100Y')).toThrow(RangeError)
    expect(() => makeCreditCode('91350100M000100YI')).toThrow(RangeError)
  })

  const bodyArb = fc
    .tuple(
      fc.array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 2, maxLength: 2 }),
      fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }),
      fc.array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 9, maxLength: 9 })
    )
    .map((parts) => parts.map((p) => p.join('')).join(''))

  it('every generated code validates', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const code = makeCreditCode(body)
        expect(validateCreditCode(code)).toEqual({
          ok: true,
          value: { creditCode: code, regionCode: body.slice(2, 8) }
        })
      })
    )
  })

  it('any single character changed to another alphabet character is caught', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (body, position, shift) => {
          const code = makeCreditCode(body)
          const index = CREDIT_CODE_ALPHABET.indexOf(code.charAt(position))
          const replacement = CREDIT_CODE_ALPHABET.charAt((index + shift) % 31)
          const mutated = code.slice(0, position) + replacement + code.slice(position + 1)
          const result = validateCreditCode(mutated)
          expect(result.ok).toBe(false)
          if (!result.ok) expect(['CREDIT_CODE_CHECK_DIGIT', 'CREDIT_CODE_FORMAT']).toContain(result.code)
        }
      )
    )
  })
})
