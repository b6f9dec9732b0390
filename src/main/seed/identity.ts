// Injective identity numbers: resident ID numbers from (district, per-district ordinal) and mobile
// numbers from a phone index. Both are bijections on their ranges, so 5M people get 5M distinct
// values without a lookup table, and every value passes the project's validators.
import { makeIdNumber } from '../rules/validators/id-number'
import { isAllocatedMobilePrefix, isSatelliteNumber } from '../rules/validators/phone'
import { AffinePermutation, DecimalFeistel, Wheel } from './bijections'
import { mix32 } from './prng'
import { dayOf } from './zoned-calendar'

/** Birth-year bands, as years before "now", with population weights (more people aged 35–55). */
export const BIRTH_BANDS: readonly (readonly [number, number, number])[] = [
  [76, 72, 2],
  [71, 67, 3],
  [66, 62, 5],
  [61, 57, 7],
  [56, 52, 8],
  [51, 47, 9],
  [46, 42, 10],
  [41, 37, 12],
  [36, 32, 11],
  [31, 27, 10],
  [26, 22, 8],
  [21, 20, 3]
]
/** Sequence numbers 001–995; 996–999 are kept for centenarians by the standard's practice. */
const SEQUENCES = 995

export interface IdentityParts {
  idNumber: string
  birthDay: number
  gender: 'M' | 'F'
}

export class IdNumbers {
  private readonly bands: Wheel
  private readonly firstDay: number[]
  private readonly days: number[]
  private readonly permutations: AffinePermutation[]

  constructor(nowYear: number, key: number) {
    this.bands = new Wheel(
      BIRTH_BANDS.map(([, , weight]) => weight),
      key
    )
    this.firstDay = BIRTH_BANDS.map(([from]) => dayOf(nowYear - from, 1, 1))
    this.days = BIRTH_BANDS.map(([from, to]) => dayOf(nowYear - to + 1, 1, 1) - dayOf(nowYear - from, 1, 1))
    this.permutations = this.days.map((days, band) => new AffinePermutation(days * SEQUENCES, key ^ (band * 7919)))
  }

  /**
   * The ID of the `ordinal`-th person of a district. Distinct ordinals give distinct (band,
   * in-band ordinal) pairs, the band's permutation gives distinct (birth day, sequence) pairs,
   * and bands do not overlap in time: so the map is injective per district.
   */
  of(regionCode: string, ordinal: number, compactDate: (day: number) => string): IdentityParts {
    const band = this.bands.category(ordinal)
    const inBand = this.bands.ordinal(ordinal)
    const permutation = this.permutations[band] as AffinePermutation
    if (inBand >= permutation.size) throw new RangeError(`too many people in district ${regionCode} for unique ID numbers`)
    // Rotated per district, so the first people of every district do not share birthdays.
    const x = permutation.apply((inBand + (mix32(Number(regionCode)) % permutation.size)) % permutation.size)
    const days = this.days[band] as number
    const birthDay = (this.firstDay[band] as number) + (x % days)
    const sequence = 1 + Math.floor(x / days)
    const seq3 = String(sequence).padStart(3, '0')
    return {
      idNumber: makeIdNumber(regionCode, compactDate(birthDay), seq3),
      birthDay,
      gender: sequence % 2 === 1 ? 'M' : 'F'
    }
  }
}

/** Public mobile prefixes with rough market weights (China Mobile's 13x/15x/18x dominate). */
const PREFIX_WEIGHTS: readonly (readonly [number, number])[] = [
  [138, 6], [139, 6], [135, 4], [136, 4], [137, 4], [134, 3], [130, 3], [131, 3], [132, 3], [133, 3],
  [150, 3], [151, 3], [152, 3], [153, 2], [155, 2], [156, 3], [157, 2], [158, 4], [159, 4],
  [180, 2], [181, 2], [182, 3], [183, 2], [184, 1], [185, 3], [186, 3], [187, 3], [188, 3], [189, 3],
  [147, 1], [166, 1], [170, 1], [171, 1], [173, 2], [175, 1], [176, 2], [177, 2], [178, 2],
  [191, 1], [195, 1], [198, 2], [199, 2]
]

export class PhoneNumbers {
  private readonly wheel: Wheel
  private readonly permutations: DecimalFeistel[]
  private readonly limits: number[]

  constructor(key: number) {
    for (const [prefix] of PREFIX_WEIGHTS) {
      if (!isAllocatedMobilePrefix(prefix)) throw new Error(`phone prefix ${prefix} is not an allocated range`)
    }
    this.wheel = new Wheel(
      PREFIX_WEIGHTS.map(([, weight]) => weight),
      key
    )
    this.permutations = PREFIX_WEIGHTS.map((_, k) => new DecimalFeistel(8, key ^ (k * 104729)))
    // 134 is public except 1349xxxxxxx (satellite): its suffixes stay below 90,000,000.
    this.limits = PREFIX_WEIGHTS.map(([prefix]) => (prefix === 134 ? 90_000_000 : 100_000_000))
  }

  /** The phone with this index; injective: (prefix, per-prefix ordinal) → distinct suffixes. */
  of(index: number): string {
    const k = this.wheel.category(index)
    const ordinal = this.wheel.ordinal(index)
    const limit = this.limits[k] as number
    if (ordinal >= limit) throw new RangeError('phone index out of range')
    const prefix = (PREFIX_WEIGHTS[k] as readonly [number, number])[0]
    const suffix = (this.permutations[k] as DecimalFeistel).applyWithin(ordinal, limit)
    const phone = `${prefix}${String(suffix).padStart(8, '0')}`
    if (isSatelliteNumber(phone)) throw new Error(`generated a satellite number ${phone}`)
    return phone
  }
}
