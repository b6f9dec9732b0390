// The values that must be unique at 5M rows come from injective maps of the row index; these tests
// check the maps directly, without a database, over 200k indices (and exhaustively where small).
import { describe, expect, it } from 'vitest'
import { validateIdNumber } from '../rules/validators/id-number'
import { validateMobile } from '../rules/validators/phone'
import { validatePlate } from '../rules/validators/plate'
import { validateCreditCode } from '../rules/validators/credit-code'
import { AffinePermutation, DecimalFeistel, Wheel } from './bijections'
import { SeedModel } from './model'
import { People } from './people'
import { PlateMaker } from './plates'
import { unitRow } from './units'
import { Vehicles } from './vehicles'
import { TEST_NOW, TEST_TODAY } from './seed.test-support'

const N = 200_000

function expectUnique(values: Iterable<string | number>, label: string): void {
  const seen = new Set<string | number>()
  for (const v of values) {
    if (seen.has(v)) throw new Error(`${label}: duplicate ${v}`)
    seen.add(v)
  }
}

describe('bijections', () => {
  it('AffinePermutation permutes [0, n) exactly, for awkward sizes too', () => {
    for (const size of [1, 2, 10, 97, 1000, 4096, 99_991]) {
      const p = new AffinePermutation(size, 12345)
      const hits = new Uint8Array(size)
      for (let x = 0; x < size; x++) hits[p.apply(x)] = 1
      expect(hits.every((h) => h === 1), `size ${size}`).toBe(true)
    }
    // Sizes whose square exceeds 2^53 stay exact (multiplier bounded).
    const big = new AffinePermutation(1_000_000_000, 7)
    expectUnique(Array.from({ length: N }, (_, x) => big.apply(x)), 'affine 1e9')
  })

  it('DecimalFeistel permutes 10^k exactly, and cycle-walks within a smaller limit', () => {
    const f4 = new DecimalFeistel(4, 99)
    const hits = new Uint8Array(10_000)
    for (let x = 0; x < 10_000; x++) hits[f4.apply(x)] = 1
    expect(hits.every((h) => h === 1)).toBe(true)
    const walked = new Set<number>()
    for (let x = 0; x < 9_000; x++) walked.add(f4.applyWithin(x, 9_000))
    expect(walked.size).toBe(9_000)
    expect(Math.max(...walked)).toBeLessThan(9_000)
    const f10 = new DecimalFeistel(10, 3)
    expectUnique(Array.from({ length: N }, (_, x) => f10.applyWithin(x, 1_000_000_000)), 'feistel 10 → 9 digits')
  })

  it('Wheel ordinals number each category 0, 1, 2 … without gaps, with weighted shares', () => {
    const weights = [5, 1, 3, 0, 7]
    const wheel = new Wheel(weights, 42)
    const grouped = wheel.grouped([0, 0, 1, 1, 2])
    const next = [0, 0, 0, 0, 0]
    const nextGroup = [0, 0, 0]
    const wrong: number[] = []
    for (let i = 0; i < 16 * 1000; i++) {
      const c = wheel.category(i)
      if (wheel.ordinal(i) !== next[c]) wrong.push(i)
      next[c] = (next[c] as number) + 1
      const g = grouped.group(i)
      if (grouped.ordinal(i) !== nextGroup[g]) wrong.push(i)
      nextGroup[g] = (nextGroup[g] as number) + 1
    }
    expect(wrong).toEqual([])
    expect(next).toEqual(weights.map((w) => w * 1000))
  })
})

describe('identity values over 200k people', () => {
  const model = new SeedModel({ seed: 1, people: N, now: TEST_NOW })
  const people = new People(model)

  it('ID numbers are unique and valid, with the region, birth date and gender they encode', () => {
    const ids: string[] = []
    for (let i = 0; i < N; i++) {
      const p = people.get(i)
      ids.push(p.idNumber)
      if (i % 97 === 0) {
        const v = validateIdNumber(p.idNumber, TEST_TODAY)
        expect(v.ok && v.value.gender === p.gender && v.value.regionCode === p.district.region.code, p.idNumber).toBe(true)
      }
    }
    expectUnique(ids, 'ID number')
  })

  it('phones are unique, in allocated public ranges, never satellite (1349…)', () => {
    const phones: string[] = []
    for (let i = 0; i < N; i++) phones.push(people.phones.of(i))
    expectUnique(phones, 'phone')
    expect(phones.filter((phone) => phone.startsWith('1349') || !/^1\d{10}$/.test(phone))).toEqual([])
    for (let i = 0; i < N; i += 101) expect(validateMobile(phones[i] as string).ok).toBe(true)
  })

  it('licence file numbers are unique, 12 digits, led by the city code', () => {
    const fileNos: string[] = []
    for (let i = 0; i < N; i++) {
      const p = people.get(i)
      const fileNo = people.fileNo(p)
      if (!fileNo.startsWith(p.district.city.key)) throw new Error(`${fileNo} not in city ${p.district.city.key}`)
      fileNos.push(fileNo)
    }
    expectUnique(fileNos, 'file number')
    expect(fileNos.every((f) => /^\d{12}$/.test(f))).toBe(true)
  })

  it('plates are unique over every vehicle slot of 200k people, and valid', () => {
    const vehicles = new Vehicles(model, people)
    const plates: string[] = []
    for (let i = 0; i < N; i++) {
      const p = people.get(i)
      // Every slot, even those the person does not use, so the whole (i, j) map is covered.
      for (let j = 0; j < 3; j++) plates.push(vehicles.get(p, j).plate)
    }
    expectUnique(plates, 'plate')
    for (let k = 0; k < plates.length; k += 53) expect(validatePlate(plates[k] as string).ok, plates[k]).toBe(true)
  })

  it('unit credit codes are unique and valid', () => {
    const codes: string[] = []
    for (let i = 0; i < N; i++) if (people.isManager(i)) codes.push(unitRow(model, people, people.get(i)).creditCode)
    expect(codes.length).toBeGreaterThan(N / 50)
    expectUnique(codes, 'credit code')
    for (const c of codes) expect(validateCreditCode(c).ok, c).toBe(true)
  })

  it('a unit manager sits at the same wheel position (same district) and never after the person', () => {
    const wrong: number[] = []
    for (let i = 0; i < N; i += 7) {
      const m = people.managerFor(i)
      if (m < 0) continue
      if (m > i || !people.isManager(m) || people.get(m).district !== people.get(i).district) wrong.push(i)
    }
    expect(wrong).toEqual([])
  })
})

describe('plate spaces', () => {
  it('refuse an ordinal beyond their capacity instead of repeating a plate', () => {
    const maker = new PlateMaker(1)
    const cap = maker.capacity('newEnergyLarge')
    expect(maker.homePlate('粤', 'B', 'newEnergyLarge', cap - 1, 3)).toMatch(/^粤B\d{5}[DF]$/)
    expect(maker.homePlate('粤', 'B', 'newEnergyLarge', cap, 3)).toBeUndefined()
    const seen = new Set<string>()
    for (let x = 0; x < 20_000; x++) seen.add(maker.homePlate('京', 'A', 'coach', x, 0) as string)
    expect(seen.size).toBe(20_000)
  })
})
