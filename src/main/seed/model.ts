// The generator's fixed context for one run: options, calendar, geography, the injective maps,
// and one PRNG per kind of row. Everything a row needs is a pure function of (seed, indices), so
// a row can be rebuilt anywhere, and `SeedModel` only caches.
import { DecimalFeistel, Wheel, type GroupedWheel } from './bijections'
import { buildGeography, type Geography } from './geography'
import { SeededIds } from './ids'
import { mix32, Rng, seedWords } from './prng'
import { ZonedCalendar, ymdOf } from './zoned-calendar'

export interface SeedOptions {
  seed: number
  people: number
  /** Average violation records per person (default 4). */
  violationsPerPerson?: number
  /** "Now" for the generated data (injected: the generator never reads the clock). */
  now: Date
  timeZone?: string
  onProgress?: (progress: SeedProgress) => void
}

export interface SeedProgress {
  table: string
  done: number
  total: number
}

/** Streams of the per-row PRNGs (the `tag` of Rng.reset). */
export const STREAM = {
  personCore: 1,
  personDetail: 2,
  driver: 3,
  vehicle: 4,
  violation: 5,
  binding: 6,
  unit: 7,
  account: 8
} as const

/** One manager (and unit) per this many wheel rounds at each wheel position. */
export const UNIT_ROUND = 40

export class SeedModel {
  readonly seed: number
  readonly people: number
  readonly violationsPerPerson: number
  readonly cal: ZonedCalendar
  readonly geo: Geography
  readonly ids: SeededIds
  /** Person index → district (weighted), with per-district and per-city ordinals. */
  readonly districtWheel: Wheel
  readonly cityWheel: GroupedWheel
  readonly nowYear: number
  readonly nowMs: number
  /** Private PRNG instances, one per kind of row, so nested lookups never disturb a stream. */
  readonly rng: Record<keyof typeof STREAM, Rng>
  /** 8-digit serials: licence file numbers, violation record numbers, organisation codes. */
  readonly fileNoSerial: DecimalFeistel
  readonly recordSerial: DecimalFeistel
  readonly unitBody: DecimalFeistel
  /** 10-digit Feistel walked down to 9 digits (decision numbers). */
  readonly decisionSerial: DecimalFeistel
  readonly receiptSerial: DecimalFeistel

  constructor(options: SeedOptions) {
    if (!Number.isSafeInteger(options.people) || options.people < 0) {
      throw new RangeError(`people must be a whole number ≥ 0, got ${options.people}`)
    }
    const vpp = options.violationsPerPerson ?? 4
    if (!(vpp >= 0 && vpp <= 100)) throw new RangeError(`violationsPerPerson must be within 0–100, got ${vpp}`)
    this.seed = options.seed
    this.people = options.people
    this.violationsPerPerson = vpp
    this.cal = new ZonedCalendar(options.now, options.timeZone ?? 'Asia/Shanghai')
    this.nowYear = ymdOf(this.cal.today).year
    this.nowMs = options.now.getTime()
    this.geo = buildGeography()
    const key = this.key(0)
    // Ids look created over the three years before "now", in insert order.
    const baseMs = Math.floor(options.now.getTime() / 1000) * 1000 - 3 * 365 * 86_400_000
    this.ids = new SeededIds(options.seed, baseMs)
    this.districtWheel = new Wheel(
      this.geo.districts.map((d) => d.weight),
      key
    )
    this.cityWheel = this.districtWheel.grouped(this.geo.districts.map((d) => d.city.index))
    const rng = (): Rng => new Rng(options.seed)
    this.rng = {
      personCore: rng(),
      personDetail: rng(),
      driver: rng(),
      vehicle: rng(),
      violation: rng(),
      binding: rng(),
      unit: rng(),
      account: rng()
    }
    this.fileNoSerial = new DecimalFeistel(8, this.key(1))
    this.recordSerial = new DecimalFeistel(8, this.key(2))
    this.decisionSerial = new DecimalFeistel(10, this.key(3))
    this.receiptSerial = new DecimalFeistel(12, this.key(4))
    this.unitBody = new DecimalFeistel(8, this.key(5))
  }

  /** A 32-bit key for a fixed structure (wheel shuffle, permutation), derived from the seed. */
  key(purpose: number): number {
    const [lo, hi] = seedWords(this.seed)
    return mix32(mix32(lo ^ Math.imul(purpose + 1, 0x9e3779b1)) ^ hi)
  }
}
