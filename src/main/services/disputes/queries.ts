// The 异议 service's prepared statements. The history of an objection is read from the synced
// service records its commands wrote (kind dispute.*, detail.disputeId), so every window and
// central tell it the same way, with who did each step and where.
import type Database from 'better-sqlite3'

export interface DisputeRow {
  id: string
  violation_id: string
  ground: string
  statement: string
  status: 'open' | 'proposed' | 'approved' | 'rejected' | 'returned'
  proposal: 'uphold' | 'void' | 'correct_plate' | 'transfer' | null
  filed_by: string
  filed_at: string
  resolved_at: string | null
  person_id: string | null
  filed_by_no: string | null
  proposal_detail: string | null
  proposed_by: string | null
  proposed_by_no: string | null
  proposed_at: string | null
  reviewed_by: string | null
  reviewed_by_no: string | null
  review_comment: string | null
  attachments: string | null
  updated_at: string | null
}

export interface RecordRow {
  id: string
  record_no: string
  source: 'camera' | 'onsite'
  vehicle_id: string | null
  plate: string
  plate_type: string
  code: string
  behaviour: string
  fine_fen: number
  points: number
  status: 'unprocessed' | 'processed' | 'paid' | 'disputed' | 'voided'
  occurred_at: string
  place: string
  region_code: string
  discovering_organ: string
}

/** A dispute with its record and the names of the people of each step, for lists. */
export interface SummaryRow extends DisputeRow {
  r_id: string
  person_name: string | null
  filer_name: string | null
  proposer_name: string | null
  reviewer_name: string | null
  pending: 0 | 1
}

export interface HistoryRow {
  kind: string
  summary: string
  at: string
  operator_no: string | null
  operator_name: string | null
  place: string
  pending: 0 | 1
}

const RECORD_COLUMNS = `x.id, x.record_no, x.source, x.vehicle_id, x.plate, x.plate_type, x.code, x.behaviour, x.fine_fen, x.points,
  x.status, x.occurred_at, x.place, x.region_code, x.discovering_organ`

/** The name on the latest service record of a step of this dispute. */
const stepName = (kind: string): string =>
  `(SELECT r.operator_name FROM service_records r WHERE r.kind = '${kind}' AND json_extract(r.detail, '$.disputeId') = d.id
     AND (r.person_id = d.person_id OR d.person_id IS NULL) ORDER BY r.at DESC LIMIT 1)`

const SUMMARY = `
  SELECT d.*, x.id AS r_id, p.name AS person_name,
         ${stepName('dispute.file')} AS filer_name, ${stepName('dispute.propose')} AS proposer_name, ${stepName('dispute.review')} AS reviewer_name,
         EXISTS (SELECT 1 FROM sync_shadow s WHERE s.table_name = 'disputes' AND s.row_id = d.id) AS pending
    FROM disputes d JOIN violations x ON x.id = d.violation_id LEFT JOIN people p ON p.id = d.person_id`

export function prepareDisputeQueries(sqlite: Database.Database) {
  return {
    person: sqlite.prepare('SELECT id, name, id_number, phone FROM people WHERE id = ?'),
    record: sqlite.prepare(`SELECT ${RECORD_COLUMNS} FROM violations x WHERE x.id = ?`),
    /** The person's records as the person view lists them (owned or bound vehicles, or as driver). */
    candidates: sqlite.prepare(
      `SELECT ${RECORD_COLUMNS} FROM violations x
        WHERE x.status = 'unprocessed' AND x.id IN (
          SELECT id FROM violations WHERE vehicle_id IN (
            SELECT id FROM vehicles WHERE owner_person_id = @id
            UNION SELECT vehicle_id FROM bindings WHERE person_id = @id AND status = 'active')
          UNION SELECT id FROM violations WHERE driver_person_id = @id)
        ORDER BY x.occurred_at DESC LIMIT 200`
    ),
    dispute: sqlite.prepare('SELECT * FROM disputes WHERE id = ?'),
    summary: sqlite.prepare(`${SUMMARY} WHERE d.id = ?`),
    ofPerson: sqlite.prepare(`${SUMMARY} WHERE d.person_id = ? ORDER BY d.filed_at DESC LIMIT 100`),
    awaiting: sqlite.prepare(`${SUMMARY} WHERE d.status = 'proposed' ORDER BY d.proposed_at LIMIT 500`),
    mine: sqlite.prepare(`${SUMMARY} WHERE d.filed_by_no = @no OR d.proposed_by_no = @no ORDER BY coalesce(d.updated_at, d.filed_at) DESC LIMIT 200`),
    history: sqlite.prepare(
      `SELECT r.kind, r.summary, r.at, r.operator_no, r.operator_name, r.place,
              EXISTS (SELECT 1 FROM sync_shadow s WHERE s.table_name = 'service_records' AND s.row_id = r.id) AS pending
         FROM service_records r
        WHERE r.kind LIKE 'dispute.%' AND json_extract(r.detail, '$.disputeId') = @disputeId AND (@personId IS NULL OR r.person_id = @personId)
        ORDER BY r.at`
    ),
    vehicle: sqlite.prepare(
      `SELECT v.id, v.plate, v.plate_type, v.model, v.owner_type, p.name AS owner_name, u.name AS unit_name
         FROM vehicles v LEFT JOIN people p ON p.id = v.owner_person_id LEFT JOIN units u ON u.id = v.owner_unit_id WHERE v.id = ?`
    ),
    vehicleByPlate: sqlite.prepare('SELECT id FROM vehicles WHERE plate = ? AND plate_type = ?').pluck(),
    plateTypesOfPlate: sqlite.prepare('SELECT plate_type FROM vehicles WHERE plate = ?').pluck(),
    personByIdNumber: sqlite.prepare('SELECT id, name, id_number FROM people WHERE id_number = ?'),
    licenseStatus: sqlite.prepare('SELECT status FROM drivers WHERE person_id = ?').pluck(),
    localAttachment: sqlite.prepare("SELECT name, mime, bytes FROM attachments WHERE owner_type = 'dispute' AND owner_id = ? AND sha256 = ?"),
    localHashes: sqlite.prepare("SELECT sha256 FROM attachments WHERE owner_type = 'dispute' AND owner_id = ?").pluck(),
    insertAttachment: sqlite.prepare(
      `INSERT INTO attachments (id, sha256, name, mime, size, bytes, owner_type, owner_id, created_at, operator_id)
       VALUES (@id, @sha256, @name, @mime, @size, @bytes, 'dispute', @ownerId, @createdAt, @operatorId)`
    ),
    evidence: sqlite.prepare("SELECT id, sha256, name, mime, bytes, created_at FROM attachments WHERE owner_type = 'evidence' AND owner_id = ? ORDER BY id"),
    insertEvidence: sqlite.prepare(
      `INSERT OR IGNORE INTO attachments (id, sha256, name, mime, size, bytes, owner_type, owner_id, created_at, operator_id)
       VALUES (@id, @sha256, @name, @mime, @size, @bytes, 'evidence', @ownerId, @createdAt, NULL)`
    ),
    readSerial: sqlite.prepare('SELECT value FROM sync_state WHERE key = ?').pluck(),
    writeSerial: sqlite.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
  }
}

export type DisputeQueries = ReturnType<typeof prepareDisputeQueries>
