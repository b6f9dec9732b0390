// Saving a registration: one write-path transaction holding the scanned letter (units), the
// command's local effect (person, account, record phones, history), the audit entry and the outbox
// command. Everything the command decides is decided before, with central's answer when there is
// one, so a refusal reaches the clerk with its reason and writes nothing.
import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { DomainError } from '../../../shared/contract/result'
import { maskIdNumber, maskLicenseFileNo, maskPhone } from '../../../shared/masking'
import type { RegistrationSlip } from '../../../shared/contract/workflows/registration'
import type { Clerk } from '../../commands/clerk'
import type { RegisterAccountPayload } from '../../commands/register-account'
import { text } from '../../commands/rows'
import type { WritePath } from '../../store/write-path'
import type { LocalRows } from '../../sync/local-rows'
import { executeLocally, type LocalCommandEnv } from '../../sync/rebase'
import { documentName } from '../idcard'
import { holderCard, type Applicant } from './applicant'
import type { Letter } from './letter'
import type { CentralAnswer, OnFile } from './registration-check'

export interface SubmitDeps {
  sqlite: Database.Database
  writes: WritePath
  rows: LocalRows
  env: () => LocalCommandEnv
  workstationId: string
}

export interface SubmitRequest {
  applicant: Applicant
  phone: string
  verification: RegisterAccountPayload['verification']
  changeRecordPhones: boolean
  letter: Letter | null
  local: OnFile
  answer: CentralAnswer
  clerk: Clerk
  operatorId: string
}

const SLIP_SERIAL = 'registration.slipSerial'

export function createRegistrationWriter(deps: SubmitDeps) {
  const readSerial = deps.sqlite.prepare('SELECT value FROM sync_state WHERE key = ?').pluck()
  const writeSerial = deps.sqlite.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
  const insertAttachment = deps.sqlite.prepare(
    `INSERT INTO attachments (id, sha256, name, mime, size, bytes, owner_type, owner_id, created_at, operator_id)
     VALUES (@id, @sha256, @name, @mime, @size, @bytes, 'unit_registration', @ownerId, @createdAt, @operatorId)`
  )

  /**
   * ZC-20261121-3F2A91C0-0007: the day, the workstation (8 hex digits of its id: two windows of one
   * central share them about once in four billion pairs), its own serial.
   */
  function nextSlipNo(at: string): string {
    const serial = Number((readSerial.get(SLIP_SERIAL) as string | undefined) ?? '0') + 1
    writeSerial.run(SLIP_SERIAL, String(serial))
    return `ZC-${at.slice(0, 10).replaceAll('-', '')}-${deps.workstationId.replace(/-/g, '').slice(0, 8).toUpperCase()}-${String(serial).padStart(4, '0')}`
  }

  interface NewIds {
    letterId: string
    personId: string
    unitId: string
  }

  function payloadOf(r: SubmitRequest, slipNo: string, ids: NewIds): RegisterAccountPayload {
    const card = holderCard(r.applicant)
    const cardPayload = { ...card }
    const common = {
      accountId: randomUUID(),
      slipNo,
      phone: r.phone,
      identityConfirmed: true,
      verification: r.verification,
      changeRecordPhones: r.changeRecordPhones,
      serviceRecordId: randomUUID(),
      phoneChangeRecordId: randomUUID(),
      clerk: r.clerk
    }
    if (r.applicant.kind === 'person') return { ...common, applicant: { kind: 'person', newPersonId: ids.personId, card: cardPayload } }
    const letter = r.letter!
    return {
      ...common,
      applicant: {
        kind: 'unit',
        newUnitId: ids.unitId,
        unit: r.applicant.unit,
        manager: { newPersonId: ids.personId, card: cardPayload },
        letter: { attachmentId: ids.letterId, fileName: letter.fileName, sha256: letter.sha256, size: letter.size, mime: letter.mime }
      }
    }
  }

  return function save(r: SubmitRequest): RegistrationSlip {
    const card = holderCard(r.applicant)
    const ids: NewIds = { letterId: randomUUID(), personId: randomUUID(), unitId: randomUUID() }
    // The history's subject: the person (or unit) on file, or the one this registration creates.
    const subjectId =
      r.applicant.kind === 'person'
        ? r.local.person === undefined ? ids.personId : text(r.local.person, 'id')
        : r.local.unit === undefined ? ids.unitId : text(r.local.unit, 'id')
    const changed = r.changeRecordPhones ? r.local.recordPhones.filter((p) => p.phone !== r.phone) : []
    const receipt = deps.writes.run({
      action: 'account.register',
      operatorId: r.operatorId,
      subject: { type: r.applicant.kind === 'person' ? 'person' : 'unit', id: subjectId },
      auditPayload: {
        kind: r.applicant.kind,
        document: { idType: card.idType, militaryDocument: card.militaryDocument, idNumber: card.idNumber, name: card.name, validUntil: card.validUntil },
        unit: r.applicant.kind === 'unit' ? r.applicant.unit : null,
        phone: r.phone,
        identityConfirmed: true,
        verification: r.verification.kind === 'sms' ? { kind: 'sms', challengeId: r.verification.proof.challengeId } : { kind: 'offline' },
        uniquenessAnsweredBy: r.answer.answeredBy,
        changeRecordPhones: r.changeRecordPhones,
        recordPhonesBefore: changed.map((p) => ({ record: p.record, label: p.label, phone: p.phone })),
        letter: r.letter === null ? null : { sha256: r.letter.sha256, size: r.letter.size, mime: r.letter.mime, fileName: r.letter.fileName }
      },
      command: (payload: RegisterAccountPayload) => ({ type: 'account.register', payload }),
      apply: (at) => {
        const payload = payloadOf(r, nextSlipNo(at), ids)
        if (r.letter !== null) {
          insertAttachment.run({
            id: ids.letterId,
            sha256: r.letter.sha256,
            name: r.letter.fileName,
            mime: r.letter.mime,
            size: r.letter.size,
            bytes: r.letter.bytes,
            ownerId: payload.accountId,
            createdAt: at,
            operatorId: r.operatorId
          })
        }
        const outcome = executeLocally(deps.rows, 'account.register', payload, { at, operatorId: r.operatorId }, deps.env())
        if (!outcome.ok) throw new DomainError(outcome.code, outcome.message)
        return payload
      }
    })
    const payload = receipt.value
    return {
      slipNo: payload.slipNo,
      accountId: payload.accountId,
      personId: r.local.person === undefined ? ids.personId : text(r.local.person, 'id'),
      commandId: receipt.commandId!,
      kind: r.applicant.kind,
      pendingCentral: true,
      offline: r.verification.kind === 'offline',
      registeredAt: receipt.at,
      holderName: r.applicant.kind === 'person' ? card.name : r.applicant.unit.name,
      managerName: r.applicant.kind === 'unit' ? card.name : null,
      documentName: documentName(card),
      documentMasked: maskIdNumber(card.idNumber),
      unit: r.applicant.kind === 'unit' ? { name: r.applicant.unit.name, creditCode: r.applicant.unit.creditCode } : null,
      phoneMasked: maskPhone(r.phone) ?? r.phone,
      licence: r.local.driver === undefined ? null : maskLicenseFileNo(text(r.local.driver, 'file_no')),
      plates: r.local.vehicles.map((v) => text(v, 'plate')),
      recordPhonesChanged: changed.map((p) => ({ record: p.record, label: p.record === 'driver' ? maskLicenseFileNo(p.label) : p.label })),
      letter: r.letter === null ? null : { fileName: r.letter.fileName, mime: r.letter.mime, size: r.letter.size, sha256: r.letter.sha256 },
      operatorName: r.clerk.operatorName,
      operatorNo: r.clerk.operatorNo,
      place: r.clerk.place
    }
  }
}
