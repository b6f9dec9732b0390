// Filing an objection (异议) at the window: the person's records open to one, the rules' answer
// for a record (file_dispute: where to go when this window is not the place), and saving it: one
// write-path transaction with the attached files, the command's local effect (the objection, the
// record 异议中, the history line), the audit entry and the outbox command. The answer is the
// receipt the citizen takes home.
import { randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { DisputeCheck, DisputeFiled, DisputeGround, DisputeList } from '../../../shared/contract/workflows/disputes-schemas'
import { maskIdNumber } from '../../../shared/masking'
import { COMMANDS, loadStateSync } from '../../commands'
import { filingVerdict, type FileDisputePayload } from '../../commands/disputes'
import type { Session } from '../../core/sessions'
import { clerkOf } from '../../core/workflows'
import { executeLocally } from '../../sync/rebase'
import { decodeAttachments, refsOf, storeAttachments } from './attachments'
import type { DisputeContext } from './context'
import type { RecordRow, SummaryRow } from './queries'
import { recordView, summaryView } from './views'

interface PersonRow {
  id: string
  name: string
  id_number: string
}

const RECEIPT_SERIAL = 'dispute.receiptSerial'

export function createDisputeFiling(c: DisputeContext) {
  const { q } = c

  function person(personId: string): PersonRow {
    const row = q.person.get(personId) as PersonRow | undefined
    if (row === undefined) throw new DomainError('PERSON_UNKNOWN', '本机没有该人员档案')
    return row
  }

  function record(violationId: string): RecordRow {
    const row = q.record.get(violationId) as RecordRow | undefined
    if (row === undefined) throw new DomainError('VIOLATION_UNKNOWN', '本机没有该违法记录', 'violationId')
    return row
  }

  /** YY-20261121-3F2A91C0-0007: the day, the workstation, its own serial. */
  function nextReceiptNo(at: string): string {
    const serial = Number((q.readSerial.get(RECEIPT_SERIAL) as string | undefined) ?? '0') + 1
    q.writeSerial.run(RECEIPT_SERIAL, String(serial))
    return `YY-${at.slice(0, 10).replaceAll('-', '')}-${c.config.workstationId.replace(/-/g, '').slice(0, 8).toUpperCase()}-${String(serial).padStart(4, '0')}`
  }

  function list(personId: string): DisputeList {
    person(personId)
    return {
      disputes: (q.ofPerson.all(personId) as SummaryRow[]).map((r) => summaryView(c, r)),
      candidates: (q.candidates.all({ id: personId }) as RecordRow[]).map(recordView)
    }
  }

  function check(input: { personId: string; violationId: string }): DisputeCheck {
    person(input.personId)
    const r = record(input.violationId)
    const def = COMMANDS.get('dispute.file')!
    const probe = { disputeId: randomUUID(), violationId: input.violationId, personId: input.personId }
    const state = loadStateSync(def, probe, (query) => c.rows.load(query))
    const verdict = filingVerdict(state.byId('violations', input.violationId)!, state, { at: c.now(), profiles: c.profiles, jurisdiction: c.config.regionCode })
    if (!verdict.ok) throw new DomainError(verdict.error.code, verdict.error.message)
    return { record: recordView(r), allowed: verdict.decision.allowed, denials: verdict.decision.denials, warnings: verdict.decision.warnings }
  }

  function file(
    input: { personId: string; violationId: string; ground: DisputeGround; statement: string; attachments: { fileName: string; base64: string }[] },
    session: Session | null
  ): DisputeFiled {
    const { operator, clerk } = clerkOf(session, c.config)
    const who = person(input.personId)
    const r = record(input.violationId)
    const statement = input.statement.trim()
    if (input.ground === 'other' && statement === '') throw new DomainError('STATEMENT_REQUIRED', '以“其他”理由提出异议时，须写明当事人陈述的具体情形', 'statement')
    // Every file is checked before anything is written: a refused one leaves no trace.
    const files = decodeAttachments(input.attachments)
    const disputeId = randomUUID()
    const receipt = c.writes.run({
      action: 'dispute.file',
      operatorId: operator.id,
      subject: { type: 'violation', id: input.violationId },
      auditPayload: { disputeId, personId: input.personId, violationId: input.violationId, ground: input.ground, statement, attachments: refsOf(files) },
      command: (payload: FileDisputePayload) => ({ type: 'dispute.file', payload }),
      apply: (at) => {
        const payload: FileDisputePayload = {
          disputeId,
          violationId: input.violationId,
          personId: input.personId,
          ground: input.ground,
          statement,
          attachments: refsOf(files),
          receiptNo: nextReceiptNo(at),
          serviceRecordId: randomUUID(),
          clerk
        }
        storeAttachments(q, files, disputeId, at, operator.id)
        const outcome = executeLocally(c.rows, 'dispute.file', payload, { at, operatorId: operator.id }, c.env())
        if (!outcome.ok) throw new DomainError(outcome.code, outcome.message)
        return payload
      }
    })
    const payload = receipt.value
    return {
      disputeId,
      commandId: receipt.commandId!,
      online: c.central.online(),
      receipt: {
        receiptNo: payload.receiptNo,
        personName: who.name,
        idNumberMasked: maskIdNumber(who.id_number),
        record: recordView({ ...r, status: 'disputed' }),
        ground: input.ground,
        statement,
        attachments: files.map((f) => ({ name: f.name, sha256: f.sha256, size: f.size })),
        filedAt: receipt.at,
        clerkName: clerk.operatorName,
        clerkNo: clerk.operatorNo,
        place: clerk.place
      }
    }
  }

  return { list, check, file }
}
