// Central's direct services for the counter workflows (sync-protocol.md §10): nationwide account
// lookups (the workstation's cache holds only its jurisdiction) and the SMS gateway's verification
// codes. Same transport, headers and error shape as the rest of protocol v1; answered at once,
// never queued (they need the network; offline the workflow decides what it can still do).
import { z } from 'zod'
import { SMS_PURPOSES } from '../commands/clerk'

const phone = z.string().regex(/^1\d{10}$/)

export const accountLookupRequestSchema = z
  .strictObject({
    phone: phone.optional(),
    person: z.strictObject({ idType: z.enum(['resident', 'military']), idNumber: z.string().min(1).max(40) }).optional(),
    creditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/).optional()
  })
  .refine((q) => q.phone !== undefined || q.person !== undefined || q.creditCode !== undefined, '至少给出手机号、证件号或信用代码之一')
export type AccountLookupRequest = z.infer<typeof accountLookupRequestSchema>

export const accountLookupResponseSchema = z.strictObject({
  phoneTaken: z.boolean(),
  phoneAccountPersonId: z.string().nullable(),
  idTaken: z.boolean(),
  serverTime: z.string()
})
export type AccountLookupResponse = z.infer<typeof accountLookupResponseSchema>

export const smsSendRequestSchema = z.strictObject({ phone, purpose: z.enum(SMS_PURPOSES) })
export const smsSendResponseSchema = z.strictObject({
  challengeId: z.uuid(),
  expiresAt: z.string(),
  serverTime: z.string()
})
export type SmsSendResponse = z.infer<typeof smsSendResponseSchema>

export const smsVerifyRequestSchema = z.strictObject({ challengeId: z.uuid(), code: z.string().regex(/^\d{6}$/) })
export const smsVerifyResponseSchema = z.strictObject({
  verified: z.boolean(),
  attemptsLeft: z.number().int().min(0),
  phone,
  purpose: z.enum(SMS_PURPOSES),
  /** Until when the verified challenge proves the phone to a command that names it. */
  validUntil: z.string().nullable(),
  serverTime: z.string()
})
export type SmsVerifyResponse = z.infer<typeof smsVerifyResponseSchema>

/** Minutes a code can be typed in, attempts per code, minutes a verified challenge proves the phone. */
export const SMS_CODE_MINUTES = 5
export const SMS_MAX_ATTEMPTS = 5
export const SMS_PROOF_MINUTES = 30
/** At most this many codes per phone in 10 minutes (the gateway's flood guard). */
export const SMS_CODES_PER_10_MIN = 3
