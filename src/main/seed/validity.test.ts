// Every generated key passes the project's validators, and the rows agree with each other the
// way the rules expect (gender and ID parity, cycle points and decisions, FACTS §2 late fees …).
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateCreditCode } from '../rules/validators/credit-code'
import { mod7CheckDigit, validateDecisionNumber } from '../rules/validators/decision-number'
import { validateIdNumber } from '../rules/validators/id-number'
import { parseLicenseClasses, parseLicenseStatus, validateLicenseFileNo } from '../rules/validators/license'
import { validateMobile } from '../rules/validators/phone'
import { validatePlate, validatePlateType } from '../rules/validators/plate'
import { findProvinceByPlateAbbr, isProvinceCode } from '../rules/validators/regions'
import { validateVehicleUse } from '../rules/validators/vehicle-use'
import { scoringCycle } from '../rules/scoring-cycle'
import { VEHICLE_STATUS } from '../rules/vehicle-status'
import { seededStore, TEST_NOW, TEST_TODAY, type SeededStore } from './seed.test-support'

type Row = Record<string, string | number | null>

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const PLATE_KIND_OF_TYPE: Record<string, string> = { '51': 'newEnergyLarge', '52': 'newEnergySmall', '15': 'trailer', '16': 'coach' }

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

describe('seeded data passes the validators (all rows of a 2,000-person seed)', () => {
  let seeded: SeededStore
  let db: Database.Database
  const all = (sql: string): Row[] => db.prepare(sql).all() as Row[]
  beforeAll(() => {
    seeded = seededStore({ seed: 7, people: 2000 })
    db = seeded.store.sqlite
  })
  afterAll(() => seeded.dispose())

  it('has no dangling references', () => {
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL again after the load
  })

  it('people: valid ID numbers matching gender and birth date, valid phones, addresses in the region', () => {
    const people = all('SELECT * FROM people')
    expect(people).toHaveLength(2000)
    for (const p of people) {
      const id = validateIdNumber(String(p.id_number), TEST_TODAY)
      expect(id.ok, String(p.id_number)).toBe(true)
      if (!id.ok) continue
      expect(id.value.idNumber).toBe(p.id_number)
      expect(id.value.gender).toBe(p.gender)
      expect(id.value.birthDate).toBe(p.birth_date)
      expect(String(p.birth_date) >= '1950-01-01' && String(p.birth_date) <= '2006-12-31').toBe(true)
      expect(p.id_type).toBe('A')
      expect(String(p.name)).toMatch(/^[\u4e00-\u9fff]{2,4}$/)
      expect(String(p.address)).toMatch(/号/)
      if (p.phone !== null) expect(validateMobile(String(p.phone))).toEqual({ ok: true, value: p.phone })
      expect(String(p.updated_at)).toMatch(ISO_TIME)
    }
  })

  it('drivers: valid file numbers, classes, status letters and dates', () => {
    const drivers = all('SELECT d.*, p.birth_date, p.phone AS person_phone FROM drivers d JOIN people p ON p.id = d.person_id')
    expect(drivers.length).toBeGreaterThan(1500)
    for (const d of drivers) {
      expect(validateLicenseFileNo(String(d.file_no)).ok, String(d.file_no)).toBe(true)
      expect(parseLicenseClasses(String(d.classes)).ok, String(d.classes)).toBe(true)
      expect(parseLicenseStatus(String(d.status)).ok, String(d.status)).toBe(true)
      expect(String(d.first_issue_date)).toMatch(ISO_DATE)
      // First issue on or after the 18th birthday.
      expect(String(d.first_issue_date) >= `${Number(String(d.birth_date).slice(0, 4)) + 18}${String(d.birth_date).slice(4)}`).toBe(true)
      expect(String(d.first_issue_date) < TEST_TODAY).toBe(true)
      expect(String(d.valid_until) > String(d.first_issue_date)).toBe(true)
      if (String(d.status).includes('M')) expect(String(d.valid_until) < TEST_TODAY).toBe(true)
      else expect(String(d.valid_until) > TEST_TODAY).toBe(true)
      expect(Number(d.cycle_points)).toBeGreaterThanOrEqual(0)
      expect(Number(d.cycle_points)).toBeLessThanOrEqual(12)
      expect(d.status === 'B').toBe(d.cycle_points === 12)
      if (d.status === 'B') expect(Number(d.full_score_count)).toBeGreaterThanOrEqual(1)
      expect(String(d.issuing_organ)).toMatch(/公安/)
      expect(d.phone).toBe(d.person_phone)
    }
  })

  it('drivers: cycle points are the points of their decisions in the current scoring cycle', () => {
    const decided = new Map<string, { decided: string; points: number }[]>()
    for (const r of all('SELECT person_id, decided_at, points FROM decisions')) {
      const list = decided.get(String(r.person_id)) ?? []
      list.push({ decided: String(r.decided_at).slice(0, 10), points: Number(r.points) })
      decided.set(String(r.person_id), list)
    }
    for (const d of all('SELECT person_id, first_issue_date, cycle_points FROM drivers')) {
      const { start } = scoringCycle(String(d.first_issue_date), TEST_TODAY)
      const sum = (decided.get(String(d.person_id)) ?? []).filter((x) => x.decided >= start).reduce((s, x) => s + x.points, 0)
      expect(d.cycle_points).toBe(Math.min(sum, 12))
    }
    // Decisions only go to licensed drivers, after their first issue.
    const unlicensed = db.prepare('SELECT count(*) FROM decisions WHERE person_id NOT IN (SELECT person_id FROM drivers)').pluck().get()
    expect(unlicensed).toBe(0)
  })

  it('units: valid credit codes of the manager’s region', () => {
    const units = all('SELECT u.*, p.id_number FROM units u JOIN people p ON p.id = u.manager_person_id')
    expect(units.length).toBeGreaterThan(10)
    for (const u of units) {
      const code = validateCreditCode(String(u.credit_code))
      expect(code.ok, String(u.credit_code)).toBe(true)
      if (code.ok) expect(code.value.regionCode).toBe(String(u.id_number).slice(0, 6))
      expect(String(u.name)).toMatch(/有限公司$/)
      expect(validateMobile(String(u.manager_phone)).ok).toBe(true)
    }
  })

  it('vehicles: valid GA 36 plates of the right kind for their plate type, valid use codes and statuses', () => {
    const vehicles = all(`SELECT v.*, p.id_number, p.phone AS owner_phone, u.manager_phone FROM vehicles v
      LEFT JOIN people p ON p.id = v.owner_person_id LEFT JOIN units u ON u.id = v.owner_unit_id`)
    expect(vehicles.length).toBeGreaterThan(1200)
    let home = 0
    for (const v of vehicles) {
      const plate = validatePlate(String(v.plate))
      expect(plate.ok, String(v.plate)).toBe(true)
      if (!plate.ok) continue
      expect(plate.value.plate).toBe(v.plate)
      expect(plate.value.kind).toBe(PLATE_KIND_OF_TYPE[String(v.plate_type)] ?? 'ordinary')
      expect(validatePlateType(String(v.plate_type)).ok).toBe(true)
      expect(validateVehicleUse(String(v.use_code)).ok).toBe(true)
      for (const letter of String(v.status)) expect(VEHICLE_STATUS[letter], String(v.status)).toBeDefined()
      if (v.owner_type === 'person') {
        expect(v.owner_person_id).not.toBeNull()
        expect(v.owner_unit_id).toBeNull()
        expect(v.phone).toBe(v.owner_phone)
        if (findProvinceByPlateAbbr(plate.value.province)?.code === String(v.id_number).slice(0, 2)) home++
      } else {
        expect(v.owner_type).toBe('unit')
        expect(v.owner_person_id).toBeNull()
        expect(v.phone).toBe(v.manager_phone)
      }
      expect(String(v.registered_at)).toMatch(ISO_TIME)
    }
    // Mostly the owner's own province.
    expect(home / vehicles.filter((v) => v.owner_type === 'person').length).toBeGreaterThan(0.85)
  })

  it('bindings: at most 3 per driver and per vehicle, never the driver’s own vehicle, bindable vehicles only', () => {
    const bindings = all(`SELECT b.*, v.owner_person_id, v.plate_type, v.use_code FROM bindings b JOIN vehicles v ON v.id = b.vehicle_id`)
    expect(bindings.length).toBeGreaterThan(0)
    const perPerson = new Map<string, number>()
    const perVehicle = new Map<string, number>()
    for (const b of bindings) {
      expect(b.owner_person_id).not.toBe(b.person_id)
      expect(['02', '52']).toContain(b.plate_type)
      expect(b.use_code).toBe('A')
      expect(b.status).toBe('active')
      expect(b.consent === 'owner_present').toBe(b.channel === 'window')
      perPerson.set(String(b.person_id), (perPerson.get(String(b.person_id)) ?? 0) + 1)
      perVehicle.set(String(b.vehicle_id), (perVehicle.get(String(b.vehicle_id)) ?? 0) + 1)
    }
    expect(Math.max(...perPerson.values())).toBeLessThanOrEqual(3)
    expect(Math.max(...perVehicle.values())).toBeLessThanOrEqual(3)
    const binders = db.prepare('SELECT count(*) FROM bindings WHERE person_id NOT IN (SELECT person_id FROM drivers)').pluck().get()
    expect(binders).toBe(0)
  })

  it('accounts: personal accounts use the person’s phone, unit accounts were opened at a window', () => {
    for (const a of all('SELECT a.*, p.phone AS person_phone FROM accounts a LEFT JOIN people p ON p.id = a.person_id')) {
      expect(validateMobile(String(a.phone)).ok).toBe(true)
      expect(a.status).toBe('active')
      if (a.kind === 'personal') expect(a.phone).toBe(a.person_phone)
      else expect([a.kind, a.channel, a.person_id]).toEqual(['unit', 'window', null])
      expect(String(a.registered_at) >= '2016-06-01').toBe(true)
    }
  })

  it('violations: record numbers, places, times within three years, statuses that match decisions and payments', () => {
    const violations = all(`SELECT v.*, d.decision_no, d.decided_at, d.due_date, d.person_id AS decided_for, d.fine_fen AS d_fine,
        d.points AS d_points, p.fine_fen AS p_fine, p.late_fee_fen, p.paid_at, p.receipt_no
      FROM violations v LEFT JOIN decisions d ON d.violation_id = v.id LEFT JOIN payments p ON p.decision_id = d.id`)
    expect(violations.length).toBeGreaterThan(5000)
    const earliest = new Date(TEST_NOW.getTime() - 3 * 366 * 86_400_000).toISOString()
    for (const v of violations) {
      const record = String(v.record_no)
      expect(record.length).toBeLessThanOrEqual(20)
      expect(record.slice(0, 6)).toBe(v.region_code)
      expect(isProvinceCode(String(v.region_code).slice(0, 2))).toBe(true)
      expect(String(v.occurred_at)).toMatch(ISO_TIME)
      expect(Date.parse(String(v.occurred_at))).toBeLessThan(TEST_NOW.getTime())
      expect(Date.parse(String(v.occurred_at))).toBeGreaterThan(Date.parse(earliest))
      expect(Number.isInteger(v.fine_fen) && Number(v.fine_fen) % 100 === 0).toBe(true)
      expect([0, 1, 3, 6, 9, 12]).toContain(v.points)
      const decided = v.decision_no !== null
      const paid = v.receipt_no !== null
      expect(decided).toBe(v.status === 'processed' || v.status === 'paid')
      expect(paid).toBe(v.status === 'paid')
      if (v.source === 'onsite') {
        expect(decided).toBe(true)
        expect(v.driver_person_id).not.toBeNull()
      }
      if (!decided) continue
      expect(v.driver_person_id).toBe(v.decided_for)
      expect(validateDecisionNumber(String(v.decision_no), { checkDigit: mod7CheckDigit }).ok, String(v.decision_no)).toBe(true)
      expect([v.d_fine, v.d_points]).toEqual([v.fine_fen, v.points])
      expect(String(v.decided_at) >= String(v.occurred_at)).toBe(true)
      expect(Date.parse(String(v.decided_at))).toBeLessThan(TEST_NOW.getTime())
      expect(v.due_date).toBe(addDays(String(v.decided_at).slice(0, 10), 15))
      if (!paid) continue
      expect(v.p_fine).toBe(v.fine_fen)
      expect(String(v.paid_at) >= String(v.decided_at)).toBe(true)
      expect(Date.parse(String(v.paid_at))).toBeLessThan(TEST_NOW.getTime())
      expect(String(v.receipt_no)).toMatch(/^\d{20}$/)
      // FACTS §2: 3% of the fine per day after the due date, capped at the fine.
      const lateDays = Math.max(0, (Date.parse(String(v.paid_at).slice(0, 10)) - Date.parse(String(v.due_date))) / 86_400_000)
      expect(v.late_fee_fen).toBe(Math.min(Number(v.fine_fen), (Number(v.fine_fen) * 3 * lateDays) / 100))
    }
  })
})
