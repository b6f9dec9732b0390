// Vehicles: person i owns vehicle slots 0 … vehicleCount − 1; slot (i, j) is a pure function of
// (seed, i, j): kind, plate, use, model, owner (the person, or the unit their manager runs).
import type { City } from './geography'
import { ID_TAGS } from './ids'
import { licenseClassesOf } from './licenses'
import { STREAM, type SeedModel } from './model'
import type { People, Person } from './people'
import { PlateMaker, type PlateFormat } from './plates'
import { Weighted, type Rng } from './prng'
import { addYears } from './zoned-calendar'
import { MODELS } from './vehicle-models'
import type { VehicleKind as LicenseVehicleKind } from '../rules/calculators/license-coverage'

export type VehicleKind = 'car' | 'newEnergySmall' | 'newEnergyLarge' | 'large' | 'motorcycle' | 'moped' | 'trailer' | 'coach'

interface KindSpec {
  plateType: string
  format: PlateFormat
  /** Share owned by units (companies) rather than the person. */
  unitShare: number
  personUses: Weighted<string>
  unitUses: Weighted<string>
  /** Registered within this many years (new-energy cars are recent). */
  maxAgeYears: number
}

const uses = (entries: readonly (readonly [string, number])[]) => new Weighted(entries)

const KINDS: Readonly<Record<VehicleKind, KindSpec>> = {
  car: { plateType: '02', format: 'ordinary', unitShare: 0.03, personUses: uses([['A', 97], ['D', 1], ['G', 0.5], ['L', 0.5], ['M', 1]]), unitUses: uses([['A', 55], ['D', 25], ['G', 20]]), maxAgeYears: 15 },
  newEnergySmall: { plateType: '52', format: 'newEnergySmall', unitShare: 0.03, personUses: uses([['A', 97], ['D', 2], ['G', 1]]), unitUses: uses([['A', 40], ['D', 40], ['G', 20]]), maxAgeYears: 7 },
  newEnergyLarge: { plateType: '51', format: 'newEnergyLarge', unitShare: 0.6, personUses: uses([['F', 80], ['A', 20]]), unitUses: uses([['C', 60], ['F', 30], ['B', 10]]), maxAgeYears: 7 },
  large: { plateType: '01', format: 'ordinary', unitShare: 0.25, personUses: uses([['F', 75], ['A', 15], ['B', 10]]), unitUses: uses([['F', 65], ['B', 20], ['E', 10], ['C', 5]]), maxAgeYears: 12 },
  motorcycle: { plateType: '07', format: 'ordinary', unitShare: 0.005, personUses: uses([['A', 1]]), unitUses: uses([['A', 1]]), maxAgeYears: 15 },
  moped: { plateType: '08', format: 'ordinary', unitShare: 0.005, personUses: uses([['A', 1]]), unitUses: uses([['A', 1]]), maxAgeYears: 12 },
  trailer: { plateType: '15', format: 'trailer', unitShare: 0.4, personUses: uses([['F', 1]]), unitUses: uses([['F', 1]]), maxAgeYears: 12 },
  coach: { plateType: '16', format: 'coach', unitShare: 0.7, personUses: uses([['N', 1]]), unitUses: uses([['N', 1]]), maxAgeYears: 8 }
}

const KIND_WEIGHTS = new Weighted<VehicleKind>([
  ['car', 68], ['newEnergySmall', 14.2], ['newEnergyLarge', 0.6], ['large', 4.5], ['motorcycle', 6],
  ['moped', 1], ['trailer', 1], ['coach', 0.5]
])

/** Vehicle status letters: A 正常, G 违法未处理, Q 逾期未检验, D 停驶, K 查封. */
const STATUSES = new Weighted<string>([['A', 96.5], ['G', 1.2], ['Q', 1.3], ['GQ', 0.4], ['D', 0.4], ['K', 0.2]])

/** Violation intensity: most vehicles rarely offend, a few offend often. Mean factor 1. */
const RATE_CLASSES: readonly (readonly [number, number])[] = [
  [0.35, 0.25],
  [0.5, 1],
  [0.15, 2.75]
]

/** E[rate]: calibration uses it instead of sampled rates (the noisiest part of a small sample). */
export const MEAN_RATE = RATE_CLASSES.reduce((sum, [share, factor]) => sum + share * factor, 0)

const AWAY_SHARE = 0.06

/** Share of petrol small cars with an automatic gearbox (a C2 licence drives only those). */
const AUTOMATIC_SHARE = 0.45

/**
 * The licence kind of a generated vehicle. For large vehicles the model number tells it: the
 * digit after the maker's letters is the GB 9417 vehicle class (1 lorry, 3 dumper, 4 tractor,
 * 5 special, 6 bus, 7 car, 9 trailer).
 */
export function licenseKindOf(kind: VehicleKind, useCode: string, model: string, gearRoll: number): LicenseVehicleKind {
  switch (kind) {
    case 'car':
      return gearRoll < AUTOMATIC_SHARE ? 'small_car_automatic' : 'small_car'
    case 'newEnergySmall':
      return 'small_car_automatic'
    case 'coach':
      // Training cars are manual: the C1 test is taken in them.
      return 'small_car'
    case 'motorcycle':
      return 'two_wheel_motorcycle'
    case 'moped':
      return 'moped'
    case 'trailer':
      return 'tractor_trailer'
    case 'large':
    case 'newEnergyLarge': {
      const gbClass = /牌[A-Z]+(\d)/.exec(model)?.[1]
      if (gbClass === '4') return 'tractor_trailer'
      if (gbClass === '6') return useCode === 'C' ? 'city_bus' : 'large_bus'
      return 'large_truck'
    }
  }
}

export interface Vehicle {
  ownerIndex: number
  slot: number
  id: string
  kind: VehicleKind
  plate: string
  plateType: string
  useCode: string
  model: string
  /** What the vehicle is for licence purposes (stored as vehicles.vehicle_kind). */
  licenseKind: LicenseVehicleKind
  status: string
  /** Manager index of the owning unit, or -1 when the person owns it. */
  unitManager: number
  registeredDay: number
  /** Multiplier of the average violation rate. */
  rate: number
}

export class Vehicles {
  readonly plates: PlateMaker
  private readonly provinceCount: number

  constructor(
    private readonly m: SeedModel,
    private readonly people: People
  ) {
    this.plates = new PlateMaker(m.key(20))
    this.provinceCount = m.geo.plateProvinces.length
  }

  private readonly oldest = new Map<number, number>()

  /** The day `years` before today (cached: asked for every vehicle). */
  private oldestRegistration(years: number): number {
    let day = this.oldest.get(years)
    if (day === undefined) {
      day = addYears(this.m.cal.today, -years)
      this.oldest.set(years, day)
    }
    return day
  }

  ordinal(ownerIndex: number, slot: number): number {
    return ownerIndex * 3 + slot
  }

  get(owner: Person, slot: number): Vehicle {
    const m = this.m
    const rng = m.rng.vehicle.reset(STREAM.vehicle, owner.index, slot)
    let kind = KIND_WEIGHTS.pick(rng.next())
    const spec0 = KINDS[kind]
    const unitManager = rng.chance(spec0.unitShare) ? this.people.managerFor(owner.index) : -1
    const unitOwned = unitManager >= 0
    const plate = this.plateOf(owner, slot, kind, rng)
    kind = plate.kind
    const spec = KINDS[kind]
    const useCode = (unitOwned ? spec.unitUses : spec.personUses).pick(rng.next())
    const model = rng.pick(MODELS[kind])
    const status = STATUSES.pick(rng.next())
    const earliest = Math.max(owner.adultDay, this.oldestRegistration(spec.maxAgeYears))
    const latest = m.cal.today - 7
    const registeredDay = earliest >= latest ? latest : earliest + rng.int(latest - earliest)
    const rateRoll = rng.next()
    let rate = (RATE_CLASSES[2] as readonly [number, number])[1]
    let acc = 0
    for (const [share, factor] of RATE_CLASSES) {
      acc += share
      if (rateRoll < acc) {
        rate = factor
        break
      }
    }
    // Drawn last, so adding it left every earlier field of the data set as it was.
    // A C2 licence drives only automatic cars, so its holder's own car is one.
    const gearRoll = rng.next()
    const licenseKind = licenseKindOf(kind, useCode, model, licenseClassesOf(m, owner) === 'C2' ? 0 : gearRoll)
    return {
      ownerIndex: owner.index,
      slot,
      id: m.ids.of(ID_TAGS.vehicle, this.ordinal(owner.index, slot)),
      kind,
      plate: plate.text,
      plateType: spec.plateType,
      useCode,
      model,
      licenseKind,
      status,
      unitManager,
      registeredDay,
      rate
    }
  }

  private plateOf(owner: Person, slot: number, kind: VehicleKind, rng: Rng): { text: string; kind: VehicleKind } {
    const s = this.ordinal(owner.index, slot)
    const awayProvince = s % this.provinceCount
    const city = owner.district.city
    const awayRoll = rng.next()
    if (KINDS[kind].format === 'ordinary' && awayRoll < AWAY_SHARE && awayProvince !== city.provinceIndex) {
      const province = this.m.geo.plateProvinces[awayProvince] as { cities: readonly City[] }
      const letters = province.cities.flatMap((c) => c.letters)
      const inProvince = Math.floor(s / this.provinceCount)
      const text = this.plates.awayPlate(
        (province.cities[0] as City).plateAbbr,
        letters[inProvince % letters.length] as string,
        Math.floor(inProvince / letters.length)
      )
      if (text === undefined) throw new RangeError('too many vehicles for unique away plates')
      return { text, kind }
    }
    const cityOrdinal = this.m.cityWheel.ordinal(owner.index) * 3 + slot
    const letter = city.letters[cityOrdinal % city.letters.length] as string
    const inLetter = Math.floor(cityOrdinal / city.letters.length)
    // A format whose space is exhausted (only at millions of people per city) falls back to the
    // ordinary plate of the nearest petrol kind, so the plate stays unique.
    for (const candidate of [kind, kind === 'newEnergyLarge' || kind === 'trailer' ? 'large' : 'car'] as const) {
      const text = this.plates.homePlate(city.plateAbbr, letter, KINDS[candidate].format, inLetter, city.index)
      if (text !== undefined) return { text, kind: candidate }
    }
    throw new RangeError(`too many vehicles in ${city.name} for unique plates`)
  }

  /** Can another driver bind this vehicle (FACTS §5: small car or small new-energy car, non-operating)? */
  bindable(vehicle: Vehicle): boolean {
    return (vehicle.kind === 'car' || vehicle.kind === 'newEnergySmall') && vehicle.useCode === 'A' && vehicle.status === 'A'
  }
}
