// Distributions a clerk or a demo audience would notice, and example keys that lead to real rows.
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase, SeedTargetNotEmptyError } from '.'
import { seededStore, TEST_NOW, type SeededStore } from './seed.test-support'

const PEOPLE = 6000

describe('seeded data looks like a real counter’s cache', () => {
  let seeded: SeededStore
  let db: Database.Database
  const count = (sql: string, ...params: unknown[]): number => db.prepare(sql).pluck().get(...params) as number
  beforeAll(() => {
    seeded = seededStore({ seed: 11, people: PEOPLE, violationsPerPerson: 4 })
    db = seeded.store.sqlite
  })
  afterAll(() => seeded.dispose())

  it('has the requested number of people and about 85% licence holders', () => {
    expect(seeded.summary.counts.people).toBe(PEOPLE)
    const share = seeded.summary.counts.drivers / PEOPLE
    expect(share).toBeGreaterThan(0.8)
    expect(share).toBeLessThan(0.9)
  })

  it('averages the requested violations per person, about 0.8 vehicles per person', () => {
    const perPerson = seeded.summary.counts.violations / PEOPLE
    expect(perPerson).toBeGreaterThan(3.4)
    expect(perPerson).toBeLessThan(4.6)
    const vehicles = seeded.summary.counts.vehicles / PEOPLE
    expect(vehicles).toBeGreaterThan(0.7)
    expect(vehicles).toBeLessThan(0.9)
    // Some people own two or three, many own none.
    expect(count('SELECT count(*) FROM (SELECT owner_person_id FROM vehicles WHERE owner_person_id IS NOT NULL GROUP BY 1 HAVING count(*) >= 2)')).toBeGreaterThan(PEOPLE * 0.08)
    expect(count('SELECT count(*) FROM people WHERE id NOT IN (SELECT owner_person_id FROM vehicles WHERE owner_person_id IS NOT NULL)')).toBeGreaterThan(PEOPLE * 0.3)
  })

  it('keeps most licences 正常 with low points, some near the limit and a rare full score', () => {
    const drivers = seeded.summary.counts.drivers
    expect(count("SELECT count(*) FROM drivers WHERE status = 'A'") / drivers).toBeGreaterThan(0.9)
    expect(count("SELECT count(*) FROM drivers WHERE status NOT IN ('A', 'B')")).toBeGreaterThan(drivers * 0.02)
    expect(count('SELECT count(*) FROM drivers WHERE cycle_points <= 3') / drivers).toBeGreaterThan(0.75)
    const high = count('SELECT count(*) FROM drivers WHERE cycle_points BETWEEN 9 AND 11')
    expect(high).toBeGreaterThan(0)
    const full = count('SELECT count(*) FROM drivers WHERE cycle_points = 12')
    expect(full).toBeGreaterThan(0)
    expect(full / drivers).toBeLessThan(0.02)
    expect(count("SELECT count(*) FROM drivers WHERE classes = 'C1'") / drivers).toBeGreaterThan(0.5)
    expect(count("SELECT count(*) FROM drivers WHERE classes GLOB '*[AB]*'")).toBeGreaterThan(0)
  })

  it('has new-energy plates (about 15%), mostly small cars, and a few unit-owned vehicles', () => {
    const vehicles = seeded.summary.counts.vehicles
    const ne = count("SELECT count(*) FROM vehicles WHERE plate_type IN ('51', '52')") / vehicles
    expect(ne).toBeGreaterThan(0.1)
    expect(ne).toBeLessThan(0.2)
    expect(count("SELECT count(*) FROM vehicles WHERE plate_type = '02'") / vehicles).toBeGreaterThan(0.6)
    for (const type of ['01', '07', '15', '16', '52']) expect(count('SELECT count(*) FROM vehicles WHERE plate_type = ?', type), type).toBeGreaterThan(0)
    const byUnit = count("SELECT count(*) FROM vehicles WHERE owner_type = 'unit'") / vehicles
    expect(byUnit).toBeGreaterThan(0.01)
    expect(byUnit).toBeLessThan(0.1)
  })

  it('shows recent violations mostly unprocessed and older ones mostly paid', () => {
    const since = (days: number) => new Date(TEST_NOW.getTime() - days * 86_400_000).toISOString()
    const recent = count('SELECT count(*) FROM violations WHERE occurred_at >= ?', since(14))
    const recentOpen = count("SELECT count(*) FROM violations WHERE occurred_at >= ? AND status = 'unprocessed'", since(14))
    expect(recentOpen / recent).toBeGreaterThan(0.5)
    const old = count('SELECT count(*) FROM violations WHERE occurred_at < ?', since(365))
    const oldPaid = count("SELECT count(*) FROM violations WHERE occurred_at < ? AND status = 'paid'", since(365))
    expect(oldPaid / old).toBeGreaterThan(0.75)
    expect(count("SELECT count(*) FROM violations WHERE source = 'onsite'")).toBeGreaterThan(0)
    expect(count("SELECT count(*) FROM violations WHERE status IN ('disputed', 'voided')")).toBeGreaterThan(0)
    expect(count('SELECT count(*) FROM violations WHERE on_internet = 0')).toBeGreaterThan(0)
    expect(count('SELECT count(*) FROM payments WHERE late_fee_fen > 0')).toBeGreaterThan(0)
    expect(count('SELECT count(DISTINCT code) FROM violations')).toBeGreaterThanOrEqual(15)
  })

  it('gives about 60% of people a 12123 account, plus some unit accounts, and a few bindings', () => {
    const personal = count("SELECT count(*) FROM accounts WHERE kind = 'personal'") / PEOPLE
    expect(personal).toBeGreaterThan(0.5)
    expect(personal).toBeLessThan(0.7)
    expect(count("SELECT count(*) FROM accounts WHERE kind = 'unit'")).toBeGreaterThan(0)
    const binders = count('SELECT count(DISTINCT person_id) FROM bindings') / seeded.summary.counts.drivers
    expect(binders).toBeGreaterThan(0.01)
    expect(binders).toBeLessThan(0.08)
  })

  it('returns examples that resolve to real rows of the person they name', () => {
    const examples = seeded.summary.examples
    expect(examples.map((e) => e.kind).sort()).toEqual(expect.arrayContaining(['decisionNo', 'idNumber', 'phone', 'plate']))
    expect(examples.length).toBeGreaterThanOrEqual(8)
    for (const e of examples) {
      expect(count('SELECT count(*) FROM people WHERE id = ?', e.personId), e.label).toBe(1)
      if (e.kind === 'idNumber') expect(count('SELECT count(*) FROM people WHERE id = ? AND id_number = ?', e.personId, e.key)).toBe(1)
      if (e.kind === 'phone') expect(count('SELECT count(*) FROM accounts WHERE person_id = ? AND phone = ?', e.personId, e.key)).toBe(1)
      if (e.kind === 'decisionNo') expect(count('SELECT count(*) FROM decisions WHERE person_id = ? AND decision_no = ?', e.personId, e.key)).toBe(1)
      if (e.kind === 'plate') {
        expect(count('SELECT count(*) FROM vehicles v LEFT JOIN units u ON u.id = v.owner_unit_id WHERE v.plate = ? AND (v.owner_person_id = ? OR u.manager_person_id = ?)', e.key, e.personId, e.personId)).toBe(1)
      }
    }
    const high = examples.find((e) => e.label.includes('9分'))
    expect(high).toBeDefined()
    expect(count('SELECT cycle_points FROM drivers WHERE person_id = ?', high?.personId)).toBeGreaterThanOrEqual(9)
    const abnormal = examples.find((e) => e.label.includes('正常'))
    expect(db.prepare('SELECT status FROM drivers WHERE person_id = ?').pluck().get(abnormal?.personId)).not.toBe('A')
  })

  it('refuses to seed a database that already has people', () => {
    expect(() => seedDatabase(db, { seed: 1, people: 10, now: TEST_NOW })).toThrow(SeedTargetNotEmptyError)
    expect(count('SELECT count(*) FROM people')).toBe(PEOPLE)
  })
})
