// The simulated card reader of demos and tests. By default it "reads" the card of someone the
// desk has on file who has no 12123 account yet, with a licence or a vehicle of their own, so the
// registration shows what gets linked; asked for a new identity, it makes up a person nobody has
// on file, born and living in the workstation's region. Validity dates and the issuing office
// follow the rules of a real card (card-rules.ts), so manual checks accept what it produces.
import { randomInt, randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { addDays } from '../../rules/calculators/calendar-days'
import { findProvince, findRegion, regionFullName } from '../../rules/validators/regions'
import { makeIdNumber } from '../../rules/validators/id-number'
import { ROADS } from '../../seed/geography-data'
import { personName } from '../../seed/names'
import { Rng } from '../../seed/prng'
import { DomainError } from '../../../shared/contract/result'
import { addYears, ageOn, residentValidityYears } from './card-rules'
import type { IdCard, IdCardReader } from './id-card'

interface PersonRow {
  id_number: string
  name: string
  gender: 'M' | 'F'
  birth_date: string
  address: string
}

// People with a resident ID, adult, without an open account, with a licence or an own vehicle.
// Walking the primary key from a random point picks someone different each time without
// counting the whole table.
const CANDIDATE = `
  SELECT p.id_number, p.name, p.gender, p.birth_date, p.address FROM people p
  WHERE p.id >= ? AND p.id_type = 'A' AND p.birth_date <= ?
    AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = p.id)
    AND (EXISTS (SELECT 1 FROM drivers d WHERE d.person_id = p.id) OR EXISTS (SELECT 1 FROM vehicles v WHERE v.owner_person_id = p.id))
  ORDER BY p.id LIMIT 1`

/** The county-level public security office of a region: 深圳市公安局南山分局, 闽侯县公安局. */
export function issuerFor(regionCode: string, address: string): string {
  const region = findRegion(regionCode)
  const province = findProvince(regionCode.slice(0, 2))
  if (region !== undefined) {
    const city = region.city === '' ? (province?.name ?? '') : region.city
    if (region.name.endsWith('区')) return `${city}公安局${region.name.slice(0, -1)}分局`
    return `${region.name}公安局`
  }
  // Not in the validators' region table: the office of the district the address names.
  const m = /^(?:.+?(?:省|自治区))?(.+?市)(.+?)区/.exec(address)
  if (m !== null) return `${m[1]}公安局${m[2]}分局`
  return `${province?.name ?? ''}公安厅`
}

/** Issue date 1–4 years ago and the term the holder's age then gives (长期 from 46). */
export function simulatedValidity(birthDate: string, today: string, rng: Rng): { validFrom: string; validUntil: string | null } {
  let validFrom = addDays(today, -rng.range(30, 1500))
  if (validFrom < birthDate) validFrom = addDays(birthDate, 30)
  const years = residentValidityYears(ageOn(birthDate, validFrom))
  return { validFrom, validUntil: years === null ? null : addYears(validFrom, years) }
}

export interface SimulatedReaderDeps {
  sqlite: Database.Database
  today: () => string
  /** The workstation's region: new identities are born and live there. */
  regionCode: string
}

export class SimulatedReader implements IdCardReader {
  readonly kind = 'simulated' as const
  private readonly candidate: Database.Statement
  private readonly exists: Database.Statement

  constructor(
    private readonly deps: SimulatedReaderDeps,
    private readonly mode: 'person_on_file' | 'new_identity'
  ) {
    this.candidate = deps.sqlite.prepare(CANDIDATE)
    this.exists = deps.sqlite.prepare('SELECT 1 FROM people WHERE id_number = ?').pluck()
  }

  read(): Promise<IdCard> {
    const rng = new Rng(randomInt(0, 2 ** 31)).reset(1, randomInt(0, 2 ** 31))
    return Promise.resolve(this.mode === 'new_identity' ? this.newIdentity(rng) : this.personOnFile(rng))
  }

  private personOnFile(rng: Rng): IdCard {
    const adult = addYears(this.deps.today(), -18)
    const row = (this.candidate.get(randomUUID(), adult) ?? this.candidate.get('', adult)) as PersonRow | undefined
    if (row === undefined) throw new DomainError('READER_NO_CARD', '模拟读卡器：本机数据中没有尚未注册账户的人员，请选择“新身份”或手工录入')
    return {
      name: row.name,
      gender: row.gender,
      birthDate: row.birth_date,
      idType: 'resident',
      militaryDocument: null,
      idNumber: row.id_number,
      address: row.address,
      ...simulatedValidity(row.birth_date, this.deps.today(), rng),
      issuer: issuerFor(row.id_number.slice(0, 6), row.address)
    }
  }

  private newIdentity(rng: Rng): IdCard {
    const today = this.deps.today()
    const region = findRegion(this.deps.regionCode) !== undefined ? this.deps.regionCode : '440305'
    for (let attempt = 0; attempt < 50; attempt++) {
      const gender = rng.chance(0.5) ? 'M' : 'F'
      const birthDate = addDays(addYears(today, -rng.range(19, 64)), -rng.range(0, 364))
      const seq = rng.range(0, 499) * 2 + (gender === 'M' ? 1 : 0)
      const idNumber = makeIdNumber(region, birthDate.replaceAll('-', ''), String(seq).padStart(3, '0'))
      if (this.exists.get(idNumber) !== undefined) continue
      const address = `${regionFullName(region) ?? ''}${rng.pick(ROADS)}${rng.range(1, 899)}号${rng.range(1, 30)}栋${rng.range(1, 30)}0${rng.range(1, 4)}室`
      return {
        name: personName(rng, gender, Number(birthDate.slice(0, 4))),
        gender,
        birthDate,
        idType: 'resident',
        militaryDocument: null,
        idNumber,
        address,
        ...simulatedValidity(birthDate, today, rng),
        issuer: issuerFor(region, address)
      }
    }
    throw new DomainError('READER_NO_CARD', '模拟读卡器未能生成新身份，请重试')
  }
}
