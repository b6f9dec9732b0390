import { describe, expect, it } from 'vitest'
import { maskIdNumber, maskLicenseFileNo, maskPhone } from './masking'

describe('masking personal data', () => {
  it('hides the birth date and sequence of an ID number', () => {
    expect(maskIdNumber('44030519900101123X')).toBe('440***********123X')
    expect(maskIdNumber('44030519900101123X')).not.toContain('19900101')
  })
  it('keeps only the operator prefix and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone(null)).toBeNull()
    // Too short to keep anything visible without showing it all.
    expect(maskPhone('1234567')).toBe('*******')
  })
  it('masks license file numbers', () => {
    expect(maskLicenseFileNo('440300123456')).toBe('4403****3456')
  })
})
