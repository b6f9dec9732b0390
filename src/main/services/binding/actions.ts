// Saving a binding and ending one. Each is one write-path transaction: the command decided on this
// window's rows with the definition central uses (its effect written as pending), the audit entry,
// the outbox command; a binding the profile sends to review also opens a review task here. A
// refusal throws DomainError and writes nothing. An SMS consent must have been verified by central
// for the owner's phone before anything is saved.
import { randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { BindingCreated, UnbindReason } from '../../../shared/contract/workflows/binding-schemas'
import { maskIdNumber, maskPhone } from '../../../shared/masking'
import type { CreateBindingPayload, RemoveBindingPayload } from '../../commands/binding'
import type { SmsProof } from '../../commands/clerk'
import { clerkOf } from '../../core/workflows'
import type { Session } from '../../core/sessions'
import { executeLocally } from '../../sync/rebase'
import { idTypeName, plateTypeName } from '../code-names'
import type { BindingContext } from './context'
import { ownerNameShown, type BindingOverviewService } from './overview'
import type { VehicleRow } from './queries'

type Consent = { kind: 'owner_present'; confirmed: true } | { kind: 'sms_code'; challengeId: string }

export function createBindingActions(c: BindingContext, overview: BindingOverviewService) {
  const { q } = c

  function decideLocally(type: string, payload: unknown, at: string, operatorId: string): void {
    const outcome = executeLocally(c.rows, type, payload, { at, operatorId }, c.env())
    if (!outcome.ok) throw new DomainError(outcome.code, outcome.message)
  }

  /** The proof of an SMS consent, checked here before saving (central checks it again). */
  function ownerSms(consent: Consent, consentPhone: string | null): SmsProof | null {
    if (consent.kind === 'owner_present') return null
    const seen = c.central.verifiedChallenge(consent.challengeId)
    if (seen === null) throw new DomainError('SMS_NOT_VERIFIED', '车主手机验证码尚未核验通过，请输入验证码并核验后再提交', 'consent')
    if (seen.purpose !== 'binding_owner' || consentPhone === null || seen.phone !== consentPhone) {
      throw new DomainError('OWNER_PHONE_MISMATCH', '验证码不是发送至该车车主（管理人）手机的备案验证码，请重新发送', 'consent')
    }
    return { challengeId: consent.challengeId, phone: seen.phone, purpose: 'binding_owner' }
  }

  function create(input: { personId: string; vehicleId: string; consent: Consent }, session: Session | null): BindingCreated {
    const { operator, clerk } = clerkOf(session, c.config)
    const person = overview.person(input.personId)
    const situation = overview.situation(input.personId, input.vehicleId)
    const proof = ownerSms(input.consent, situation.consentPhone)
    const bindingId = randomUUID()
    const receipt = c.writes.run({
      action: 'binding.create',
      operatorId: operator.id,
      subject: { type: 'person', id: input.personId },
      auditPayload: {
        personId: input.personId,
        vehicleId: input.vehicleId,
        consent: input.consent.kind,
        // The clerk's tick that the owner was present and agreed is itself audited.
        ownerPresentConfirmed: input.consent.kind === 'owner_present',
        ownerPhone: proof?.phone ?? null,
        challengeId: proof?.challengeId ?? null
      },
      command: (payload: CreateBindingPayload) => ({ type: 'binding.create', payload }),
      apply: (at) => {
        const payload: CreateBindingPayload = {
          bindingId,
          serviceRecordId: randomUUID(),
          personId: input.personId,
          vehicleId: input.vehicleId,
          consent: input.consent.kind,
          ownerSms: proof,
          clerk: { ...clerk, role: operator.role }
        }
        decideLocally('binding.create', payload, at, operator.id)
        const saved = q.binding.get(bindingId) as { status: string }
        if (saved.status === 'pending_review') q.openReviewTask.run(randomUUID(), bindingId, operator.id, at)
        return payload
      }
    })
    const saved = q.binding.get(bindingId) as { status: 'active' | 'pending_review'; bound_at: string }
    const v = q.vehicle.get(input.vehicleId) as VehicleRow
    return {
      bindingId,
      commandId: receipt.commandId!,
      status: saved.status,
      boundAt: saved.bound_at,
      online: c.central.online(),
      slip: {
        slipNo: `BA${bindingId.replace(/-/g, '').slice(0, 10).toUpperCase()}`,
        personName: person.name,
        idTypeName: idTypeName(person.id_type),
        idNumberMasked: maskIdNumber(person.id_number),
        plate: v.plate,
        plateTypeName: plateTypeName(v.plate_type).name,
        model: v.model,
        ownerName: ownerNameShown(v),
        consent: input.consent.kind,
        consentPhoneMasked: proof === null ? null : maskPhone(proof.phone),
        clerkName: clerk.operatorName,
        clerkNo: clerk.operatorNo,
        place: clerk.place
      }
    }
  }

  function remove(input: { bindingId: string; reason: UnbindReason; note: string }, session: Session | null) {
    const { operator, clerk } = clerkOf(session, c.config)
    const before = q.binding.get(input.bindingId) as { plate: string } | undefined
    if (before === undefined) throw new DomainError('BINDING_UNKNOWN', '没有该备案记录', 'bindingId')
    if (input.reason === 'other' && input.note.length < 2) throw new DomainError('NOTE_REQUIRED', '原因为“其他”时须填写说明', 'note')
    const receipt = c.writes.run({
      action: 'binding.remove',
      operatorId: operator.id,
      subject: { type: 'binding', id: input.bindingId },
      auditPayload: { ...input },
      command: (payload: RemoveBindingPayload) => ({ type: 'binding.remove', payload }),
      apply: (at) => {
        const payload: RemoveBindingPayload = { bindingId: input.bindingId, serviceRecordId: randomUUID(), reason: input.reason, note: input.note, clerk: { ...clerk, role: operator.role } }
        decideLocally('binding.remove', payload, at, operator.id)
        // A binding ended before its review leaves nothing to review.
        const task = q.reviewTask.get(input.bindingId) as string | undefined
        if (task !== undefined) q.settleReviewTask.run('returned', operator.id, '审核前已解除备案', at, task)
        return payload
      }
    })
    const after = q.binding.get(input.bindingId) as { unbound_at: string }
    return { bindingId: input.bindingId, commandId: receipt.commandId!, plate: before.plate, unboundAt: after.unbound_at }
  }

  return { create, remove }
}
