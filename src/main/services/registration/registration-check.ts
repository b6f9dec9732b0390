// May this applicant register with this phone? The same rules and the same reading of the rows
// as the account.register command (commands/register-account-facts.ts), with one difference: when
// central answers, its nationwide uniqueness answer counts too (the cache holds only this
// jurisdiction, and accounts opened in the app meanwhile). Offline the cache answers alone and
// central decides again when the registration reaches it.
import { maskIdNumber, maskPhone, maskLicenseFileNo } from '../../../shared/masking'
import { DomainError } from '../../../shared/contract/result'
import type { RegistrationCheck } from '../../../shared/contract/workflows/registration'
import { matchingPerson, openAccounts, recordPhonesOf, registrationVerdict, type RecordPhone } from '../../commands/register-account-facts'
import { text } from '../../commands/rows'
import type { Decision, Finding, ProfileSet } from '../../rules/engine'
import type { WireRow } from '../../sync/protocol'
import type { LocalRows } from '../../sync/local-rows'
import type { CentralLink } from '../central-link'
import { licenseClassNames, licenseStatusNames, plateTypeName } from '../code-names'
import { documentName } from '../idcard'
import { holderCard, type Applicant } from './applicant'

export interface OnFile {
  person: WireRow | undefined
  unit: WireRow | undefined
  driver: WireRow | undefined
  vehicles: WireRow[]
  recordPhones: RecordPhone[]
  localPhoneTaken: boolean
  localIdTaken: boolean
}

/** What the desk's cache holds about the applicant, read as the command reads it. */
export function onFile(rows: LocalRows, applicant: Applicant, phone: string): OnFile {
  const card = holderCard(applicant)
  const person = matchingPerson(rows.load({ table: 'people', column: 'id_number', value: card.idNumber }), card.idType)
  const unit = applicant.kind === 'unit' ? rows.load({ table: 'units', column: 'credit_code', value: applicant.unit.creditCode })[0] : undefined
  const personId = person === undefined ? null : text(person, 'id')
  const driver = applicant.kind === 'person' && personId !== null ? rows.load({ table: 'drivers', column: 'person_id', value: personId })[0] : undefined
  const vehicles =
    applicant.kind === 'person'
      ? personId === null ? [] : rows.load({ table: 'vehicles', column: 'owner_person_id', value: personId })
      : unit === undefined ? [] : rows.load({ table: 'vehicles', column: 'owner_unit_id', value: text(unit, 'id') })
  const holderAccounts =
    applicant.kind === 'person'
      ? personId === null ? [] : rows.load({ table: 'accounts', column: 'person_id', value: personId })
      : unit === undefined ? [] : rows.load({ table: 'accounts', column: 'unit_id', value: text(unit, 'id') })
  return {
    person,
    unit,
    driver,
    vehicles,
    recordPhones: recordPhonesOf(driver, vehicles),
    localPhoneTaken: openAccounts(rows.load({ table: 'accounts', column: 'phone', value: phone })).length > 0,
    localIdTaken: openAccounts(holderAccounts).length > 0
  }
}

export interface CentralAnswer {
  answeredBy: 'central' | 'local'
  phoneTaken: boolean
  idTaken: boolean
}

/** Central's uniqueness answer when it can be had; offline (or unenrolled) the cache's alone. */
export async function uniqueness(central: CentralLink, applicant: Applicant, phone: string, local: OnFile): Promise<CentralAnswer> {
  const cacheOnly: CentralAnswer = { answeredBy: 'local', phoneTaken: local.localPhoneTaken, idTaken: local.localIdTaken }
  if (!central.online()) return cacheOnly
  const card = holderCard(applicant)
  try {
    const answer = await central.lookupAccounts(
      applicant.kind === 'person' ? { phone, person: { idType: card.idType, idNumber: card.idNumber } } : { phone, creditCode: applicant.unit.creditCode }
    )
    // A pending registration of this desk is not at central yet: the cache still counts.
    return { answeredBy: 'central', phoneTaken: answer.phoneTaken || local.localPhoneTaken, idTaken: answer.idTaken || local.localIdTaken }
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CENTRAL_OFFLINE') return cacheOnly
    throw error
  }
}

export interface CheckEnv {
  profiles: ProfileSet
  jurisdiction: string
  at: string
}

export function decideRegistration(applicant: Applicant, phone: string, local: OnFile, answer: CentralAnswer, env: CheckEnv): Decision {
  const verdict = registrationVerdict(
    {
      at: env.at,
      applicant:
        applicant.kind === 'person'
          ? { kind: 'person', idType: applicant.card.idType, idNumber: applicant.card.idNumber }
          : { kind: 'unit', creditCode: applicant.unit.creditCode },
      phone,
      phoneTaken: answer.phoneTaken,
      idTaken: answer.idTaken,
      recordPhones: local.recordPhones
    },
    env
  )
  if (!verdict.ok) throw new DomainError(verdict.code, verdict.message)
  return verdict.decision
}

/** The rule names the record phones in full; the screen shows them masked like everywhere else. */
function masked(finding: Finding, phones: readonly string[]): Finding {
  let message = finding.message
  for (const phone of phones) message = message.replaceAll(phone, maskPhone(phone) ?? phone)
  return { code: finding.code, message, source: finding.source, ...(finding.confirm === true ? { confirm: true } : {}) }
}

export function checkView(applicant: Applicant, phone: string, local: OnFile, answer: CentralAnswer, decision: Decision): RegistrationCheck {
  const card = holderCard(applicant)
  const phones = [phone, ...local.recordPhones.map((r) => r.phone)]
  const driver = local.driver
  return {
    answeredBy: answer.answeredBy,
    allowed: decision.allowed,
    denials: decision.denials.map((f) => masked(f, phones)),
    warnings: decision.warnings.map((f) => masked(f, phones)),
    phoneDiffers: decision.warnings.some((w) => w.code === 'PHONE_DIFFERS_FROM_RECORD'),
    holder:
      applicant.kind === 'person'
        ? { known: local.person !== undefined, name: card.name, documentMasked: `${documentName(card)} ${maskIdNumber(card.idNumber)}` }
        : { known: local.unit !== undefined, name: applicant.unit.name, documentMasked: `统一社会信用代码 ${applicant.unit.creditCode}` },
    recordPhones: local.recordPhones.map((r) => ({
      record: r.record,
      label: r.record === 'driver' ? `驾驶证 ${maskLicenseFileNo(r.label)}` : r.label,
      phoneMasked: maskPhone(r.phone) ?? ''
    })),
    licence:
      driver === undefined
        ? null
        : {
            fileNoMasked: maskLicenseFileNo(text(driver, 'file_no')),
            classes: licenseClassNames(text(driver, 'classes')).map((c) => c.code).join(''),
            status: licenseStatusNames(text(driver, 'status')).map((s) => s.name).join('、')
          },
    vehicles: local.vehicles.map((v) => ({ plate: text(v, 'plate'), plateType: plateTypeName(text(v, 'plate_type')).name, model: text(v, 'model') }))
  }
}
