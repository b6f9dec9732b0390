// binding.create: the window binds (备案) a non-owned vehicle to a driver (RULES.md "Binding at
// the window"). The limits count bindings in force and bindings awaiting review; central decides
// again on its own rows, so two windows binding a 4th vehicle for one person at once end with one
// binding and one rejection. The owner consents in person (the clerk's tick) or with an SMS code
// sent to the owner's phone (a unit's manager's), which central re-checks against its gateway.
// Where the profile sends window bindings to review, the binding waits as pending_review.
import { z } from 'zod'
import { bindingReads, bindingSituation, bindingVerdict } from './binding-rules'
import { clerkSchema, serviceRecordWrite, smsProofHolds, smsProofSchema } from './clerk'
import { text } from './rows'
import { defineCommand, refuse, type Notification } from './types'
import { maskName, maskPhone } from '../../shared/masking'
import { findPlateType } from '../rules/validators/plate'

const id = z.string().min(1).max(64)

export const BINDING_CONSENTS = ['owner_present', 'sms_code'] as const

export const createBindingPayload = z
  .strictObject({
    bindingId: z.uuid(),
    serviceRecordId: z.uuid(),
    personId: id,
    vehicleId: id,
    /** owner_present: the clerk saw the owner (or the unit's manager) consent at the window. */
    consent: z.enum(BINDING_CONSENTS),
    /** sms_code: the code sent to the owner's phone, read back at the window (central re-checks it). */
    ownerSms: smsProofSchema.nullable(),
    clerk: clerkSchema
  })
  .refine((p) => (p.consent === 'sms_code') === (p.ownerSms !== null), { error: '短信同意须附验证码凭证', path: ['ownerSms'] })
export type CreateBindingPayload = z.infer<typeof createBindingPayload>

const CONSENT_NAMES = { owner_present: '车主到场同意', sms_code: '车主短信验证码同意' } as const

export const createBinding = defineCommand<CreateBindingPayload>({
  type: 'binding.create',
  payload: createBindingPayload,
  reads(p, peek) {
    return [...bindingReads(p.personId, p.vehicleId, peek), { table: 'bindings', column: 'id', value: p.bindingId }]
  },
  decide(p, state, ctx) {
    if (state.where('bindings', 'id', p.bindingId).length > 0) return refuse('BINDING_ID_TAKEN', '备案编号已被占用')
    const found = bindingSituation(p.personId, p.vehicleId, state)
    if (!found.ok) return refuse(found.code, found.message)
    const s = found.situation
    // Binding lets a driver process the vehicle's violations: someone without a licence cannot.
    if (!s.hasLicense) return refuse('DRIVER_UNKNOWN', '当事人没有驾驶证档案，不能备案他人车辆（备案对象为驾驶人）')
    if (p.ownerSms !== null) {
      if (p.ownerSms.purpose !== 'binding_owner') return refuse('SMS_NOT_VERIFIED', '验证码不是为备案同意发送的，请重新发送')
      if (s.consentPhone === null || p.ownerSms.phone !== s.consentPhone) {
        return refuse('OWNER_PHONE_MISMATCH', '验证码所发手机号与车辆登记的车主（管理人）手机号不一致，请重新发送')
      }
      if (!smsProofHolds(p.ownerSms, ctx)) return refuse('SMS_NOT_VERIFIED', '车主手机验证码未经中心核验或已过有效期，请重新发送验证码')
    }
    const verdict = bindingVerdict(s, p.consent, ctx)
    if (!verdict.ok) return refuse(verdict.code, verdict.message)
    const { decision, profile } = verdict
    if (!decision.allowed) return refuse(decision.denials[0]?.code ?? 'REFUSED', decision.denials.map((d) => d.message).join('；'))

    const status = profile.binding.windowReview ? 'pending_review' : 'active'
    const plate = text(s.vehicle, 'plate')
    const typeName = findPlateType(text(s.vehicle, 'plate_type'))?.name ?? text(s.vehicle, 'plate_type')
    const summary = `备案非本人机动车${plate}（${typeName}），${CONSENT_NAMES[p.consent]}${status === 'pending_review' ? '，待审核' : ''}`
    const notifications: Notification[] = []
    if (s.consentPhone !== null) {
      const whom = maskName(text(s.person, 'name'))
      notifications.push({
        phone: s.consentPhone,
        text: `您的机动车${plate}已由驾驶人${whom}在${p.clerk.place}办理备案${status === 'pending_review' ? '（待审核）' : ''}。如非本人同意，请及时到公安交管部门窗口解除。`
      })
    }
    return {
      ok: true,
      notifications,
      writes: [
        {
          table: 'bindings',
          op: 'upsert',
          row: {
            id: p.bindingId,
            person_id: p.personId,
            vehicle_id: p.vehicleId,
            status,
            consent: p.consent,
            bound_at: ctx.at,
            unbound_at: null,
            channel: 'window'
          }
        },
        serviceRecordWrite(
          {
            id: p.serviceRecordId,
            personId: p.personId,
            kind: 'binding.create',
            summary,
            detail: {
              bindingId: p.bindingId,
              vehicleId: p.vehicleId,
              plate,
              plateType: text(s.vehicle, 'plate_type'),
              consent: p.consent,
              ownerPhoneMasked: p.ownerSms === null ? null : maskPhone(p.ownerSms.phone),
              status,
              profileId: profile.id
            },
            clerk: p.clerk
          },
          ctx
        )
      ]
    }
  }
})
