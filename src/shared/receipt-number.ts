// 缴款回执号: the bank's receipt number for a fine paid at the window, typed by the clerk from the
// bank's slip. No published rule fixes its format nationally [U]: banks print 6–32 letters and
// digits, sometimes grouped with hyphens; that is what the payment.record command accepts, and this
// is the one check both the window (as typed) and main (before saving) apply. Clerks type with
// Chinese IMEs, so full-width characters and spaces are folded first; letters are stored upper-case
// so the same receipt cannot be entered twice in two spellings.

export const RECEIPT_NO_MIN = 6
export const RECEIPT_NO_MAX = 32

export type ReceiptNoCheck =
  | { ok: true; value: string }
  | { ok: false; code: 'RECEIPT_NO_REQUIRED' | 'RECEIPT_NO_CHARS' | 'RECEIPT_NO_LENGTH' | 'RECEIPT_NO_NO_DIGITS'; message: string }

export function normaliseReceiptNo(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').replace(/[‐‑‒–—－]/g, '-').toUpperCase()
}

export function checkReceiptNo(input: string): ReceiptNoCheck {
  const value = normaliseReceiptNo(input)
  if (value === '') return { ok: false, code: 'RECEIPT_NO_REQUIRED', message: '请输入银行缴款回执号' }
  if (!/^[0-9A-Z-]+$/.test(value)) return { ok: false, code: 'RECEIPT_NO_CHARS', message: '回执号只能包含字母、数字和连字符“-”' }
  if (value.length < RECEIPT_NO_MIN || value.length > RECEIPT_NO_MAX) {
    return { ok: false, code: 'RECEIPT_NO_LENGTH', message: `回执号应为${RECEIPT_NO_MIN}至${RECEIPT_NO_MAX}位，当前${value.length}位` }
  }
  // A receipt number is a bank serial: a string without a single digit is a typing slip (a name, a word).
  if (!/\d/.test(value)) return { ok: false, code: 'RECEIPT_NO_NO_DIGITS', message: '回执号中没有数字，请核对银行回执' }
  return { ok: true, value }
}
