// Central's data for the sync benchmarks, written by PostgreSQL itself: INSERT … SELECT over
// generate_series, so millions of rows take seconds instead of the generator's minutes. Values
// have the shapes the generator writes (UUIDv7-like ids that sort in insert order, zoned times,
// Shenzhen plates, real violation codes); they are not meant to be statistically realistic.
// Vehicle v is owned by person v, who holds driving licence v; violation j is on vehicle
// ((j - 1) mod V) + 1, so the first V violations fall on V different drivers.
import pg from 'pg'
import { VIOLATION_CODES } from '../../src/main/seed/violation-codes'

export interface CentralCounts {
  /** People 1..n (the bulk data set has none: the brief's three tables; processing needs them). */
  people: number
  drivers: number
  vehicles: number
  violations: number
  /** Violations 1..n are unprocessed camera records on distinct drivers: clean cases to process. */
  unprocessedHead: number
}

const ID_FUNCTION = `
CREATE FUNCTION pg_temp.bench_id(tag text, n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT left(h, 8) || '-' || right(h, 4) || '-7' || tag || '-' || '8' || left(r, 3) || '-' || right(r, 12)
  FROM (SELECT lpad(to_hex(1735689600000 + n), 12, '0') AS h,
               lpad(to_hex(n * 2654435761 % 4294967296), 8, '0') || lpad(to_hex(n * 40503 % 268435456), 7, '0') AS r) s
$$`

/** Plate of vehicle v: unique per vehicle up to 2.6M vehicles. */
const PLATE = (v: string): string => `'粤B' || chr(65 + ((${v}) / 100000) % 26) || lpad(((${v}) % 100000)::text, 5, '0')`
const PLATE_TYPE = (v: string): string => `CASE WHEN (${v}) % 9 = 0 THEN '52' ELSE '02' END`
const PHONE = (n: string, mul: number): string => `'13' || lpad(((${n})::bigint * ${mul} % 1000000000)::text, 9, '0')`

const PEOPLE = `
INSERT INTO people (id, id_type, id_number, name, gender, birth_date, address, phone, updated_at)
SELECT pg_temp.bench_id('101', i), 'A', '440305' || to_char(b, 'YYYYMMDD') || lpad((i / 15000)::text, 3, '0') || (i % 10)::text,
       (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + i % 10] || (ARRAY['伟','芳','娜','敏','静','磊','洋','艳','勇','军','杰','婷'])[1 + i / 10 % 12],
       CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END, to_char(b, 'YYYY-MM-DD'),
       (ARRAY['广东省深圳市南山区','广东省深圳市福田区','广东省深圳市宝安区','广东省深圳市罗湖区'])[1 + i % 4] || (1 + i % 300)::text || '号',
       ${PHONE('i', 7907)}, '2025-06-01T10:00:00.000+08:00'
FROM generate_series($1::int, $2::int) AS i CROSS JOIN LATERAL (SELECT date '1960-01-01' + i % 15000 AS b) x`

const DRIVERS = `
INSERT INTO drivers (id, person_id, file_no, classes, status, first_issue_date, valid_until, cycle_points,
                     full_score_count, restricted, issuing_organ, phone, updated_at)
SELECT pg_temp.bench_id('102', i), pg_temp.bench_id('101', i), '4403' || lpad(i::text, 8, '0'),
       (ARRAY['C1','C1','C1','C2','C2','B2','A2D'])[1 + i % 7],
       CASE WHEN i % 101 = 0 THEN 'B' ELSE 'A' END,
       to_char(d, 'YYYY-MM-DD'), to_char(d + interval '16 years', 'YYYY-MM-DD'),
       CASE WHEN i % 3 = 0 THEN (i / 3 % 4) * 2 ELSE 0 END, 0, i % 89 = 0,
       '深圳市公安局交通警察支队车辆管理所', ${PHONE('i', 7907)},
       to_char(d + interval '9 years', 'YYYY-MM-DD') || 'T09:00:00.000+08:00'
FROM generate_series($1::int, $2::int) AS i, LATERAL (SELECT date '1995-01-01' + (i::bigint * 7919 % 10000)::int AS d) x`

const VEHICLES = `
INSERT INTO vehicles (id, plate, plate_type, use_code, model, status, vehicle_kind, restricted, owner_type,
                      owner_person_id, owner_unit_id, phone, registered_at, updated_at)
SELECT pg_temp.bench_id('104', v), ${PLATE('v')}, ${PLATE_TYPE('v')}, 'A',
       (ARRAY['大众牌FV7152','丰田牌GTM7250GB','比亚迪牌BYD7005BEV','本田牌GHA7152','宝马牌BMW7200BM'])[1 + v % 5],
       'A', CASE WHEN v % 4 = 1 THEN 'small_car' ELSE 'small_car_automatic' END, v % 131 = 0, 'person',
       pg_temp.bench_id('101', v), NULL, ${PHONE('v', 7907)}, r, r
FROM generate_series($1::int, $2::int) AS v,
     LATERAL (SELECT to_char(timestamp '2008-01-01 09:00' + (v::bigint * 7919 % 5000) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS') || '.000+08:00' AS r) x`

const VIOLATIONS = `
INSERT INTO violations (id, record_no, source, vehicle_id, plate, plate_type, driver_person_id, code, behaviour,
                        penalty, fine_fen, points, status, occurred_at, place, region_code, discovering_organ,
                        on_internet, updated_at)
SELECT pg_temp.bench_id('108', j), '440305' || to_char(t, 'YYMMDD') || lpad(j::text, 8, '0'),
       CASE WHEN s <> 'unprocessed' AND j % 10 = 3 THEN 'onsite' ELSE 'camera' END,
       pg_temp.bench_id('104', v), ${PLATE('v')}, ${PLATE_TYPE('v')},
       CASE WHEN s = 'unprocessed' THEN NULL ELSE pg_temp.bench_id('101', v) END,
       c.code, c.behaviour, c.penalty, c.fine_fen, c.points, s,
       to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS') || '.000+08:00',
       (ARRAY['深圳市南山区深南大道与科技园路交叉口','深圳市福田区滨河大道香蜜湖立交','深圳市宝安区宝安大道西乡段','深圳市罗湖区人民南路国贸路口'])[1 + j % 4],
       (ARRAY['440305','440304','440306','440303'])[1 + j % 4],
       (ARRAY['深圳市公安局交通警察支队南山大队','深圳市公安局交通警察支队福田大队','深圳市公安局交通警察支队宝安大队','深圳市公安局交通警察支队罗湖大队'])[1 + j % 4],
       true, to_char(t + interval '2 days', 'YYYY-MM-DD"T"HH24:MI:SS') || '.000+08:00'
FROM generate_series($1::int, $2::int) AS j
CROSS JOIN LATERAL (SELECT 1 + (j - 1) % $3::int AS v,
                     timestamp '2023-12-01' + (j::bigint * 7919 % (2 * 365 * 86400)) * interval '1 second' AS t,
                     CASE WHEN j <= $4::int OR j % 7 = 0 THEN 'unprocessed' WHEN j % 53 = 0 THEN 'voided'
                          WHEN j % 3 = 0 THEN 'processed' ELSE 'paid' END AS s) x
JOIN jsonb_to_recordset($5::jsonb) AS c(k int, code text, behaviour text, penalty text, fine_fen int, points int)
  ON c.k = j % $6::int`

/** Fills the tables of an empty, migrated central database; returns the seconds it took. */
export async function fillCentral(url: string, counts: CentralCounts, log: (line: string) => void): Promise<number> {
  const started = Date.now()
  // Two sessions: each half of a table, and half of its indexes, on a core of its own.
  const sessions = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })]
  try {
    for (const client of sessions) {
      await client.connect()
      // A bulk load: indexes are built once at the end (a sort), not maintained row by row.
      await client.query("SET maintenance_work_mem = '512MB'")
      await client.query('SET synchronous_commit = off')
      await client.query(ID_FUNCTION)
    }
    const [first] = sessions as [pg.Client, pg.Client]
    const codes = VIOLATION_CODES.map((c, k) => ({ k, code: c.code, behaviour: c.behaviour, penalty: c.penalty, fine_fen: c.fineFen, points: c.points }))
    const loads: [string, string, number, unknown[]][] = [
      ['people', PEOPLE, counts.people, []],
      ['drivers', DRIVERS, counts.drivers, []],
      ['vehicles', VEHICLES, counts.vehicles, []],
      ['violations', VIOLATIONS, counts.violations, [counts.vehicles, counts.unprocessedHead, JSON.stringify(codes), codes.length]]
    ]
    for (const [table, sql, rows, extra] of loads) {
      if (rows === 0) continue
      const t0 = Date.now()
      const indexes = (
        await first.query<{ indexname: string; indexdef: string }>(
          "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1 AND indexname <> $1 || '_pkey'",
          [table]
        )
      ).rows
      for (const i of indexes) await first.query(`DROP INDEX "${i.indexname}"`)
      const half = Math.floor(rows / 2)
      await Promise.all([first.query(sql, [1, half, ...extra]), sessions[1]!.query(sql, [half + 1, rows, ...extra])])
      await Promise.all(sessions.map(async (client, k) => {
        for (const i of indexes.filter((_, n) => n % 2 === k)) await client.query(i.indexdef)
      }))
      await first.query(`VACUUM ANALYZE "${table}"`)
      log(`  central ${table}: ${rows.toLocaleString('en-US')} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    }
  } finally {
    for (const client of sessions) await client.end().catch(() => undefined)
  }
  return (Date.now() - started) / 1000
}
