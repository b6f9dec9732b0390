// People: the traits other rows depend on (district, ID, birth, licence, how many vehicles and
// bindings, account) as a pure function of the person's index, cached for neighbour lookups, and
// the details only the person's own row needs (name, address).
import type { District } from './geography'
import { ESTATES, ESTATE_SUFFIXES, ROADS } from './geography-data'
import { IdNumbers, PhoneNumbers } from './identity'
import { ID_TAGS } from './ids'
import { cycleStart } from './licenses'
import { STREAM, UNIT_ROUND, type SeedModel } from './model'
import { personName } from './names'
import { mix32 } from './prng'
import { addYears, dayOf } from './zoned-calendar'

export interface Person {
  index: number
  id: string
  district: District
  idNumber: string
  gender: 'M' | 'F'
  birthDay: number
  /** The 18th birthday. */
  adultDay: number
  phone: string | null
  /** First-issue day of the driving licence, or -1 without a licence. */
  licenseDay: number
  /** First day of the scoring cycle running today (-1 without a licence). */
  cycleStartDay: number
  vehicleCount: number
  /** Non-owned vehicles this driver binds (0–3). */
  bindCount: number
  hasAccount: boolean
}

/** Licence holders by age: nearly everyone of working age, fewer of the oldest and youngest. */
function licenseShare(age: number): number {
  if (age >= 70) return 0.55
  if (age >= 60) return 0.78
  if (age >= 30) return 0.92
  if (age >= 25) return 0.88
  return 0.7
}

/** Vehicles owned (0, 1, 2, 3) by drivers and by people without a licence. */
const VEHICLES_OF_DRIVER = [0.33, 0.5, 0.13, 0.04] as const
const VEHICLES_OF_NON_DRIVER = [0.78, 0.19, 0.03, 0] as const

const BIND_COUNTS = [0.955, 0.03, 0.01, 0.005] as const
/** 12123 opened nationwide in 2016. */
const ACCOUNTS_OPENED = dayOf(2016, 6, 1)
const EARLIEST_LICENSE = dayOf(1985, 1, 1)

function pickCount(u: number, shares: readonly number[]): number {
  let acc = 0
  for (let k = 0; k < shares.length; k++) {
    acc += shares[k] as number
    if (u < acc) return k
  }
  return shares.length - 1
}

export class People {
  private readonly idNumbers: IdNumbers
  readonly phones: PhoneNumbers
  private readonly cache: (Person | undefined)[]
  private readonly cacheSize: number

  constructor(private readonly m: SeedModel) {
    this.idNumbers = new IdNumbers(m.nowYear, m.key(10))
    this.phones = new PhoneNumbers(m.key(11))
    // Lookups reach at most ~10 wheel rounds away from the row being written.
    this.cacheSize = 16 * m.districtWheel.length
    this.cache = new Array<Person | undefined>(this.cacheSize)
  }

  exists(index: number): boolean {
    return index >= 0 && index < this.m.people
  }

  get(index: number): Person {
    const slot = index % this.cacheSize
    const cached = this.cache[slot]
    if (cached !== undefined && cached.index === index) return cached
    const person = this.build(index)
    this.cache[slot] = person
    return person
  }

  private build(index: number): Person {
    const m = this.m
    const district = m.geo.districts[m.districtWheel.category(index)] as District
    const identity = this.idNumbers.of(district.region.code, m.districtWheel.ordinal(index), (d) => m.cal.compactDate(d))
    const rng = m.rng.personCore.reset(STREAM.personCore, index)
    const age = (m.cal.today - identity.birthDay) / 365.25
    const hasPhone = rng.chance(age >= 70 ? 0.85 : 0.985)
    let licenseDay = -1
    const adultDay = addYears(identity.birthDay, 18)
    if (rng.chance(licenseShare(age))) {
      const earliest = Math.max(adultDay, EARLIEST_LICENSE)
      const latest = m.cal.today - 20
      // Most people take the test within a few years of becoming eligible.
      if (earliest <= latest) licenseDay = earliest + Math.floor(rng.next() ** 1.8 * (latest - earliest))
    }
    const licensed = licenseDay >= 0
    const vehicleCount = pickCount(rng.next(), licensed ? VEHICLES_OF_DRIVER : VEHICLES_OF_NON_DRIVER)
    const bindRoll = rng.next()
    const accountRoll = rng.next()
    return {
      index,
      id: m.ids.of(ID_TAGS.person, index),
      district,
      idNumber: identity.idNumber,
      gender: identity.gender,
      birthDay: identity.birthDay,
      adultDay,
      phone: hasPhone ? this.phones.of(index) : null,
      licenseDay,
      cycleStartDay: licensed ? cycleStart(licenseDay, m.cal.today) : -1,
      vehicleCount,
      bindCount: licensed ? pickCount(bindRoll, BIND_COUNTS) : 0,
      hasAccount: hasPhone && accountRoll < (licensed ? 0.68 : 0.25)
    }
  }

  /** The 12-digit licence file number: city code + a permuted per-city ordinal. */
  fileNo(person: Person): string {
    const ordinal = this.m.cityWheel.ordinal(person.index)
    const serial = this.m.fileNoSerial
    // The per-city shift keeps cities from sharing the same sequence of serials.
    return person.district.city.key + serial.digitsOf((ordinal + mix32(person.district.city.index + 0x51ed)) % serial.size)
  }

  /**
   * Whether this person manages a unit: at each wheel position, one person every UNIT_ROUND
   * rounds, staggered by position so that even a small data set has a few units.
   */
  isManager(index: number): boolean {
    const length = this.m.districtWheel.length
    return Math.floor(index / length) % UNIT_ROUND === (index % length) % UNIT_ROUND
  }

  /**
   * The manager of the unit a vehicle of this person may belong to: the latest manager at the
   * same wheel position (so in the same district), or -1 when there is none yet.
   */
  managerFor(index: number): number {
    const length = this.m.districtWheel.length
    const round = Math.floor(index / length)
    const offset = (index % length) % UNIT_ROUND
    if (round < offset) return -1
    return (round - ((round - offset) % UNIT_ROUND)) * length + (index % length)
  }

  /** The first licensed person among this person and those one, two … wheel rounds later (same district). */
  licensedDriverFor(index: number, day: number): number {
    const length = this.m.districtWheel.length
    for (let k = 0; k <= 6; k++) {
      const candidate = index + k * length
      if (!this.exists(candidate)) return -1
      const p = this.get(candidate)
      if (p.licenseDay >= 0 && p.licenseDay <= day) return candidate
    }
    return -1
  }

  name(person: Person): string {
    const rng = this.m.rng.personDetail.reset(STREAM.personDetail, person.index)
    return personName(rng, person.gender, this.m.nowYear - Math.floor((this.m.cal.today - person.birthDay) / 365.25))
  }

  address(person: Person): string {
    const rng = this.m.rng.personDetail.reset(STREAM.personDetail, person.index, 1)
    const base = person.district.fullName
    if (rng.chance(0.55)) {
      const estate = rng.pick(ESTATES) + rng.pick(ESTATE_SUFFIXES)
      return `${base}${rng.pick(ROADS)}${rng.range(1, 899)}号${estate}${rng.range(1, 32)}栋${rng.range(1, 4)}单元${rng.range(1, 33)}0${rng.range(1, 6)}室`
    }
    if (rng.chance(0.5)) return `${base}${rng.pick(ROADS)}${rng.range(1, 1299)}号`
    return `${base}${rng.pick(ROADS)}${rng.range(1, 500)}号${rng.range(1, 20)}栋${rng.range(1, 30)}0${rng.range(1, 4)}室`
  }

  accountDay(person: Person): number {
    const rng = this.m.rng.account.reset(STREAM.account, person.index)
    const earliest = Math.max(ACCOUNTS_OPENED, person.adultDay, person.licenseDay)
    return earliest + Math.floor(rng.next() * Math.max(1, this.m.cal.today - earliest))
  }
}
