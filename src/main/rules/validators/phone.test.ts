import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mobileArb } from './arbitraries.test-support'
import {
  MOBILE_PREFIX_RANGES,
  SATELLITE_PREFIXES,
  isAllocatedMobilePrefix,
  validateMobile
} from './phone'

describe('validateMobile: accepted numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['86-138-0013-8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['13481234567', '13481234567'], // 134 is public; only 1349 is satellite
    ['14512345678', '14512345678'], // 145 is the first public 14x range after the IoT block
    ['16212345678', '16212345678'], // 162 allocated, next to the 1619 satellite block
    ['16512345678', '16512345678'],
    ['16712345678', '16712345678'],
    ['17012345678', '17012345678'],
    ['17312345678', '17312345678'],
    ['17512345678', '17512345678'],
    ['17812345678', '17812345678'],
    ['19012345678', '19012345678'],
    ['19512345678', '19512345678'],
    ['19912345678', '19912345678']
  ])('%s → %s', (input, value) => {
    expect(validateMobile(input)).toEqual({ ok: true, value })
  })
})

describe('validateMobile: refused numbers say why', () => {
  it.each([
    ['', 'PHONE_EMPTY', '请输入手机号码'],
    [' - ', 'PHONE_EMPTY', '请输入手机号码'],
    ['1380013800', 'PHONE_FORMAT', '手机号码应为11位数字，输入的是10位'],
    ['138001380001', 'PHONE_FORMAT', '手机号码应为11位数字，输入的是12位'],
    ['138a0013800', 'PHONE_FORMAT', '手机号码只能包含数字，第4位是“a”'],
    ['23800138000', 'PHONE_FORMAT', '手机号码应以1开头，输入的号码以2开头'],
    ['+1 202 555 0123', 'PHONE_FORMAT', '只能登记中国大陆手机号码（+86），请核对号码'],
    ['+86 1380013800', 'PHONE_FORMAT', '手机号码应为11位数字，输入的是10位'],
    ['13491234567', 'PHONE_SATELLITE', '1349号段是卫星电话号码，不能作为手机号码登记，请提供本人的手机号码'],
    ['17401234567', 'PHONE_SATELLITE', '1740号段是卫星电话号码，不能作为手机号码登记，请提供本人的手机号码'],
    ['17411234567', 'PHONE_SATELLITE', '1741号段是卫星电话号码，不能作为手机号码登记，请提供本人的手机号码'],
    ['17491234567', 'PHONE_SATELLITE', '1749号段是卫星电话号码，不能作为手机号码登记，请提供本人的手机号码'],
    ['16191234567', 'PHONE_SATELLITE', '1619号段是卫星电话号码，不能作为手机号码登记，请提供本人的手机号码'],
    ['14012345678', 'PHONE_IOT', '140号段是物联网专用号段，不是手机号码，请提供本人的手机号码'],
    ['14412345678', 'PHONE_IOT', '144号段是物联网专用号段，不是手机号码，请提供本人的手机号码'],
    ['1440123456789', 'PHONE_IOT', '144号段是13位物联网专用号码，不是手机号码，请提供本人的手机号码'],
    ['16112345678', 'PHONE_RANGE', '161号段不是已分配的手机号段，请核对号码'],
    ['16312345678', 'PHONE_RANGE', '163号段不是已分配的手机号段，请核对号码'],
    ['16812345678', 'PHONE_RANGE', '168号段不是已分配的手机号段，请核对号码'],
    ['17421234567', 'PHONE_RANGE', '174号段不是已分配的手机号段，请核对号码'],
    ['17912345678', 'PHONE_RANGE', '179号段不是已分配的手机号段，请核对号码'],
    ['15412345678', 'PHONE_RANGE', '154号段不是已分配的手机号段，请核对号码'],
    ['19412345678', 'PHONE_RANGE', '194号段不是已分配的手机号段，请核对号码'],
    ['12012345678', 'PHONE_RANGE', '120号段不是已分配的手机号段，请核对号码'],
    ['11012345678', 'PHONE_RANGE', '110号段不是已分配的手机号段，请核对号码']
  ])('%s → %s', (input, code, message) => {
    expect(validateMobile(input)).toEqual({ ok: false, code, message })
  })
})

describe('validateMobile: properties', () => {
  it('accepts every generated number in an allocated, non-satellite range', () => {
    fc.assert(
      fc.property(mobileArb, (phone) => {
        expect(validateMobile(phone)).toEqual({ ok: true, value: phone })
        expect(validateMobile(`+86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`)).toEqual({
          ok: true,
          value: phone
        })
      })
    )
  })

  it('agrees with the range table for every 11-digit number starting with 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 199 }), fc.integer({ min: 0, max: 99_999_999 }), (prefix, rest) => {
        const phone = `${prefix}${String(rest).padStart(8, '0')}`
        const result = validateMobile(phone)
        const satellite = SATELLITE_PREFIXES.some((p) => phone.startsWith(p))
        const iot = prefix >= 140 && prefix <= 144
        expect(result.ok).toBe(isAllocatedMobilePrefix(prefix) && !satellite)
        if (!result.ok) {
          const expected = satellite ? 'PHONE_SATELLITE' : iot ? 'PHONE_IOT' : 'PHONE_RANGE'
          expect(result.code).toBe(expected)
        }
      })
    )
  })

  it('exports exactly the FACTS §4 ranges for generators', () => {
    const prefixes = MOBILE_PREFIX_RANGES.flatMap((r) =>
      Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i)
    )
    expect(prefixes).toEqual([
      130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 146, 147, 148, 149, 150, 151, 152, 153,
      155, 156, 157, 158, 159, 162, 165, 166, 167, 170, 171, 172, 173, 175, 176, 177, 178, 180, 181,
      182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 195, 196, 197, 198, 199
    ])
  })
})
