import { describe, expect, it } from 'vitest'
import { checkReceiptNo } from './receipt-number'

describe('bank receipt numbers (缴款回执号)', () => {
  it('folds full-width characters, spaces and dashes, and stores letters upper-case', () => {
    expect(checkReceiptNo(' yh２０２６ 1207－000001 ')).toEqual({ ok: true, value: 'YH20261207-000001' })
  })

  it('names what is wrong, in Chinese', () => {
    expect(checkReceiptNo('  ')).toMatchObject({ ok: false, code: 'RECEIPT_NO_REQUIRED' })
    expect(checkReceiptNo('YH-1')).toMatchObject({ ok: false, code: 'RECEIPT_NO_LENGTH', message: '回执号应为6至32位，当前4位' })
    expect(checkReceiptNo('1'.repeat(33))).toMatchObject({ ok: false, code: 'RECEIPT_NO_LENGTH' })
    expect(checkReceiptNo('YH2026/0001')).toMatchObject({ ok: false, code: 'RECEIPT_NO_CHARS' })
    expect(checkReceiptNo('回执123456')).toMatchObject({ ok: false, code: 'RECEIPT_NO_CHARS' })
    expect(checkReceiptNo('ABCDEFGH')).toMatchObject({ ok: false, code: 'RECEIPT_NO_NO_DIGITS' })
  })

  it('accepts exactly what the payment.record command accepts', () => {
    const command = /^[0-9A-Za-z-]{6,32}$/
    for (const value of ['123456', 'A-1-B-2-C-3', 'X'.repeat(31) + '9']) {
      const checked = checkReceiptNo(value)
      expect(checked.ok).toBe(true)
      if (checked.ok) expect(command.test(checked.value)).toBe(true)
    }
  })
})
