// Picks the people and records of the objection walkthrough from the host's own SQLite file (read
// only): citizens with unprocessed camera records that occurred in the window's city (4403), and a
// vehicle of somebody else, with a phone on record, to correct a misrecorded plate to.
import Database from 'better-sqlite3'

export interface CameraRecord {
  id: string
  recordNo: string
  plate: string
  behaviour: string
}

export interface Citizen {
  id: string
  idNumber: string
  name: string
  records: CameraRecord[]
}

export interface TargetVehicle {
  plate: string
  plateType: string
  /** The phone on the vehicle record: the owner is told there when the record moves to it. */
  phone: string
}

export interface DisputeData {
  /** `count` people, each with at least `records` unprocessed camera records of their own vehicles in 4403. */
  citizens(count: number, records: number): Citizen[]
  /** A small car (02) of another owner, local plate, phone on record. */
  vehicle(notOwnedBy: readonly string[]): TargetVehicle
  close(): void
}

export function openDisputeData(databaseFile: string): DisputeData {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  const recordsOf = db.prepare(
    `SELECT x.id, x.record_no, x.plate, x.behaviour FROM violations x JOIN vehicles v ON v.id = x.vehicle_id
      WHERE v.owner_person_id = ? AND v.owner_type = 'person' AND x.source = 'camera' AND x.status = 'unprocessed'
        AND x.penalty IS NOT NULL AND x.region_code LIKE '4403%'
        AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.violation_id = x.id)
        AND NOT EXISTS (SELECT 1 FROM disputes s WHERE s.violation_id = x.id)
      ORDER BY x.occurred_at DESC`
  )
  return {
    citizens(count, records) {
      const people = db
        .prepare(
          `SELECT p.id, p.id_number, p.name FROM people p
            WHERE p.id_type = 'A' AND (SELECT count(*) FROM people q WHERE q.name = p.name) = 1
              AND (SELECT count(*) FROM violations x JOIN vehicles v ON v.id = x.vehicle_id
                    WHERE v.owner_person_id = p.id AND v.owner_type = 'person' AND x.source = 'camera' AND x.status = 'unprocessed'
                      AND x.penalty IS NOT NULL AND x.region_code LIKE '4403%') >= ?
            ORDER BY p.id LIMIT ?`
        )
        .all(records, count) as { id: string; id_number: string; name: string }[]
      if (people.length < count) throw new Error(`only ${people.length} people with ${records} disputable records in the data set`)
      return people.map((p) => ({
        id: p.id,
        idNumber: p.id_number,
        name: p.name,
        records: (recordsOf.all(p.id) as { id: string; record_no: string; plate: string; behaviour: string }[]).map((r) => ({
          id: r.id,
          recordNo: r.record_no,
          plate: r.plate,
          behaviour: r.behaviour
        }))
      }))
    },
    vehicle(notOwnedBy) {
      const local = db.prepare('SELECT substr(plate, 1, 1) FROM vehicles GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').pluck().get() as string
      const rows = db
        .prepare(
          `SELECT v.plate, v.plate_type, v.phone, v.owner_person_id FROM vehicles v
            WHERE v.plate_type = '02' AND v.owner_type = 'person' AND v.phone IS NOT NULL AND substr(v.plate, 1, 1) = ?
            ORDER BY v.id DESC LIMIT 50`
        )
        .all(local) as { plate: string; plate_type: string; phone: string; owner_person_id: string }[]
      const row = rows.find((r) => !notOwnedBy.includes(r.owner_person_id))
      if (row === undefined) throw new Error('no other small car with a phone in the data set')
      return { plate: row.plate, plateType: row.plate_type, phone: row.phone }
    },
    close: () => db.close()
  }
}
