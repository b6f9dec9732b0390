// fast-check generators of valid inputs, shared by the property tests in this folder.
// Test-only: imports fast-check (a devDependency), so production code must not import this file.
import fc, { type Arbitrary } from 'fast-check'
import { daysInMonth } from './calendar'
import { makeIdNumber } from './id-number'
import { MOBILE_PREFIX_RANGES, isSatelliteNumber } from './phone'
import { PLATE_LETTERS } from './plate'
import { PLATE_PROVINCE_ABBRS, REGIONS } from './regions'

export const TODAY = '2025-06-01'

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** A real calendar date between 1900-01-01 and TODAY, as YYYYMMDD. */
export const birthDateArb: Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1900, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 })
  })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }))
  .filter(({ year, month }) => year < 2025 || month <= 5)
  .map(({ year, month, day }) => `${year}${pad(month, 2)}${pad(day, 2)}`)

export interface GeneratedId {
  region: string
  birth: string
  seq: string
  id: string
}

/** A valid 18-character ID built with makeIdNumber over a real region and a past date. */
export const idArb: Arbitrary<GeneratedId> = fc
  .record({
    region: fc.constantFrom(...REGIONS.map((r) => r.code)),
    birth: birthDateArb,
    seq: fc.integer({ min: 0, max: 999 }).map((n) => pad(n, 3))
  })
  .map(({ region, birth, seq }) => ({ region, birth, seq, id: makeIdNumber(region, birth, seq) }))

/** A mobile number in an allocated range, never a satellite number. */
export const mobileArb: Arbitrary<string> = fc
  .record({
    range: fc.constantFrom(...MOBILE_PREFIX_RANGES),
    offset: fc.integer({ min: 0, max: 9 }),
    rest: fc.integer({ min: 0, max: 99_999_999 })
  })
  .map(({ range, offset, rest }) => {
    const prefix = Math.min(range.from + offset, range.to)
    return `${prefix}${pad(rest, 8)}`
  })
  .filter((phone) => !isSatelliteNumber(phone))

const letterArb = fc.constantFrom(...PLATE_LETTERS)
const digitArb = fc.constantFrom(...'0123456789')
const serialCharArb = fc.oneof(letterArb, digitArb)
const provinceArb = fc.constantFrom(...PLATE_PROVINCE_ABBRS)
const digitsArb = (n: number) => fc.array(digitArb, { minLength: n, maxLength: n }).map((a) => a.join(''))

export const ordinaryPlateArb: Arbitrary<string> = fc
  .tuple(provinceArb, letterArb, fc.array(serialCharArb, { minLength: 5, maxLength: 5 }))
  .map(([p, l, serial]) => `${p}${l}${serial.join('')}`)

export const newEnergySmallPlateArb: Arbitrary<string> = fc
  .tuple(provinceArb, letterArb, fc.constantFrom('D', 'F'), serialCharArb, digitsArb(4))
  .map((parts) => parts.join(''))

export const newEnergyLargePlateArb: Arbitrary<string> = fc
  .tuple(provinceArb, letterArb, digitsArb(5), fc.constantFrom('D', 'F'))
  .map((parts) => parts.join(''))
