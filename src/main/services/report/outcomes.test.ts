import { describe, expect, it } from 'vitest'
import { disputeOutcome } from './outcomes'

const review = (decision: string | null, outcome: string | null, proposal: string | null = null) => disputeOutcome({ decision, outcome, proposal })

describe('dispute review outcomes', () => {
  it('an approved review counts as the proposal it carried out', () => {
    expect(review('approve', 'void')).toBe('disputesVoided')
    expect(review('approve', 'uphold')).toBe('disputesUpheld')
    expect(review('approve', 'correct_plate')).toBe('disputesPlateCorrected')
    expect(review('approve', 'transfer')).toBe('disputesTransferred')
  })

  it('a rejected or returned review counts as such, whatever proposal it refused', () => {
    expect(review('reject', 'void')).toBe('disputesRejected')
    expect(review('return', 'transfer')).toBe('disputesRejected')
  })

  it('reads an outcome given without a decision, in either tense, or as "approved" with the proposal', () => {
    expect(review(null, 'voided')).toBe('disputesVoided')
    expect(review(null, 'plate_corrected')).toBe('disputesPlateCorrected')
    expect(review(null, 'returned')).toBe('disputesRejected')
    expect(review(null, 'approved', 'uphold')).toBe('disputesUpheld')
  })

  it('names nothing for a detail without a known outcome', () => {
    expect(review(null, null, 'void')).toBeNull()
    expect(review('approve', null)).toBeNull()
    expect(review(null, 'approved')).toBeNull()
    expect(review('pending', 'void')).toBeNull()
  })
})
