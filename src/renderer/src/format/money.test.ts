import { describe, expect, it } from 'vitest'
import { formatFen } from './money'

describe('formatFen', () => {
  it('formats fen as yuan with two decimals', () => {
    expect(formatFen(20000)).toBe('200.00 元')
    expect(formatFen(5)).toBe('0.05 元')
    expect(formatFen(0)).toBe('0.00 元')
    expect(formatFen(123456)).toBe('1,234.56 元')
  })
})
