// Channels of the counter workflows' SMS codes through central's gateway: send a code to a phone
// for a purpose, and check the code the citizen reads back. The verified challenge id then goes
// into the workflow's own submit channel as its proof (main checks it, central checks it again).
import { z } from 'zod'
import { channel, type ChannelSpec } from '../channel-spec'

export const SMS_PURPOSE_VALUES = ['register', 'phone_old', 'phone_new', 'binding_owner'] as const
export const smsPurposeSchema = z.enum(SMS_PURPOSE_VALUES)
export type SmsPurposeName = z.infer<typeof smsPurposeSchema>

export const mobileInput = z.string().trim().regex(/^1\d{10}$/, '手机号码应为11位数字')

export const smsChallengeSchema = z.strictObject({
  challengeId: z.uuid(),
  maskedPhone: z.string(),
  expiresAt: z.string()
})
export type SmsChallengeView = z.infer<typeof smsChallengeSchema>

export const smsVerificationSchema = z.strictObject({ verified: z.boolean(), attemptsLeft: z.number().int().min(0) })

const entityRef = z.string().regex(/^[0-9a-f-]{36}$/, '编号格式不正确')

/**
 * Where a code goes: a number the citizen at the window gives (their own, or the new one), the
 * owner of a vehicle someone asks to bind, or the number on one of the person's records (a phone
 * change's old number): main looks those phones up, so a number on record never reaches the
 * screen (only its masked form, in the answer).
 */
export const smsRecipientSchema = z.union([
  z.strictObject({ phone: mobileInput, purpose: smsPurposeSchema }),
  z.strictObject({ purpose: z.literal('binding_owner'), bindingOwner: z.strictObject({ personId: entityRef, vehicleId: entityRef }) }),
  /** A phone change's identity step: the current number of one of the person's own records. */
  z.strictObject({
    purpose: z.literal('phone_old'),
    phoneOnRecord: z.strictObject({ personId: entityRef, kind: z.enum(['driver', 'vehicle', 'account']), id: entityRef })
  })
])
export type SmsRecipient = z.infer<typeof smsRecipientSchema>

export const smsChannels = {
  'sms:send': channel({
    access: 'session',
    roles: ['clerk', 'supervisor'],
    input: smsRecipientSchema,
    output: smsChallengeSchema
  }),
  'sms:verify': channel({
    access: 'session',
    roles: ['clerk', 'supervisor'],
    input: z.strictObject({ challengeId: z.uuid('验证码已失效，请重新发送'), code: z.string().trim().regex(/^\d{6}$/, '验证码为6位数字') }),
    output: smsVerificationSchema
  })
} as const satisfies Record<string, ChannelSpec>
