// Picking the people and vehicles of the binding tests from central's generated data, and adding
// the two cases the generator does not produce: a holder of a military ID (军官证) with a driving
// licence, and a vehicle registered to a unit (its consent code goes to the unit's manager).
// The additions go into central's tables before any workstation bootstraps, as central data.
import type { CentralDb } from '../../../src/central/db'

export interface Candidate {
  id: string
  plate: string
  plateType: string
  phone: string | null
}

/** Licensed drivers (resident ID, licence status 正常) with no binding yet, none of them an owner of `vehicles`. */
export async function applicants(db: CentralDb, limit: number): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT p.id FROM people p JOIN drivers d ON d.person_id = p.id
      WHERE p.id_type = 'A' AND d.status = 'A'
        AND NOT EXISTS (SELECT 1 FROM bindings b WHERE b.person_id = p.id AND b.status IN ('active', 'pending_review'))
      ORDER BY p.id DESC LIMIT $1`,
    [limit]
  )
  return rows.map((r) => r.id)
}

/** Small, non-operating, 正常 vehicles of people, with nobody bound, whose owners are not among `exclude`. */
export async function bindableVehicles(db: CentralDb, limit: number, exclude: readonly string[]): Promise<Candidate[]> {
  const rows = await db.query<{ id: string; plate: string; plate_type: string; phone: string | null }>(
    `SELECT v.id, v.plate, v.plate_type, v.phone FROM vehicles v
      WHERE v.plate_type IN ('02', '52') AND v.use_code = 'A' AND v.status = 'A' AND v.owner_type = 'person' AND v.phone IS NOT NULL
        AND NOT (v.owner_person_id = ANY($2::text[]))
        AND NOT EXISTS (SELECT 1 FROM bindings b WHERE b.vehicle_id = v.id AND b.status IN ('active', 'pending_review'))
      ORDER BY v.id LIMIT $1`,
    [limit, exclude]
  )
  return rows.map((r) => ({ id: r.id, plate: r.plate, plateType: r.plate_type, phone: r.phone }))
}

/** A vehicle outside the national non-owned list (motorcycle 07, or an operating lorry 01/F). */
export async function unbindableVehicle(db: CentralDb, exclude: readonly string[]): Promise<Candidate> {
  const rows = await db.query<{ id: string; plate: string; plate_type: string; phone: string | null }>(
    `SELECT v.id, v.plate, v.plate_type, v.phone FROM vehicles v
      WHERE (v.plate_type NOT IN ('02', '52') OR v.use_code <> 'A') AND v.status = 'A' AND v.owner_type = 'person'
        AND NOT (v.owner_person_id = ANY($1::text[]))
      ORDER BY v.id LIMIT 1`,
    [exclude]
  )
  const r = rows[0]
  if (r === undefined) throw new Error('the generated data holds no vehicle outside 02/52 non-operating')
  return { id: r.id, plate: r.plate, plateType: r.plate_type, phone: r.phone }
}

export const MILITARY = {
  personId: '0190a000-0000-7000-8000-00000000c001',
  idNumber: '南字第2019047号',
  name: '韩立军',
  phone: '13800138047'
}

export const UNIT_VEHICLE = {
  id: '0190a000-0000-7000-8000-00000000c002',
  plate: '粤BU9001',
  plateType: '02',
  /** The phone recorded with the vehicle; the unit's manager phone takes precedence. */
  vehiclePhone: '13800138048'
}

/** Adds the military ID holder and the unit's vehicle; returns the unit manager's phone. */
export async function addSpecialCases(db: CentralDb): Promise<{ managerPhone: string }> {
  const at = '2025-06-01T09:00:00.000+08:00'
  await db.query(
    `INSERT INTO people (id, id_type, id_number, name, gender, birth_date, address, phone, updated_at)
     VALUES ($1, 'C', $2, $3, 'M', '1986-03-12', '广东省深圳市南山区西丽街道留仙大道军营', $4, $5)`,
    [MILITARY.personId, MILITARY.idNumber, MILITARY.name, MILITARY.phone, at]
  )
  await db.query(
    `INSERT INTO drivers (id, person_id, file_no, classes, status, first_issue_date, valid_until, cycle_points, full_score_count, restricted, issuing_organ, phone, updated_at)
     VALUES ($1, $2, '440399047001', 'C1', 'A', '2010-05-20', '2030-05-20', 0, 0, false, '广东省深圳市公安局交通警察支队', $3, $4)`,
    ['0190a000-0000-7000-8000-00000000c003', MILITARY.personId, MILITARY.phone, at]
  )
  const unitRows = await db.query<{ id: string }>(`SELECT id FROM units ORDER BY id LIMIT 1`)
  const unitId = unitRows[0]?.id
  if (unitId === undefined) throw new Error('the generated data holds no unit')
  const managerPhone = '13800138049'
  await db.query(`UPDATE units SET manager_phone = $2 WHERE id = $1`, [unitId, managerPhone])
  await db.query(
    `INSERT INTO vehicles (id, plate, plate_type, use_code, model, status, vehicle_kind, restricted, owner_type, owner_person_id, owner_unit_id, phone, registered_at, updated_at)
     VALUES ($1, $2, $3, 'A', '比亚迪牌BYD7005BEV', 'A', 'small_car', false, 'unit', NULL, $4, $5, $6, $6)`,
    [UNIT_VEHICLE.id, UNIT_VEHICLE.plate, UNIT_VEHICLE.plateType, unitId, UNIT_VEHICLE.vehiclePhone, at]
  )
  return { managerPhone }
}
