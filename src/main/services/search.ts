// The clerk's single search box: recognise what was typed (ID number, plate, phone, decision
// number, license file number), then find the people it leads to. Results are masked.
import type { PersonSummary, SearchKind, SearchResult } from '../../shared/contract/schemas'
import { DomainError } from '../../shared/contract/result'
import { maskIdNumber, maskPhone } from '../../shared/masking'
import { classifySearchKey } from '../rules/validators/search-key'
import type { PersonQueries, PersonRow } from './person-queries'

type Match = PersonRow & { via?: string; plate?: string }

export function searchPeople(q: PersonQueries, query: string, today: string): SearchResult {
  const classified = classifySearchKey(query, today)
  if (!classified.ok) throw new DomainError(classified.code, classified.message, 'query')
  const { kind, value, alsoMatches } = classified.value
  const found = [...lookup(q, kind, value)]
  // A 15-digit key can be a legacy ID number or a decision number: look for both readings.
  if (alsoMatches) found.push(...lookup(q, alsoMatches.kind, alsoMatches.value))
  return { kind, key: value, people: summarise(q, found) }
}

type Found = { row: Match; reason: string }

function lookup(q: PersonQueries, kind: SearchKind, value: string): Found[] {
  const tag = (rows: Match[], reason: (m: Match) => string): Found[] => rows.map((row) => ({ row, reason: reason(row) }))
  switch (kind) {
    case 'idNumber':
      return tag(optional(q.personByIdNumber.get(value) as Match | undefined), () => '身份证号码')
    case 'phone':
      return tag(q.personsByPhone.all({ phone: value }) as Match[], (m) => m.via ?? '手机号码')
    case 'plate':
      return tag(q.personsByPlate.all({ plate: value }) as Match[], (m) =>
        m.via === 'owner' ? `车主：${m.plate ?? value}` : `已备案驾驶人：${m.plate ?? value}`
      )
    case 'decisionNo':
      return tag(optional(q.personByDecisionNo.get(value) as Match | undefined), () => `决定书编号 ${value}`)
    case 'licenseFileNo':
      return tag(optional(q.personByLicenseFileNo.get(value) as Match | undefined), () => '驾驶证档案编号')
  }
}

function optional<T>(row: T | undefined): T[] {
  return row ? [row] : []
}

/** One summary per person; when several links lead to the same person, their reasons are joined. */
function summarise(q: PersonQueries, found: Found[]): PersonSummary[] {
  const byPerson = new Map<string, { row: Match; reasons: string[] }>()
  for (const { row, reason } of found) {
    const entry = byPerson.get(row.id)
    if (entry) {
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason)
    } else byPerson.set(row.id, { row, reasons: [reason] })
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
