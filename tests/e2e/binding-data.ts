// Picks the people and vehicles of the binding walkthroughs from the host's own SQLite file (read
// only): a licensed driver with a resident ID and no binding, and small non-operating cars of
// other people with nobody bound and a phone on record (where the owner's consent code goes).
import Database from 'better-sqlite3'

export interface Applicant {
  id: string
  idNumber: string
  name: string
}

export interface BindableVehicle {
  plate: string
  /** The phone recorded with the vehicle: the owner's consent code goes there. */
  phone: string
}

export interface BindingData {
  applicant(): Applicant
  /** `count` small cars (号牌种类 02) with local plates, of other owners, nobody bound to them. */
  vehicles(count: number, notOwnedBy: string): BindableVehicle[]
  close(): void
}

export function openBindingData(databaseFile: string): BindingData {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  return {
    applicant() {
      const row = db
        .prepare(
          `SELECT p.id, p.id_number, p.name FROM people p JOIN drivers d ON d.person_id = p.id
            WHERE p.id_type = 'A' AND d.status = 'A'
              AND NOT EXISTS (SELECT 1 FROM bindings b WHERE b.person_id = p.id AND b.status IN ('active', 'pending_review'))
              AND (SELECT count(*) FROM people q WHERE q.name = p.name) = 1
            ORDER BY p.id LIMIT 1`
        )
        .get() as { id: string; id_number: string; name: string } | undefined
      if (row === undefined) throw new Error('no licensed driver without bindings in the data set')
      return { id: row.id, idNumber: row.id_number, name: row.name }
    },
    vehicles(count, notOwnedBy) {
      // Local plates (the window's province, which the plate field starts with): the most common first character.
      const local = db.prepare('SELECT substr(plate, 1, 1) FROM vehicles GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').pluck().get() as string
      const rows = db
        .prepare(
          `SELECT v.plate, v.phone FROM vehicles v
            WHERE v.plate_type = '02' AND v.use_code = 'A' AND v.status = 'A' AND v.owner_type = 'person'
              AND v.phone IS NOT NULL AND v.owner_person_id <> ? AND substr(v.plate, 1, 1) = ?
              AND NOT EXISTS (SELECT 1 FROM bindings b WHERE b.vehicle_id = v.id AND b.status IN ('active', 'pending_review'))
            ORDER BY v.id LIMIT ?`
        )
        .all(notOwnedBy, local, count) as { plate: string; phone: string }[]
      if (rows.length < count) throw new Error(`only ${rows.length} bindable cars in the data set, ${count} needed`)
      return rows
    },
    close: () => db.close()
  }
}
