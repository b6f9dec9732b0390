// Violation records of one vehicle, with the decisions and payments that processed them.
// Recent camera records are mostly unprocessed, older ones mostly paid; on-the-spot records are
// decided when they happen. Whoever processes a record is a licensed driver: the owner (or the
// employee a unit vehicle is assigned to), a driver who bound the vehicle, or failing those a
// licensed person of the same district — always someone at or after the owner's index, so the
// generator knows every driver's cycle points by the time it writes that driver's licence.
import type { District } from './geography'
import { EXPRESSWAYS, ROADS } from './geography-data'
import { ID_TAGS } from './ids'
import { FULL_SCORE } from './licenses'
import { STREAM, type SeedModel } from './model'
import type { People, Person } from './people'
import { Weighted, type Rng } from './prng'
import { VIOLATION_CODES, type ViolationCode } from './violation-codes'
import type { Vehicle } from './vehicles'
import type { BulkWriter } from './writer'

export interface Binder {
  index: number
  boundDay: number
}

export interface ViolationEvent {
  ownerIndex: number
  vehicle: Vehicle
  status: 'unprocessed' | 'processed' | 'paid' | 'disputed' | 'voided'
  driverIndex: number
  decisionNo: string | null
  overdue: boolean
}

export interface ViolationSink {
  readonly writer: BulkWriter
  /** A running counter: record, decision and receipt serials are permutations of it. */
  nextViolationIndex(): number
  creditPoints(driverIndex: number, points: number, decidedDay: number): void
  /** Points already credited to this driver in the current cycle. */
  pointsOf(driverIndex: number): number
  noteViolation(event: ViolationEvent): void
}

/** Three years of records, as the brief and the 12123 history view show. */
export const WINDOW_DAYS = 3 * 365
const CODES = new Weighted<ViolationCode>(VIOLATION_CODES.map((c) => [c, c.weight] as const))
/** Hour of day: quiet nights, morning and evening peaks. */
const HOURS = new Weighted<number>(
  [0.4, 0.2, 0.15, 0.1, 0.1, 0.3, 1.2, 3.5, 5, 4.2, 4, 4, 3.6, 3.6, 4, 4.2, 4.6, 5.2, 5.4, 4.2, 3.2, 2.4, 1.6, 0.9].map(
    (w, hour) => [hour, w] as const
  )
)
const PAY_CHANNELS = new Weighted<string>([['app', 60], ['bank', 25], ['window', 15]])

/** Share of camera records processed, by age in days. */
function processedShare(age: number): number {
  if (age < 15) return 0.15
  if (age < 60) return 0.45
  if (age < 180) return 0.75
  return 0.93
}

export class ViolationMaker {
  constructor(
    private readonly m: SeedModel,
    private readonly people: People
  ) {}

  generate(owner: Person, vehicle: Vehicle, binders: readonly Binder[], mean: number, sink: ViolationSink): void {
    const m = this.m
    const today = m.cal.today
    const first = Math.max(today - WINDOW_DAYS, vehicle.registeredDay + 1)
    const last = today - 1
    if (first > last) return
    const exposure = (last - first + 1) / WINDOW_DAYS
    const vehicleOrdinal = owner.index * 3 + vehicle.slot
    const rng = m.rng.violation
    const count = rng.reset(STREAM.violation, vehicleOrdinal, 0).poisson(mean * vehicle.rate * exposure)
    for (let n = 0; n < count; n++) {
      rng.reset(STREAM.violation, vehicleOrdinal, n + 1)
      this.one(owner, vehicle, binders, first + rng.int(last - first + 1), rng, sink)
    }
  }

  private one(owner: Person, vehicle: Vehicle, binders: readonly Binder[], day: number, rng: Rng, sink: ViolationSink): void {
    const m = this.m
    const cal = m.cal
    const today = cal.today
    const age = today - day
    const code = CODES.pick(rng.next())
    const district = this.placeDistrict(owner.district, rng)
    const occurredMs = (HOURS.pick(rng.next()) * 3600 + rng.int(3600)) * 1000
    const occurredAt = this.past(day, occurredMs)
    const place = this.placeName(district, code, rng)

    // Who drove: the owner or assigned employee when licensed, sometimes a driver who bound it.
    let driver = this.people.licensedDriverFor(owner.index, day)
    const binderRoll = rng.next()
    if (binders.length > 0) {
      const bound = binders.filter((b) => b.boundDay <= day)
      if (bound.length > 0 && (driver < 0 || binderRoll < 0.35)) driver = rng.pick(bound).index
    }
    const onsite = driver >= 0 && rng.chance(code.onsiteShare)

    const index = sink.nextViolationIndex()
    if (index >= m.recordSerial.size) throw new RangeError('too many violations for unique record numbers')
    const id = m.ids.of(ID_TAGS.violation, index)
    const recordNo = district.region.code + cal.compactDate(day).slice(2) + m.recordSerial.digitsOf(index)

    let status: ViolationEvent['status'] = 'unprocessed'
    let decidedDay = -1
    let decidedMs = 0
    const fateRoll = rng.next()
    const delayRoll = rng.next()
    if (onsite) {
      decidedDay = day
      decidedMs = Math.min(occurredMs + (10 + Math.floor(delayRoll * 30)) * 60_000, 86_399_000)
    } else if (age >= 3 && fateRoll < 0.006) {
      status = 'disputed'
    } else if (age >= 10 && fateRoll < 0.01) {
      status = 'voided'
    } else if (driver >= 0 && fateRoll < processedShare(age) && !this.avoidsFullScore(sink, driver, code, rng)) {
      decidedDay = day + 1 + Math.floor(delayRoll ** 2 * Math.min(age - 1, 90))
      decidedMs = (8 * 3600 + rng.int(14 * 3600)) * 1000
    }
    const processedByDriver = decidedDay >= 0 ? driver : -1
    const enteredDay = Math.min(today, day + 1 + rng.int(5))
    const onInternet = onsite || (age >= 5 ? !rng.chance(0.003) : !rng.chance(0.5))
    let updatedAt = this.past(enteredDay, (7 * 3600 + rng.int(14 * 3600)) * 1000)
    let decisionNo: string | null = null
    let overdue = false

    if (decidedDay >= 0) {
      status = 'processed'
      const decisionId = m.ids.of(ID_TAGS.decision, index)
      // 6-digit region + 9-digit serial + check digit "serial mod 7" (decision-number.ts), so the
      // numbers pass both the default check and a profile that enables mod 7.
      const serial = m.decisionSerial.applyWithin(index, 1_000_000_000)
      decisionNo = `${district.region.code}${String(serial).padStart(9, '0')}${serial % 7}`
      const decidedAt = this.past(decidedDay, decidedMs)
      const dueDay = decidedDay + 15
      sink.writer.insert(
        'decisions',
        decisionId, decisionNo, 0, id, this.people.get(processedByDriver).id, code.fineFen, code.points,
        decidedAt, cal.date(dueDay), district.brigade, null
      )
      sink.creditPoints(processedByDriver, code.points, decidedDay)
      updatedAt = decidedAt
      // Most pay within the 15 days, some late (3% a day, capped at the fine), a few not yet.
      const payRoll = rng.next()
      const payDay = payRoll < 0.84 ? decidedDay + rng.int(15) : payRoll < 0.93 ? dueDay + 1 + rng.int(30) : -1
      if (payDay >= 0 && payDay <= today) {
        status = 'paid'
        const lateDays = Math.max(0, payDay - dueDay)
        const lateFee = Math.min(code.fineFen, (code.fineFen * 3 * lateDays) / 100)
        const paidAt = this.past(payDay, payDay === decidedDay ? Math.min(decidedMs + 600_000, 86_399_000) : (8 * 3600 + rng.int(15 * 3600)) * 1000)
        const receiptNo = cal.compactDate(payDay) + m.receiptSerial.digitsOf(index)
        sink.writer.insert(
          'payments',
          m.ids.of(ID_TAGS.payment, index), decisionId, code.fineFen, Math.round(lateFee), receiptNo,
          PAY_CHANNELS.pick(rng.next()), paidAt, null
        )
        updatedAt = paidAt
      } else {
        overdue = today > dueDay
      }
    }

    sink.writer.insert(
      'violations',
      id, recordNo, onsite ? 'onsite' : 'camera', vehicle.id, vehicle.plate, vehicle.plateType,
      onsite || processedByDriver >= 0 ? this.people.get(onsite ? driver : processedByDriver).id : null,
      code.code, code.behaviour, code.penalty, code.fineFen, code.points, status, occurredAt, place, district.region.code,
      district.brigade, onInternet ? 1 : 0, updatedAt
    )
    sink.noteViolation({ ownerIndex: owner.index, vehicle, status, driverIndex: processedByDriver, decisionNo, overdue })
  }

  /**
   * Drivers close to 12 points mostly leave a record unprocessed rather than reach a full score
   * (which withholds the licence), as the counters see every day; a few do reach it.
   */
  private avoidsFullScore(sink: ViolationSink, driver: number, code: ViolationCode, rng: Rng): boolean {
    if (code.points === 0) return false
    const roll = rng.next()
    return sink.pointsOf(driver) + code.points >= FULL_SCORE && roll < 0.92
  }

  /** The timestamp of a local time, moved back to just before "now" if the day is today. */
  private past(day: number, msOfDay: number): string {
    const cal = this.m.cal
    return cal.iso(Math.min(cal.instant(day, msOfDay), this.m.nowMs - 60_000))
  }

  /** Mostly at home, sometimes elsewhere in the city or province, now and then anywhere. */
  private placeDistrict(home: District, rng: Rng): District {
    const roll = rng.next()
    const geo = this.m.geo
    if (roll < 0.72) return home
    if (roll < 0.84) return rng.pick(geo.cityDistricts[home.city.index] as readonly District[])
    if (roll < 0.92) return rng.pick((geo.plateProvinces[home.city.provinceIndex] as { districts: readonly District[] }).districts)
    return rng.pick(geo.districts)
  }

  private placeName(district: District, code: ViolationCode, rng: Rng): string {
    if (code.setting === 'expressway') {
      return `${rng.pick(EXPRESSWAYS)}${district.region.name}段K${rng.range(1, 2400)}+${rng.range(0, 9)}00`
    }
    const road = rng.pick(ROADS)
    const roll = rng.next()
    if (code.code === '1039' || roll < 0.25) return `${district.shortName}${road}${rng.range(1, 999)}号附近`
    const cross = ROADS[(ROADS.indexOf(road) + 1 + rng.int(ROADS.length - 1)) % ROADS.length] as string
    return `${district.shortName}${road}与${cross}交叉口`
  }
}
