// The full record of one person for the detail screen: person, license with its current scoring
// cycle, owned and bound vehicles, violations with their two rules verdicts, and the 12123 account.
import type { PersonView } from '../../shared/contract/schemas'
import { DomainError } from '../../shared/contract/result'
import { maskPhone } from '../../shared/masking'
import { scoringCycle } from '../rules/scoring-cycle'
import { describeVehicleStatus } from '../rules/vehicle-status'
import { idTypeName, licenseClassNames, licenseStatusNames, plateTypeName, vehicleUseName } from './code-names'
import type { AccountRow, DriverRow, HistoryRow, PersonQueries, PersonRow, VehicleRow, ViolationRow } from './person-queries'
import { unavailableVerdict, type VerdictService } from './violation-verdicts'

export function loadPersonView(q: PersonQueries, personId: string, today: string, verdicts: VerdictService): PersonView {
  const person = q.personById.get(personId) as PersonRow | undefined
  if (!person) throw new DomainError('PERSON_NOT_FOUND', '未找到该人员的档案，可能已被合并或尚未同步。', 'personId')
  const driver = q.driver.get(personId) as DriverRow | undefined
  const vehicles = q.vehicles.all({ id: personId }) as VehicleRow[]
  const violations = q.violations.all({ id: personId }) as ViolationRow[]
  const account = q.account.get(personId) as AccountRow | undefined
  const history = q.history.all(personId) as HistoryRow[]
  const judged = verdicts.forViolations(personId, violations.map((x) => x.id))
  return {
    person: {
      id: person.id,
      name: person.name,
      gender: person.gender,
      birthDate: person.birth_date,
      idType: idTypeName(person.id_type),
      idNumber: person.id_number,
      phone: person.phone,
      address: person.address
    },
    license: driver ? licenseView(driver, today) : null,
    vehicles: vehicles.map((v) => ({
      id: v.id,
      plate: v.plate,
      plateType: plateTypeName(v.plate_type),
      use: vehicleUseName(v.use_code),
      model: v.model,
      status: describeVehicleStatus(v.status),
      relation: v.relation,
      boundAt: v.bound_at,
      phoneMasked: maskPhone(v.phone)
    })),
    violations: violations.map((x) => ({
      id: x.id,
      recordNo: x.record_no,
      source: x.source,
      plate: x.plate,
      code: x.code,
      behaviour: x.behaviour,
      fineFen: x.fine_fen,
      points: x.points,
      status: x.status,
      occurredAt: x.occurred_at,
      place: x.place,
      discoveringOrgan: x.discovering_organ,
      decisionNo: x.decision_no,
      decisionId: x.decision_id,
      // Only a row deleted between the two reads has no verdicts; say so rather than guess.
      verdicts: judged.get(x.id) ?? {
        selfService: unavailableVerdict('RECORD_CHANGED', '无法判断：该记录刚刚被更新，请重新打开人员档案。'),
        window: unavailableVerdict('RECORD_CHANGED', '无法判断：该记录刚刚被更新，请重新打开人员档案。')
      }
    })),
    account: account
      ? {
          kind: account.kind,
          phoneMasked: maskPhone(account.phone) ?? '',
          channel: account.channel,
          registeredAt: account.registered_at
        }
      : null,
    history: history.map((h) => ({
      id: h.id,
      kind: h.kind,
      summary: h.summary,
      at: h.at,
      operator: h.operator_name === null ? null : `${h.operator_name}（${h.operator_no ?? '—'}）`,
      place: h.place,
      channel: h.channel,
      pending: h.pending === 1
    }))
  }
}

function licenseView(d: DriverRow, today: string): NonNullable<PersonView['license']> {
  const cycle = scoringCycle(d.first_issue_date, today)
  return {
    fileNo: d.file_no,
    classes: licenseClassNames(d.classes),
    status: licenseStatusNames(d.status),
    firstIssueDate: d.first_issue_date,
    validUntil: d.valid_until,
    cyclePoints: d.cycle_points,
    fullScoreCount: d.full_score_count,
    cycleStart: cycle.start,
    cycleEnd: cycle.end,
    issuingOrgan: d.issuing_organ,
    phone: d.phone
  }
}
