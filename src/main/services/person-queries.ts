// Prepared statements behind search and the person view: every lookup the UI makes is one
// indexed statement, prepared once per connection.
import type Database from 'better-sqlite3'

export interface PersonRow {
  id: string
  id_type: string
  id_number: string
  name: string
  gender: 'M' | 'F'
  birth_date: string
  address: string
  phone: string | null
}

export interface DriverRow {
  file_no: string
  classes: string
  status: string
  first_issue_date: string
  valid_until: string
  cycle_points: number
  full_score_count: number
  issuing_organ: string
  phone: string | null
}

export interface VehicleRow {
  id: string
  plate: string
  plate_type: string
  use_code: string
  model: string
  status: string
  phone: string | null
  relation: 'owner' | 'bound'
  bound_at: string | null
}

export interface ViolationRow {
  id: string
  record_no: string
  source: 'camera' | 'onsite'
  plate: string
  code: string
  behaviour: string
  fine_fen: number
  points: number
  status: 'unprocessed' | 'processed' | 'paid' | 'disputed' | 'voided'
  occurred_at: string
  place: string
  discovering_organ: string
  decision_no: string | null
  decision_id: string | null
}

export interface AccountRow {
  kind: 'personal' | 'unit'
  phone: string
  channel: 'window' | 'app' | 'web'
  registered_at: string
}

/** Violations shown on one person view; older ones stay in central's archive. */
export const VIOLATION_LIMIT = 200
export const SEARCH_LIMIT = 50
export const HISTORY_LIMIT = 100

export interface HistoryRow {
  id: string
  kind: string
  summary: string
  at: string
  operator_no: string | null
  operator_name: string | null
  place: string
  channel: 'window' | 'app' | 'bank' | 'central'
  pending: 0 | 1
}

export function preparePersonQueries(sqlite: Database.Database) {
  const personColumns = 'p.id, p.id_type, p.id_number, p.name, p.gender, p.birth_date, p.address, p.phone'
  const q = {
    personById: sqlite.prepare(`SELECT ${personColumns} FROM people p WHERE p.id = ?`),
    personByIdNumber: sqlite.prepare(`SELECT ${personColumns} FROM people p WHERE p.id_type = 'A' AND p.id_number = ?`),
    personsByPhone: sqlite.prepare(
      `SELECT ${personColumns}, '登记电话' AS via FROM people p WHERE p.phone = @phone
       UNION SELECT ${personColumns}, '驾驶证联系电话' AS via FROM drivers d JOIN people p ON p.id = d.person_id WHERE d.phone = @phone
       UNION SELECT ${personColumns}, '车辆联系电话' AS via FROM vehicles v JOIN people p ON p.id = v.owner_person_id WHERE v.phone = @phone
       UNION SELECT ${personColumns}, '12123账户手机' AS via FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.phone = @phone
       LIMIT ${SEARCH_LIMIT}`
    ),
    personsByPlate: sqlite.prepare(
      `SELECT ${personColumns}, v.plate AS plate, 'owner' AS via FROM vehicles v JOIN people p ON p.id = v.owner_person_id WHERE v.plate = @plate
       UNION SELECT ${personColumns}, v.plate AS plate, 'bound' AS via FROM vehicles v JOIN bindings b ON b.vehicle_id = v.id AND b.status = 'active'
         JOIN people p ON p.id = b.person_id WHERE v.plate = @plate
       LIMIT ${SEARCH_LIMIT}`
    ),
    personByDecisionNo: sqlite.prepare(
      `SELECT ${personColumns} FROM decisions d JOIN people p ON p.id = d.person_id WHERE d.decision_no = ?`
    ),
    personByLicenseFileNo: sqlite.prepare(
      `SELECT ${personColumns} FROM drivers d JOIN people p ON p.id = d.person_id WHERE d.file_no = ?`
    ),
    hasLicense: sqlite.prepare('SELECT 1 FROM drivers WHERE person_id = ?').pluck(),
    ownedVehicleCount: sqlite.prepare('SELECT count(*) FROM vehicles WHERE owner_person_id = ?').pluck(),
    openViolationCount: sqlite
      .prepare(
        // The same vehicles as the person view (owned and bound), so the list and the detail agree.
        `SELECT count(*) FROM (
           SELECT x.id FROM violations x
            WHERE x.vehicle_id IN (
              SELECT id FROM vehicles WHERE owner_person_id = @id
              UNION SELECT vehicle_id FROM bindings WHERE person_id = @id AND status = 'active')
              AND x.status IN ('unprocessed', 'processed', 'disputed')
           UNION SELECT x.id FROM violations x
            WHERE x.driver_person_id = @id AND x.status IN ('unprocessed', 'processed', 'disputed'))`
      )
      .pluck(),
    driver: sqlite.prepare(
      `SELECT file_no, classes, status, first_issue_date, valid_until, cycle_points, full_score_count, issuing_organ, phone
         FROM drivers WHERE person_id = ?`
    ),
    vehicles: sqlite.prepare(
      `SELECT v.id, v.plate, v.plate_type, v.use_code, v.model, v.status, v.phone, 'owner' AS relation, NULL AS bound_at
         FROM vehicles v WHERE v.owner_person_id = @id
       UNION ALL
       SELECT v.id, v.plate, v.plate_type, v.use_code, v.model, v.status, v.phone, 'bound' AS relation, b.bound_at
         FROM bindings b JOIN vehicles v ON v.id = b.vehicle_id WHERE b.person_id = @id AND b.status = 'active'`
    ),
    violations: sqlite.prepare(
      `SELECT x.id, x.record_no, x.source, x.plate, x.code, x.behaviour, x.fine_fen, x.points, x.status, x.occurred_at,
              x.place, x.discovering_organ, d.decision_no, d.id AS decision_id
         FROM violations x LEFT JOIN decisions d ON d.violation_id = x.id
        WHERE x.id IN (
          SELECT id FROM violations WHERE vehicle_id IN (
            SELECT id FROM vehicles WHERE owner_person_id = @id
            UNION SELECT vehicle_id FROM bindings WHERE person_id = @id AND status = 'active')
          UNION SELECT id FROM violations WHERE driver_person_id = @id)
        ORDER BY x.occurred_at DESC
        LIMIT ${VIOLATION_LIMIT}`
    ),
    account: sqlite.prepare(
      `SELECT kind, phone, channel, registered_at FROM accounts WHERE person_id = ? AND status = 'active'`
    ),
    history: sqlite.prepare(
      `SELECT r.id, r.kind, r.summary, r.at, r.operator_no, r.operator_name, r.place, r.channel,
              EXISTS (SELECT 1 FROM sync_shadow s WHERE s.table_name = 'service_records' AND s.row_id = r.id) AS pending
         FROM service_records r WHERE r.person_id = ? ORDER BY r.at DESC LIMIT ${HISTORY_LIMIT}`
    )
  }
  return q
}

export type PersonQueries = ReturnType<typeof preparePersonQueries>
