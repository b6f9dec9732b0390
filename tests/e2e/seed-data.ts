// Picks real people out of the data set the web host generated, straight from its SQLite file
// (read-only). Tests never hard-code what the generator produced: they ask this module for "a
// person with a license, an owned vehicle and a phone" and assert what the screen shows for them.
import Database from 'better-sqlite3'

export interface SeededOperator {
  policeNo: string
  name: string
  role: string
}

export interface SeededPerson {
  id: string
  idNumber: string
  name: string
  /** The phone registered on the person. */
  phone: string
  /** A plate of a vehicle registered in the person's name. */
  plate: string
  licenseStatus: string
  cyclePoints: number
  /** The person's most recent violation (via an owned vehicle or as the driver). */
  latestViolation: { recordNo: string; behaviour: string; occurredAt: string }
}

/** An unprocessed camera record that 12123 refuses because the points would reach 12. */
export interface PointsRefusal {
  personId: string
  idNumber: string
  name: string
  recordNo: string
  behaviour: string
  occurredAt: string
  points: number
  cyclePoints: number
}

/** An unprocessed record of a vehicle, with the vehicle's owner (the person the clerk opens). */
export interface OpenRecord {
  violationId: string
  recordNo: string
  behaviour: string
  occurredAt: string
  personId: string
  name: string
}

export interface SeedData {
  operator(policeNo: string): SeededOperator
  /** The (oldest) unprocessed record of the vehicle with this plate, and its owner. */
  unprocessedOnPlate(plate: string): OpenRecord
  /** A licensed owner whose own car's camera record would take the cycle to 12 points or more. */
  pointsRefusal(): PointsRefusal
  /** A person with a resident ID, a phone, a driving license, an owned vehicle and a violation. */
  personWithLicenseVehicleAndPhone(): SeededPerson
  /** A well-formed resident ID number (valid check character) that belongs to nobody here. */
  unknownIdNumber(): string
  /** A penalty decision of the data set, with the person it was issued to. */
  decision(): { decisionNo: string; name: string; idNumber: string }
  close(): void
}

interface PersonRow {
  id: string
  id_number: string
  name: string
  phone: string
  plate: string
  license_status: string
  cycle_points: number
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** GB 11643-1999 check character, written here independently of the app's validator. */
export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS.charAt(sum % 11)
}

/** The same number with a different (wrong) last character: still 18 characters, digits only. */
export function withWrongCheckChar(idNumber: string): string {
  const last = idNumber.slice(-1)
  const wrong = last === '1' ? '2' : '1'
  return idNumber.slice(0, 17) + wrong
}

export function openSeedData(databaseFile: string): SeedData {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  db.pragma('busy_timeout = 5000')

  const need = <T>(row: T | undefined, what: string): T => {
    if (row === undefined) throw new Error(`The generated data set has no ${what} (${databaseFile}).`)
    return row
  }

  return {
    pointsRefusal() {
      return need(
        db
          .prepare(
            `SELECT p.id AS personId, p.id_number AS idNumber, p.name, x.record_no AS recordNo, x.behaviour,
                    x.occurred_at AS occurredAt, x.points, d.cycle_points AS cyclePoints
               FROM violations x JOIN vehicles v ON v.id = x.vehicle_id JOIN people p ON p.id = v.owner_person_id
               JOIN drivers d ON d.person_id = p.id
              WHERE x.status = 'unprocessed' AND x.source = 'camera' AND x.on_internet = 1 AND p.id_type = 'A'
                AND x.points > 0 AND d.cycle_points + x.points >= 12
              ORDER BY d.status = 'A' DESC, x.record_no LIMIT 1`
          )
          .get() as PointsRefusal | undefined,
        'unprocessed camera record that would take its owner to 12 points'
      )
    },
    decision() {
      return need(
        db
          .prepare(
            `SELECT d.decision_no AS decisionNo, p.name, p.id_number AS idNumber
               FROM decisions d JOIN people p ON p.id = d.person_id
              WHERE length(d.decision_no) = 16 ORDER BY d.decided_at DESC LIMIT 1`
          )
          .get() as { decisionNo: string; name: string; idNumber: string } | undefined,
        'penalty decision'
      )
    },
    unprocessedOnPlate(plate) {
      return need(
        db
          .prepare(
            `SELECT x.id AS violationId, x.record_no AS recordNo, x.behaviour, x.occurred_at AS occurredAt,
                    p.id AS personId, p.name
               FROM violations x JOIN vehicles v ON v.id = x.vehicle_id JOIN people p ON p.id = v.owner_person_id
              WHERE v.plate = ? AND x.status = 'unprocessed'
              ORDER BY x.occurred_at, x.record_no LIMIT 1`
          )
          .get(plate) as OpenRecord | undefined,
        `unprocessed record of ${plate}`
      )
    },
    operator(policeNo) {
      return need(
        db.prepare('SELECT police_no AS policeNo, name, role FROM operators WHERE police_no = ?').get(policeNo) as
          | SeededOperator
          | undefined,
        `operator ${policeNo}`
      )
    },

    personWithLicenseVehicleAndPhone() {
      // Prefer a plain case a clerk meets every day: license 正常, some points this cycle, a phone
      // that leads to few people; fall back to anyone with the four things if there is none.
      const row = need(
        db
          .prepare(
            `SELECT p.id, p.id_number, p.name, p.phone, d.status AS license_status, d.cycle_points,
                    (SELECT v.plate FROM vehicles v WHERE v.owner_person_id = p.id ORDER BY v.registered_at, v.id LIMIT 1) AS plate
               FROM people p JOIN drivers d ON d.person_id = p.id
              WHERE p.id_type = 'A' AND p.phone IS NOT NULL
                AND EXISTS (SELECT 1 FROM vehicles v WHERE v.owner_person_id = p.id)
                AND EXISTS (SELECT 1 FROM violations x
                             WHERE x.driver_person_id = p.id
                                OR x.vehicle_id IN (SELECT v.id FROM vehicles v WHERE v.owner_person_id = p.id))
              ORDER BY (d.status = 'A') DESC,
                       (d.cycle_points > 0) DESC,
                       (SELECT count(*) FROM people q WHERE q.phone = p.phone) ASC,
                       p.id_number
              LIMIT 1`
          )
          .get() as PersonRow | undefined,
        'person with a resident ID, a phone, a driving license, an owned vehicle and a violation'
      )
      const latestViolation = need(
        db
          .prepare(
            `SELECT record_no AS recordNo, behaviour, occurred_at AS occurredAt FROM violations
              WHERE driver_person_id = @id
                 OR vehicle_id IN (SELECT id FROM vehicles WHERE owner_person_id = @id)
              ORDER BY occurred_at DESC LIMIT 1`
          )
          .get({ id: row.id }) as SeededPerson['latestViolation'] | undefined,
        `violation for person ${row.id}`
      )
      return {
        id: row.id,
        idNumber: row.id_number,
        name: row.name,
        phone: row.phone,
        plate: row.plate,
        licenseStatus: row.license_status,
        cyclePoints: row.cycle_points,
        latestViolation
      }
    },

    unknownIdNumber() {
      const exists = db.prepare('SELECT 1 FROM people WHERE id_number = ?').pluck()
      // 110101 (北京市东城区), born 1990-03-07; walk the sequence until nobody has the number.
      for (let seq = 1; seq < 1000; seq++) {
        const first17 = `11010119900307${String(seq).padStart(3, '0')}`
        const candidate = first17 + idCheckChar(first17)
        if (exists.get(candidate) === undefined) return candidate
      }
      throw new Error('Could not find an unused ID number.')
    },

    close() {
      db.close()
    }
  }
}

/** Masks as a clerk sees them in lists: 440***********1234 and 138****5678. */
export function expectedMaskedId(idNumber: string): string {
  return idNumber.slice(0, 3) + '*'.repeat(idNumber.length - 7) + idNumber.slice(-4)
}

export function expectedMaskedPhone(phone: string): string {
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4)
}

/** GA standard license status letters in words (a status string may hold several letters). */
export const LICENSE_STATUS_WORDS: Readonly<Record<string, string>> = {
  A: '正常',
  B: '超分',
  C: '转出',
  D: '暂扣',
  E: '撤销',
  F: '吊销',
  G: '注销',
  H: '违法未处理',
  I: '事故未处理',
  J: '停止使用',
  K: '扣押',
  L: '锁定',
  M: '逾期未换证',
  N: '延期换证',
  P: '延期体检',
  R: '注销可恢复',
  S: '逾期未审验',
  T: '延期审验',
  U: '扣留'
}
