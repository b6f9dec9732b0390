// Units (companies) that own vehicles: one per manager (see People.isManager), in the manager's
// district, with a valid unified social credit code whose organisation-code part is a permutation
// of the manager's index (so codes are unique).
import { makeCreditCode } from '../rules/validators/credit-code'
import { COMPANY_TRADES, COMPANY_WORDS, ROADS } from './geography-data'
import { ID_TAGS } from './ids'
import { STREAM, type SeedModel } from './model'
import type { People, Person } from './people'

export interface UnitRow {
  id: string
  creditCode: string
  name: string
  managerPersonId: string
  managerPhone: string
  address: string
  updatedAt: string
  /** Whether the unit holds a 12123 unit account (registered at a window). */
  hasAccount: boolean
  accountRegisteredAt: string
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const

/** GB 11714 check character of an 8-digit organisation code body. */
export function organisationCheckChar(body8: string): string {
  let sum = 0
  for (let k = 0; k < 8; k++) sum += (body8.charCodeAt(k) - 48) * (ORG_WEIGHTS[k] as number)
  const c = 11 - (sum % 11)
  return c === 10 ? 'X' : c === 11 ? '0' : String(c)
}

export function unitId(m: SeedModel, managerIndex: number): string {
  return m.ids.of(ID_TAGS.unit, managerIndex)
}

/** The unit's own phone (also its account phone): phone indices ≥ people are never a person's. */
export function unitPhone(m: SeedModel, people: People, managerIndex: number): string {
  return people.phones.of(m.people + managerIndex)
}

export function unitRow(m: SeedModel, people: People, manager: Person): UnitRow {
  const rng = m.rng.unit.reset(STREAM.unit, manager.index)
  const district = manager.district
  const body = m.unitBody.digitsOf(manager.index)
  // 9 登记管理部门 = 工商, 1 = 企业.
  const creditCode = makeCreditCode(`91${district.region.code}${body}${organisationCheckChar(body)}`)
  const city = district.city
  const place = city.province.municipality ? city.province.name.replace(/市$/, '') : city.name
  const name = `${place}${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_TRADES)}有限公司`
  const registeredDay = m.cal.today - rng.range(30, 3000)
  return {
    id: unitId(m, manager.index),
    creditCode,
    name,
    managerPersonId: manager.id,
    managerPhone: unitPhone(m, people, manager.index),
    address: `${district.fullName}${rng.pick(ROADS)}${rng.range(1, 999)}号`,
    updatedAt: m.cal.isoAt(registeredDay, rng.range(9 * 3600, 17 * 3600) * 1000),
    hasAccount: rng.chance(0.4),
    accountRegisteredAt: m.cal.isoAt(registeredDay + rng.range(0, 20), rng.range(9 * 3600, 17 * 3600) * 1000 + rng.int(1000))
  }
}
