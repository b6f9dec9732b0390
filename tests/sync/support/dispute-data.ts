// Picking the records of the objection tests from central's generated data: unprocessed camera
// records of vehicles owned by licensed people, inside the city of the test windows (440305 →
// 4403xx) or outside it, another vehicle to correct a plate to, and another licensed driver.
import type { CentralDb } from '../../../src/central/db'

export interface DisputableRecord {
  violationId: string
  personId: string
  plate: string
  regionCode: string
}

const BASE = `
  SELECT v.id, ve.owner_person_id AS person_id, v.plate, v.region_code,
         EXISTS (SELECT 1 FROM drivers d WHERE d.person_id = ve.owner_person_id AND d.status = 'A') AS licensed
    FROM violations v JOIN vehicles ve ON ve.id = v.vehicle_id
   WHERE v.source = 'camera' AND v.status = 'unprocessed' AND v.penalty IS NOT NULL AND ve.owner_type = 'person'
     AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.violation_id = v.id)
     AND NOT EXISTS (SELECT 1 FROM disputes x WHERE x.violation_id = v.id)`

/** Records the test windows may take objections to (the city 4403), each of a different owner; licensed owners first. */
export async function disputableRecords(db: CentralDb, limit: number): Promise<DisputableRecord[]> {
  const rows = await db.query<{ id: string; person_id: string; plate: string; region_code: string }>(
    `SELECT * FROM (SELECT DISTINCT ON (person_id) * FROM (${BASE} AND v.region_code LIKE '4403%') t ORDER BY person_id, id) u
      ORDER BY licensed DESC, person_id LIMIT $1`,
    [limit]
  )
  if (rows.length < limit) throw new Error(`only ${rows.length} disputable records in the generated data`)
  return rows.map((r) => ({ violationId: r.id, personId: r.person_id, plate: r.plate, regionCode: r.region_code }))
}

/** A record that occurred outside the city: its objection belongs to the place where it occurred. */
export async function elsewhereRecord(db: CentralDb): Promise<DisputableRecord> {
  const rows = await db.query<{ id: string; person_id: string; plate: string; region_code: string }>(`${BASE} AND v.region_code NOT LIKE '4403%' ORDER BY v.id LIMIT 1`)
  const r = rows[0]
  if (r === undefined) throw new Error('the generated data holds no record outside 4403')
  return { violationId: r.id, personId: r.person_id, plate: r.plate, regionCode: r.region_code }
}

/** Another person's vehicle, with a phone on record: the plate a misrecorded record is corrected to. */
export async function otherVehicle(db: CentralDb, exclude: readonly string[]): Promise<{ id: string; plate: string; plateType: string; phone: string }> {
  const rows = await db.query<{ id: string; plate: string; plate_type: string; phone: string }>(
    `SELECT v.id, v.plate, v.plate_type, v.phone FROM vehicles v
      WHERE v.owner_type = 'person' AND v.phone IS NOT NULL AND NOT (v.owner_person_id = ANY($1::text[])) ORDER BY v.id DESC LIMIT 1`,
    [exclude]
  )
  const r = rows[0]
  if (r === undefined) throw new Error('no other vehicle in the generated data')
  return { id: r.id, plate: r.plate, plateType: r.plate_type, phone: r.phone }
}

/** A licensed driver who is none of `exclude`: the actual driver of a lent vehicle. */
export async function otherDriver(db: CentralDb, exclude: readonly string[]): Promise<{ personId: string; idNumber: string }> {
  const rows = await db.query<{ id: string; id_number: string }>(
    `SELECT p.id, p.id_number FROM people p JOIN drivers d ON d.person_id = p.id
      WHERE p.id_type = 'A' AND d.status = 'A' AND NOT (p.id = ANY($1::text[])) ORDER BY p.id DESC LIMIT 1`,
    [exclude]
  )
  const r = rows[0]
  if (r === undefined) throw new Error('no other licensed driver in the generated data')
  return { personId: r.id, idNumber: r.id_number }
}

/** Smallest valid files of each accepted type, and one that is none of them. */
export const FILES = {
  png: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
  pdf: Buffer.from('%PDF-1.4\n% 当事人陈述\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'utf8'),
  jpeg: Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex'),
  text: Buffer.from('这不是图片，只是一段文字', 'utf8')
}
