// phone.change: the contact phone on a person's driver record, own vehicles and 12123 account,
// changed at the window (RULES.md "Phone change"). Decided on the workstation for the immediate
// effect and again at central, which re-checks the SMS proofs and whether the new number belongs
// to another account anywhere, then tells the old number(s) of the change through its gateway.
//
// Offline the new number cannot be verified by SMS. The change is still taken when the ID
// document was presented in person (the person stands at the window; only the number itself is
// unproven): central applies it, and texts the NEW number as well, so a mistyped number reaches
// whoever holds it with the window's name, and the old number(s) are told as always.
import { z } from 'zod'
import { maskPhone } from '../../shared/masking'
import { clerkSchema, serviceRecordWrite, smsProofHolds, smsProofSchema, type SmsProof } from './clerk'
import {
  ACCOUNT_LABEL,
  DRIVER_LABEL,
  PHONE_TARGET_KINDS,
  TARGET_TABLES,
  digitsOf,
  judgeTargets,
  refusalOf,
  vehicleLabel,
  type TargetOnRecord
} from './phone-change-rules'
import { text, textOrNull } from './rows'
import { defineCommand, refuse, type Decided, type RowWrite, type StateView } from './types'
import type { WireRow } from '../sync/protocol'
import { phoneChangeWording } from './phone-change-wording'

const id = z.string().min(1).max(64)

export const phoneTargetRef = z.strictObject({ kind: z.enum(PHONE_TARGET_KINDS), id })

export const changePhonePayload = z.strictObject({
  /** The service record's id; also names the change on the slip. */
  changeId: id,
  personId: id,
  targets: z.array(phoneTargetRef).min(1).max(12),
  newPhone: z.string().regex(/^1\d{10}$/),
  identity: z.enum(['id_document', 'sms_old_number']),
  /** phone_old (identity by SMS) and phone_new (the new number), each at most once. */
  smsProofs: z.array(smsProofSchema).max(2),
  clerk: clerkSchema
})
export type ChangePhonePayload = z.infer<typeof changePhonePayload>

/** The record behind a target, if it belongs to the person; a refusal otherwise. */
function targetOnRecord(ref: ChangePhonePayload['targets'][number], personId: string, state: StateView): TargetOnRecord | Decided {
  const row = state.byId(TARGET_TABLES[ref.kind], ref.id)
  if (row === undefined) return refuse('TARGET_UNKNOWN', '中心没有要变更的档案，请刷新人员信息后重试')
  const own =
    ref.kind === 'driver'
      ? row.person_id === personId
      : ref.kind === 'vehicle'
        ? row.owner_type === 'person' && row.owner_person_id === personId
        : row.kind === 'personal' && row.person_id === personId
  if (!own) return refuse('TARGET_NOT_OWN', '只能变更本人名下的驾驶证、机动车和账户的联系电话')
  if (ref.kind === 'account' && row.status === 'closed') return refuse('ACCOUNT_CLOSED', '该12123账户已注销，不能变更手机号码')
  const label = ref.kind === 'driver' ? DRIVER_LABEL : ref.kind === 'vehicle' ? vehicleLabel(text(row, 'plate')) : ACCOUNT_LABEL
  return { kind: ref.kind, id: ref.id, label, currentPhone: textOrNull(row, 'phone') }
}

function proofFor(proofs: readonly SmsProof[], purpose: SmsProof['purpose']): SmsProof | undefined {
  return proofs.find((p) => p.purpose === purpose)
}

/** The record with its new phone; accounts carry no updated_at (their history is the service record). */
function updated(kind: TargetOnRecord['kind'], row: WireRow, phone: string, at: string): WireRow {
  return kind === 'account' ? { ...row, phone } : { ...row, phone, updated_at: at }
}

export const changePhone = defineCommand<ChangePhonePayload>({
  type: 'phone.change',
  payload: changePhonePayload,
  reads(p) {
    return [
      { table: 'people', column: 'id', value: p.personId },
      { table: 'accounts', column: 'phone', value: p.newPhone },
      { table: 'service_records', column: 'id', value: p.changeId },
      ...p.targets.map((t) => ({ table: TARGET_TABLES[t.kind], column: 'id', value: t.id }))
    ]
  },
  decide(p, state, ctx) {
    const person = state.byId('people', p.personId)
    if (person === undefined) return refuse('PERSON_UNKNOWN', '中心没有该人员档案')
    if (state.byId('service_records', p.changeId) !== undefined) return refuse('CHANGE_ID_TAKEN', '业务编号已被占用')
    if (new Set(p.targets.map((t) => `${t.kind}|${t.id}`)).size !== p.targets.length) {
      return refuse('TARGETS_DUPLICATE', '同一档案不能重复选择')
    }
    const targets: TargetOnRecord[] = []
    for (const ref of p.targets) {
      const found = targetOnRecord(ref, p.personId, state)
      if ('ok' in found) return found
      targets.push(found)
    }

    if (p.smsProofs.some((proof) => !smsProofHolds(proof, ctx))) {
      return refuse('SMS_NOT_VERIFIED', '短信验证码未经中心核验或已过期，请重新发送验证码')
    }
    const oldProof = proofFor(p.smsProofs, 'phone_old')
    const newProof = proofFor(p.smsProofs, 'phone_new')
    if (p.identity === 'sms_old_number' && oldProof === undefined) {
      return refuse('IDENTITY_NOT_VERIFIED', '未核验本人身份：原手机号码的短信验证码未验证')
    }
    if (newProof !== undefined && newProof.phone !== p.newPhone) {
      return refuse('SMS_NOT_VERIFIED', `短信验证码是发给${maskPhone(newProof.phone)}的，不是新号码${maskPhone(p.newPhone)}，请向新号码重新发送`)
    }
    if (newProof === undefined && p.identity !== 'id_document') {
      return refuse('SMS_NOT_VERIFIED', '新号码未经短信验证：未验证的号码只能在查验身份证明原件后登记')
    }

    // Any account row of another holder (a unit's has no person) takes the number, a closed one
    // too: a closed account still holds its phone (accounts_phone is unique over all rows). The
    // person's own row (one per person, accounts_person) is theirs to keep using.
    const newPhoneTaken = state.where('accounts', 'phone', p.newPhone).some((a) => a.person_id !== p.personId)
    const judged = judgeTargets(
      targets,
      {
        at: ctx.at,
        newPhone: p.newPhone,
        // No number-segment table (号码归属地) is shipped yet: unknown, which a local-only profile refuses.
        newPhoneProvince: null,
        newPhoneTaken,
        identity: p.identity,
        verifiedOldPhone: oldProof?.phone ?? null
      },
      ctx
    )
    if (!judged.ok) return refuse(judged.code, judged.message)
    const refusal = refusalOf(judged.judgements)
    if (refusal !== null) return refuse(refusal.code, refusal.message)

    const writes: RowWrite[] = targets.map((t) => ({
      table: TARGET_TABLES[t.kind],
      op: 'upsert',
      row: updated(t.kind, state.byId(TARGET_TABLES[t.kind], t.id)!, p.newPhone, ctx.at)
    }))
    // The person's contact phone follows the number the person just declared at the window.
    writes.push({ table: 'people', op: 'upsert', row: { ...person, phone: p.newPhone, updated_at: ctx.at } })

    const wording = phoneChangeWording({ targets, newPhone: p.newPhone, newPhoneVerified: newProof !== undefined, at: ctx.at, place: p.clerk.place })
    writes.push(
      serviceRecordWrite(
        {
          id: p.changeId,
          personId: p.personId,
          kind: 'phone.change',
          summary: wording.summary,
          detail: {
            targets: targets.map((t) => ({ kind: t.kind, id: t.id, label: t.label, oldPhoneMasked: maskPhone(t.currentPhone) })),
            newPhoneMasked: maskPhone(p.newPhone),
            identity: p.identity,
            newPhoneVerified: newProof !== undefined
          },
          clerk: p.clerk
        },
        ctx
      )
    )
    const oldPhones = [...new Set(targets.map((t) => t.currentPhone).filter((x): x is string => x !== null).map(digitsOf))]
    const notifications = oldPhones.filter((phone) => phone !== p.newPhone).map((phone) => ({ phone, text: wording.toOldNumber }))
    if (newProof === undefined) notifications.push({ phone: p.newPhone, text: wording.toUnverifiedNewNumber })
    return { ok: true, writes, notifications }
  }
})
