// Prepared statements of the 备案 workflow: the lists the window shows (the person's bindings, a
// vehicle's other drivers, the supervisors' review queue). The rules' facts are not read here but
// through the command's own reads (commands/binding-rules.ts), so screen and command agree.
import type Database from 'better-sqlite3'

export interface PersonRow {
  id: string
  id_type: string
  id_number: string
  name: string
  phone: string | null
}

export interface BindingListRow {
  id: string
  vehicle_id: string
  status: 'active' | 'pending_review'
  consent: 'owner_present' | 'qr_code' | 'sms_code'
  channel: 'window' | 'app' | 'web'
  bound_at: string
  plate: string
  plate_type: string
  use_code: string
  model: string
  /** 1 while the row carries an action central has not confirmed (a shadow exists). */
  awaiting: number
}

export interface DriverRow {
  id: string
  status: 'active' | 'pending_review'
  bound_at: string
  name: string
  id_number: string
}

export interface VehicleRow {
  id: string
  plate: string
  plate_type: string
  use_code: string
  model: string
  status: string
  owner_type: 'person' | 'unit'
  owner_name: string | null
}

export interface ReviewRow {
  id: string
  bound_at: string
  consent: 'owner_present' | 'qr_code' | 'sms_code'
  name: string
  id_number: string
  plate: string
  plate_type: string
  model: string
  operator_name: string | null
  operator_no: string | null
  place: string | null
  awaiting: number
}

const AWAITING = `EXISTS (SELECT 1 FROM sync_shadow s WHERE s.table_name = 'bindings' AND s.row_id = b.id)`

export function prepareBindingQueries(sqlite: Database.Database) {
  return {
    person: sqlite.prepare('SELECT id, id_type, id_number, name, phone FROM people WHERE id = ?'),
    hasLicense: sqlite.prepare('SELECT 1 FROM drivers WHERE person_id = ?').pluck(),
    vehicleId: sqlite.prepare('SELECT id FROM vehicles WHERE plate = ? AND plate_type = ?').pluck(),
    plateTypesOfPlate: sqlite.prepare('SELECT plate_type FROM vehicles WHERE plate = ? ORDER BY plate_type').pluck(),
    vehicle: sqlite.prepare(
      `SELECT v.id, v.plate, v.plate_type, v.use_code, v.model, v.status, v.owner_type,
              COALESCE(p.name, u.name) AS owner_name
         FROM vehicles v LEFT JOIN people p ON p.id = v.owner_person_id LEFT JOIN units u ON u.id = v.owner_unit_id
        WHERE v.id = ?`
    ),
    personBindings: sqlite.prepare(
      `SELECT b.id, b.vehicle_id, b.status, b.consent, b.channel, b.bound_at, v.plate, v.plate_type, v.use_code, v.model,
              ${AWAITING} AS awaiting
         FROM bindings b JOIN vehicles v ON v.id = b.vehicle_id
        WHERE b.person_id = ? AND b.status IN ('active', 'pending_review')
        ORDER BY b.bound_at, b.id`
    ),
    vehicleDrivers: sqlite.prepare(
      `SELECT b.id, b.status, b.bound_at, p.name, p.id_number
         FROM bindings b JOIN people p ON p.id = b.person_id JOIN vehicles v ON v.id = b.vehicle_id
        WHERE b.vehicle_id = ? AND b.status IN ('active', 'pending_review') AND b.person_id IS NOT v.owner_person_id
        ORDER BY b.bound_at, b.id`
    ),
    binding: sqlite.prepare(
      `SELECT b.status, b.bound_at, b.unbound_at, v.plate FROM bindings b JOIN vehicles v ON v.id = b.vehicle_id WHERE b.id = ?`
    ),
    reviewQueue: sqlite.prepare(
      `SELECT b.id, b.bound_at, b.consent, p.name, p.id_number, v.plate, v.plate_type, v.model,
              sr.operator_name, sr.operator_no, sr.place, ${AWAITING} AS awaiting
         FROM bindings b
         JOIN people p ON p.id = b.person_id
         JOIN vehicles v ON v.id = b.vehicle_id
         LEFT JOIN service_records sr
           ON sr.person_id = b.person_id AND sr.kind = 'binding.create' AND json_extract(sr.detail, '$.bindingId') = b.id
        WHERE b.status = 'pending_review'
        ORDER BY b.bound_at, b.id
        LIMIT 200`
    ),
    reviewTask: sqlite.prepare("SELECT id FROM review_tasks WHERE kind = 'binding' AND subject_id = ?").pluck(),
    openReviewTask: sqlite.prepare(
      `INSERT INTO review_tasks (id, kind, subject_id, status, proposer_id, created_at) VALUES (?, 'binding', ?, 'open', ?, ?)`
    ),
    settleReviewTask: sqlite.prepare(
      "UPDATE review_tasks SET status = ?, reviewer_id = ?, comment = ?, decided_at = ? WHERE id = ? AND status = 'open'"
    ),
    settledReviewTask: sqlite.prepare(
      `INSERT INTO review_tasks (id, kind, subject_id, status, reviewer_id, comment, created_at, decided_at)
       VALUES (?, 'binding', ?, ?, ?, ?, ?, ?)`
    )
  }
}

export type BindingQueries = ReturnType<typeof prepareBindingQueries>
