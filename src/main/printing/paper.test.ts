import { describe, expect, it } from 'vitest'
import { centredLayout, DECISION_TYPE_AREA, pageRule } from './paper'

describe('type area on paper', () => {
  it('centres the 80 × 150 mm decision on A4 by its margins', () => {
    const layout = centredLayout('A4', DECISION_TYPE_AREA)
    expect(layout).toMatchObject({ marginTopMm: 73.5, marginLeftMm: 65 })
    expect(pageRule(layout)).toBe('@page{size:210mm 297mm;margin:73.5mm 65mm;}')
  })

  it('fits on A5 too, and refuses an area larger than the paper', () => {
    expect(centredLayout('A5', DECISION_TYPE_AREA)).toMatchObject({ marginTopMm: 30, marginLeftMm: 34 })
    expect(() => centredLayout('A5', { widthMm: 160, heightMm: 100 })).toThrow(RangeError)
  })
})
