import { describe, expect, it } from 'vitest'
import { isResultEnvelope } from './envelope'

describe('isResultEnvelope', () => {
  it('accepts both arms of a Result', () => {
    expect(isResultEnvelope({ ok: true, value: null })).toBe(true)
    expect(isResultEnvelope({ ok: false, error: { code: 'X', message: '错误' } })).toBe(true)
    expect(isResultEnvelope({ ok: false, error: { code: 'X', message: '错误', field: 'policeNo' } })).toBe(true)
  })

  it('refuses anything else', () => {
    expect(isResultEnvelope(null)).toBe(false)
    expect(isResultEnvelope('<html>502 Bad Gateway</html>')).toBe(false)
    expect(isResultEnvelope({ ok: true })).toBe(false)
    expect(isResultEnvelope({ ok: false, error: { code: 1, message: 'x' } })).toBe(false)
    expect(isResultEnvelope({ ok: 'yes', value: 1 })).toBe(false)
  })
})
