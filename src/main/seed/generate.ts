// The streaming loop: person by person, each person's rows (person, unit, vehicles with their
// violations, bindings, account, licence) are generated from the person's index and inserted;
// nothing about earlier people is kept except the cycle points owed to drivers not yet written
// (a map bounded by a few wheel rounds of people).
import { Bindings } from './bindings'
import { ExampleCollector, type SeedExample } from './examples'
import { ID_TAGS } from './ids'
import { licenseRow } from './licenses'
import { STREAM, type SeedModel, type SeedProgress } from './model'
import { People, type Person } from './people'
import { mix32 } from './prng'
import { unitId, unitPhone, unitRow } from './units'
import { ViolationMaker, WINDOW_DAYS, type ViolationEvent, type ViolationSink } from './violations'
import { MEAN_RATE, Vehicles, type Vehicle } from './vehicles'
import { TABLES, type BulkWriter } from './writer'

/** People sampled to calibrate the per-vehicle violation rate (a fixed pseudo-random sample). */
const CALIBRATION_PEOPLE = 30_000

export class Generator implements ViolationSink {
  readonly examples = new ExampleCollector()
  private readonly people: People
  private readonly vehicles: Vehicles
  private readonly bindings: Bindings
  private readonly violations: ViolationMaker
  private readonly pending = new Map<number, number>()
  private violationIndex = 0
  private current = 0
  private ownViolations = 0
  private readonly meanPerVehicle: number

  constructor(
    private readonly m: SeedModel,
    readonly writer: BulkWriter
  ) {
    this.people = new People(m)
    this.vehicles = new Vehicles(m, this.people)
    this.bindings = new Bindings(m, this.people, this.vehicles)
    this.violations = new ViolationMaker(m, this.people)
    this.meanPerVehicle = this.calibrate()
  }

  /** Mean violations per vehicle-rate unit so that people average `violationsPerPerson`. */
  private calibrate(): number {
    const today = this.m.cal.today
    let weight = 0
    // Drawn at random over a wide index range: a regular stride would resonate with the wheels
    // (districts, birth years) and bias the sample.
    const span = Math.max(this.m.people, 1_000_000)
    const key = this.m.key(30)
    for (let k = 0; k < CALIBRATION_PEOPLE; k++) {
      const person = this.people.get(mix32(k ^ key) % span)
      for (let j = 0; j < person.vehicleCount; j++) {
        const v = this.vehicles.get(person, j)
        const first = Math.max(today - WINDOW_DAYS, v.registeredDay + 1)
        weight += (MEAN_RATE * Math.max(0, today - first)) / WINDOW_DAYS
      }
    }
    return weight === 0 ? 0 : (this.m.violationsPerPerson * CALIBRATION_PEOPLE) / weight
  }

  run(onProgress?: (p: SeedProgress) => void): void {
    const total = this.m.people
    const report = (done: number) => {
      if (onProgress === undefined) return
      for (const table of TABLES) {
        const count = this.writer.counts[table]
        const projected = table === 'people' ? total : done === 0 ? count : Math.round((count * total) / done)
        onProgress({ table, done: count, total: Math.max(count, projected) })
      }
    }
    for (let i = 0; i < total; i++) {
      this.person(i)
      if (this.writer.maybeCommit()) report(i + 1)
    }
    this.writer.commit()
    report(total)
  }

  nextViolationIndex(): number {
    return this.violationIndex++
  }

  creditPoints(driverIndex: number, points: number, decidedDay: number): void {
    if (driverIndex < this.current) throw new Error(`points for driver ${driverIndex} arrive after their licence row`)
    if (points === 0) return
    if (decidedDay < this.people.get(driverIndex).cycleStartDay) return
    this.pending.set(driverIndex, (this.pending.get(driverIndex) ?? 0) + points)
  }

  pointsOf(driverIndex: number): number {
    return this.pending.get(driverIndex) ?? 0
  }

  noteViolation(e: ViolationEvent): void {
    const owner = this.people.get(e.ownerIndex)
    if (e.driverIndex === e.ownerIndex) this.ownViolations++
    if (e.status === 'unprocessed' && e.vehicle.unitManager < 0 && this.examples.wants('unprocessed')) {
      this.examples.offer('unprocessed', 'plate', e.vehicle.plate, owner.id)
    }
    if (e.decisionNo !== null && e.driverIndex >= 0) {
      const slot = e.status === 'paid' ? 'paidDecision' : e.overdue ? 'overdueDecision' : undefined
      if (slot !== undefined && this.examples.wants(slot)) {
        this.examples.offer(slot, 'decisionNo', e.decisionNo, this.people.get(e.driverIndex).id)
      }
    }
  }

  list(): SeedExample[] {
    return this.examples.list()
  }

  private person(i: number): void {
    const m = this.m
    const cal = m.cal
    const w = this.writer
    this.current = i
    this.ownViolations = 0
    const p = this.people.get(i)
    const rng = m.rng.personDetail.reset(STREAM.personDetail, i, 2)
    const updatedDay = cal.today - 1 - rng.int(730)
    const updatedAt = cal.isoAt(updatedDay, (8 * 3600 + rng.int(12 * 3600)) * 1000)
    w.insert(
      'people',
      p.id, 'A', p.idNumber, this.people.name(p), p.gender, cal.date(p.birthDay), this.people.address(p), p.phone,
      updatedAt
    )

    if (this.people.isManager(i)) this.unit(p)
    for (let j = 0; j < p.vehicleCount; j++) this.vehicle(p, j)

    for (const b of this.bindings.rowsOf(p)) {
      w.insert('bindings', b.id, b.personId, b.vehicleId, 'active', b.consent, b.boundAt, null, b.channel)
      if (this.examples.wants('binder')) this.examples.offer('binder', 'idNumber', p.idNumber, p.id)
    }

    if (p.hasAccount && p.phone !== null) {
      const day = this.people.accountDay(p)
      const arng = m.rng.account.reset(STREAM.account, i, 1)
      const roll = arng.next()
      const channel = roll < 0.7 ? 'app' : roll < 0.8 ? 'web' : 'window'
      w.insert(
        'accounts',
        m.ids.of(ID_TAGS.account, i), 'personal', p.id, null, p.phone, channel, 'active',
        cal.isoAt(day, (8 * 3600 + arng.int(14 * 3600)) * 1000), null
      )
      if (this.examples.wants('account')) this.examples.offer('account', 'phone', p.phone, p.id)
    }

    if (p.licenseDay >= 0) this.driver(p, updatedDay)
    this.pending.delete(i)
  }

  private driver(p: Person, updatedDay: number): void {
    const row = licenseRow(this.m, p, this.pending.get(p.index) ?? 0)
    this.writer.insert(
      'drivers',
      this.m.ids.of(ID_TAGS.driver, p.index), p.id, this.people.fileNo(p), row.classes, row.status, row.firstIssueDate,
      row.validUntil, row.cyclePoints, row.fullScoreCount, row.issuingOrgan, p.phone,
      this.m.cal.isoAt(updatedDay, 9 * 3600 * 1000)
    )
    const ex = this.examples
    if (row.cyclePoints >= 9 && this.ownViolations >= 3) ex.offer('highPoints', 'idNumber', p.idNumber, p.id)
    if (row.status !== 'A' && row.status !== 'B') ex.offer('abnormalLicense', 'idNumber', p.idNumber, p.id)
    if (row.status === 'B') ex.offer('fullScore', 'idNumber', p.idNumber, p.id)
  }

  private unit(manager: Person): void {
    const m = this.m
    const u = unitRow(m, this.people, manager)
    this.writer.insert('units', u.id, u.creditCode, u.name, u.managerPersonId, u.managerPhone, u.address, u.updatedAt)
    if (u.hasAccount) {
      this.writer.insert(
        'accounts',
        m.ids.of(ID_TAGS.unitAccount, manager.index), 'unit', null, u.id, u.managerPhone, 'window', 'active',
        u.accountRegisteredAt, null
      )
    }
  }

  private vehicle(owner: Person, slot: number): void {
    const m = this.m
    const v: Vehicle = this.vehicles.get(owner, slot)
    const byUnit = v.unitManager >= 0
    const phone = byUnit ? unitPhone(m, this.people, v.unitManager) : owner.phone
    const registeredAt = m.cal.isoAt(v.registeredDay, (9 * 3600 + ((owner.index * 7 + slot * 3) % 28_000)) * 1000)
    this.writer.insert(
      'vehicles',
      v.id, v.plate, v.plateType, v.useCode, v.model, v.licenseKind, v.status, byUnit ? 'unit' : 'person',
      byUnit ? null : owner.id, byUnit ? unitId(m, v.unitManager) : null, phone, registeredAt, registeredAt
    )
    const ex = this.examples
    if (!byUnit && (v.kind === 'newEnergySmall' || v.kind === 'newEnergyLarge')) ex.offer('newEnergy', 'plate', v.plate, owner.id)
    if (byUnit && ex.wants('unitVehicle')) ex.offer('unitVehicle', 'plate', v.plate, this.people.get(v.unitManager).id)
    this.violations.generate(owner, v, this.bindings.bindersOf(v), this.meanPerVehicle, this)
  }
}
