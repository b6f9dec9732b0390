// The clerk's single search box: recognise what was typed (ID number, plate, phone, decision
// number, license file number), then find the people it leads to. Results are masked.
import type { PersonSummary, SearchResult } from '../../shared/contract/schemas'
import { DomainError } from '../../shared/contract/result'
import { maskIdNumber, maskPhone } from '../../shared/masking'
import { classifySearchKey } from '../rules/validators/search-key'
import type { PersonQueries, PersonRow } from './person-queries'

type Match = PersonRow & { via?: string; plate?: string }

export function searchPeople(q: PersonQueries, query: string, today: string): SearchResult {
  const classified = classifySearchKey(query, today)
  if (!classified.ok) throw new DomainError(classified.code, classified.message, 'query')
  const { kind, value } = classified.value
  let matches: Match[]
  let describe: (m: Match) => string
  switch (kind) {
    case 'idNumber':
      matches = optional(q.personByIdNumber.get(value) as Match | undefined)
      describe = () => '身份证号码'
      break
    case 'phone':
      matches = q.personsByPhone.all({ phone: value }) as Match[]
      describe = (m) => m.via ?? '手机号码'
      break
    case 'plate':
      matches = q.personsByPlate.all({ plate: value }) as Match[]
      describe = (m) => (m.via === 'owner' ? `车主：${m.plate ?? value}` : `已备案驾驶人：${m.plate ?? value}`)
      break
    case 'decisionNo':
      matches = optional(q.personByDecisionNo.get(value) as Match | undefined)
      describe = () => `决定书编号 ${value}`
      break
    case 'licenseFileNo':
      matches = optional(q.personByLicenseFileNo.get(value) as Match | undefined)
      describe = () => '驾驶证档案编号'
      break
  }
  return { kind, key: value, people: summarise(q, matches, describe) }
}

function optional<T>(row: T | undefined): T[] {
  return row ? [row] : []
}

/** One summary per person; when several links lead to the same person, their reasons are joined. */
function summarise(q: PersonQueries, matches: Match[], describe: (m: Match) => string): PersonSummary[] {
  const byPerson = new Map<string, { row: Match; reasons: string[] }>()
  for (const m of matches) {
    const entry = byPerson.get(m.id)
    const reason = describe(m)
    if (entry) {
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason)
    } else byPerson.set(m.id, { row: m, reasons: [reason] })
  }
  return [...byPerson.values()].map(({ row, reasons }) => ({
    personId: row.id,
    name: row.name,
    gender: row.gender,
    idNumberMasked: maskIdNumber(row.id_number),
    phoneMasked: maskPhone(row.phone),
    matchedBy: reasons.join('；'),
    hasLicense: q.hasLicense.get(row.id) !== undefined,
    vehicleCount: Number(q.ownedVehicleCount.get(row.id)),
    openViolationCount: Number(q.openViolationCount.get({ id: row.id }))
  }))
}
