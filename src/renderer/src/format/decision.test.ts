import { describe, expect, it } from 'vitest'
import { isProvisionalDecisionNo } from './decision'

describe('isProvisionalDecisionNo', () => {
  it('tells the workstation’s provisional numbers from central’s', () => {
    expect(isProvisionalDecisionNo('临-8DB3-000001')).toBe(true)
    expect(isProvisionalDecisionNo('临-8DB3-000001-R')).toBe(true)
    expect(isProvisionalDecisionNo('440305000000001')).toBe(false)
    expect(isProvisionalDecisionNo(null)).toBe(false)
  })
})
