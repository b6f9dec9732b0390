// Prepared statements behind the violation verdicts: what the store knows about one violation,
// its vehicle and this person's link to it, the person's licence, and pending processing
// commands in the outbox. Each is one indexed lookup, prepared once per connection.
import type Database from 'better-sqlite3'

/**
 * Outbox command types that process a violation or pay its fine. A pending one means the record
 * is processed here but central has not confirmed it yet: it counts as processed (seed 001 §七.2),
 * so nobody processes it twice. The write paths that enqueue them must put the violation's id in
 * the payload as `violationId`. Dispute filings and views are not processing and are not listed.
 */
export const PROCESSING_COMMAND_TYPES = ['violation.process', 'fine.pay'] as const

/** sync_state key the sync client (issue 4) writes after each successful exchange with central. */
/** Written by the sync engine (sync-store.ts) as JSON: the server time of the last exchange. */
export const LAST_SYNC_KEY = 'sync.lastSyncAt'

export interface VerdictViolationRow {
  id: string
  record_no: string
  source: 'camera' | 'onsite'
  code: string
  penalty: 'warning' | 'fine' | 'beyond_simple' | null
  fine_fen: number
  points: number
  status: 'unprocessed' | 'processed' | 'paid' | 'disputed' | 'voided'
  occurred_at: string
  region_code: string
  on_internet: 0 | 1
  /** 1 when a penalty decision exists, 0 otherwise. */
  decided: 0 | 1
  /** 1 when a payment of its decision exists. */
  paid: 0 | 1
  /** 1 when an objection is open, proposed or returned (not yet approved or rejected). */
  open_dispute: 0 | 1
  /** The vehicle record; null when the violation names no vehicle this workstation holds. */
  vehicle_id: string | null
  vehicle_plate: string | null
  vehicle_plate_type: string | null
  vehicle_kind: string | null
  vehicle_use_code: string | null
  vehicle_status: string | null
  vehicle_owner_type: 'person' | 'unit' | null
  vehicle_owner_person_id: string | null
  vehicle_restricted: 0 | 1 | null
  /** When this person's active binding (备案) of the vehicle took effect; null if none. */
  bound_at: string | null
}

export interface VerdictDriverRow {
  classes: string
  status: string
  first_issue_date: string
  cycle_points: number
  full_score_count: number
  restricted: 0 | 1
}

export function prepareVerdictQueries(sqlite: Database.Database) {
  const pendingTypes = PROCESSING_COMMAND_TYPES.map((t) => `'${t}'`).join(', ')
  return {
    /** The rows of the given violations (ids as a JSON array: one statement per person view). */
    violations: sqlite.prepare<{ ids: string; personId: string }, VerdictViolationRow>(
      `SELECT x.id, x.record_no, x.source, x.code, x.penalty, x.fine_fen, x.points, x.status, x.occurred_at,
              x.region_code, x.on_internet,
              EXISTS (SELECT 1 FROM decisions d WHERE d.violation_id = x.id) AS decided,
              EXISTS (SELECT 1 FROM decisions d JOIN payments p ON p.decision_id = d.id WHERE d.violation_id = x.id) AS paid,
              EXISTS (SELECT 1 FROM disputes s WHERE s.violation_id = x.id AND s.status IN ('open', 'proposed', 'returned')) AS open_dispute,
              v.id AS vehicle_id, v.plate AS vehicle_plate, v.plate_type AS vehicle_plate_type, v.vehicle_kind,
              v.use_code AS vehicle_use_code, v.status AS vehicle_status, v.owner_type AS vehicle_owner_type,
              v.owner_person_id AS vehicle_owner_person_id, v.restricted AS vehicle_restricted,
              (SELECT min(b.bound_at) FROM bindings b
                WHERE b.person_id = @personId AND b.vehicle_id = x.vehicle_id AND b.status = 'active') AS bound_at
         FROM violations x LEFT JOIN vehicles v ON v.id = x.vehicle_id
        WHERE x.id IN (SELECT value FROM json_each(@ids))`
    ),
    driver: sqlite.prepare<[string], VerdictDriverRow>(
      `SELECT classes, status, first_issue_date, cycle_points, full_score_count, restricted
         FROM drivers WHERE person_id = ?`
    ),
    /** Violation ids named by pending processing commands (few: the outbox drains when online). */
    pendingProcessing: sqlite
      .prepare<[], string>(
        `SELECT DISTINCT json_extract(payload, '$.data.violationId') FROM outbox
          WHERE status = 'pending' AND type IN (${pendingTypes})
            AND json_extract(payload, '$.data.violationId') IS NOT NULL`
      )
      .pluck(),
    lastSyncAt: sqlite.prepare<[string], string>('SELECT value FROM sync_state WHERE key = ?').pluck()
  }
}

export type VerdictQueries = ReturnType<typeof prepareVerdictQueries>
