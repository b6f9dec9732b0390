import { describe, expect, it } from 'vitest'
import type { Verdict } from '../../../shared/contract'
import { ruleSources, verdictColor, verdictState } from './verdict'

const words = { article: '来源文章', facts: '事实', tip: '，提示' }

const verdict = (over: Partial<Verdict>): Verdict => ({
  allowed: true,
  available: true,
  denials: [],
  warnings: [],
  consequences: [],
  unavailableReason: null,
  ...over
})

const finding = (code: string, confirm?: boolean) => ({ code, message: code, source: 'FACTS §3', ...(confirm ? { confirm } : {}) })

describe('verdictState', () => {
  it('tells allowed, allowed-with-confirmation, refused and unknown apart', () => {
    expect(verdictState(verdict({}))).toBe('allowed')
    expect(verdictState(verdict({ warnings: [finding('OFFLINE_PROVISIONAL')] }))).toBe('allowed')
    expect(verdictState(verdict({ warnings: [finding('WILL_REACH_12', true)] }))).toBe('confirm')
    expect(verdictState(verdict({ allowed: false, denials: [finding('FINE_OVER_LIMIT')] }))).toBe('denied')
    expect(verdictState(verdict({ allowed: false, available: false, unavailableReason: { code: 'FACTS_NOT_HELD', message: '…' } }))).toBe('unavailable')
  })
})

describe('verdictColor', () => {
  it('keeps red for refusals someone can act on and greys out "already processed"', () => {
    expect(verdictColor(verdict({ allowed: false, denials: [finding('FINE_OVER_LIMIT')] }))).toBe('error')
    expect(verdictColor(verdict({ allowed: false, denials: [finding('ALREADY_PROCESSED')] }))).toBe('default')
    expect(verdictColor(verdict({ allowed: false, denials: [finding('ALREADY_PROCESSED'), finding('NOT_CAMERA_RECORDED')] }))).toBe('default')
    expect(verdictColor(verdict({ allowed: false, denials: [finding('VIOLATION_VOIDED')] }))).toBe('default')
    expect(verdictColor(verdict({ allowed: false, denials: [finding('VIOLATION_DISPUTED')] }))).toBe('error')
    expect(verdictColor(verdict({ warnings: [finding('WILL_REACH_12', true)] }))).toBe('warning')
    expect(verdictColor(verdict({}))).toBe('success')
  })
})

describe('ruleSources', () => {
  it('writes the engine source codes in words', () => {
    expect(ruleSources('seed 001 §四.3', words)).toEqual(['来源文章001 §四.3'])
    expect(ruleSources('seed 000 tip 4', words)).toEqual(['来源文章000，提示4'])
    expect(ruleSources('FACTS §2', words)).toEqual(['事实§2'])
    expect(ruleSources('seed 000 §07, tip 1; seed 001 §四.3; seed 002; FACTS §3', words)).toEqual([
      '来源文章000 §07，提示1',
      '来源文章001 §四.3',
      '来源文章002',
      '事实§3'
    ])
  })

  it('keeps what it does not recognise as written', () => {
    expect(ruleSources('local policy', words)).toEqual(['local policy'])
    expect(ruleSources(' ; ', words)).toEqual([])
  })
})
