// Channels of the counter workflow: 手机号变更 on the driver, vehicle and account records.
// phone:targets lists what can change for a person; phone:check asks the rules (and central, when
// reachable, whether the number is another account's) as the clerk types; phone:change saves.
import { z } from 'zod'
import { channel, type ChannelSpec } from '../channel-spec'
import { entityId, findingSchema, zonedTime } from '../schemas'

export const phoneTargetKindSchema = z.enum(['driver', 'vehicle', 'account'])
export type PhoneTargetKind = z.infer<typeof phoneTargetKindSchema>

export const phoneTargetRefSchema = z.strictObject({ kind: phoneTargetKindSchema, id: entityId })
export type PhoneTargetRef = z.infer<typeof phoneTargetRefSchema>

const targetRefs = z
  .array(phoneTargetRefSchema)
  .min(1, '请至少选择一项要变更的档案')
  .max(12, '一次最多变更12项档案')
  .refine((refs) => new Set(refs.map((r) => `${r.kind}|${r.id}`)).size === refs.length, '同一档案不能重复选择')

/** As typed; main normalises and judges it (PHONE_INVALID names what is wrong). */
const typedPhone = z.string().max(40, '手机号码过长')

export const phoneTargetSchema = z.strictObject({
  kind: phoneTargetKindSchema,
  id: z.string(),
  /** 驾驶证档案 / 机动车档案（粤B12345） / 12123互联网账户 */
  label: z.string(),
  currentPhoneMasked: z.string().nullable(),
  /**
   * Records carrying the same current number share this (1, 2, …; null: no number), so the
   * identity step offers each old number once. The number itself stays in main: the step names a
   * record (sms:send phoneOnRecord) and main texts the number on it.
   */
  numberGroup: z.number().int().min(1).nullable()
})
export type PhoneTarget = z.infer<typeof phoneTargetSchema>

export const phoneTargetsSchema = z.strictObject({
  person: z.strictObject({ id: z.string(), name: z.string(), idNumberMasked: z.string() }),
  targets: z.array(phoneTargetSchema),
  /** Central reachable now: the new number can be verified by SMS and checked nationwide. */
  online: z.boolean()
})
export type PhoneTargets = z.infer<typeof phoneTargetsSchema>

export const phoneIdentityMethodSchema = z.enum(['id_document', 'sms_old_number'])
export type PhoneIdentityMethod = z.infer<typeof phoneIdentityMethodSchema>

export const phoneCheckInputSchema = z.strictObject({
  personId: entityId,
  targets: targetRefs,
  newPhone: typedPhone,
  identity: z.strictObject({
    method: phoneIdentityMethodSchema,
    /** With sms_old_number: the verified challenge, once the code was read back. */
    challengeId: z.uuid().nullable()
  })
})

export const phoneCheckSchema = z.strictObject({
  /** Normalised 11 digits, null while the typed text is not a valid mobile number. */
  newPhone: z.string().nullable(),
  newPhoneMasked: z.string().nullable(),
  /** Reasons about the number itself (invalid, another account's, not local): shown at the field. */
  numberProblems: z.array(findingSchema),
  /** Who answered "is it another account's": central (nationwide) or this window's cache (offline). */
  takenCheckedBy: z.enum(['central', 'local_cache']),
  targets: z.array(
    z.strictObject({
      kind: phoneTargetKindSchema,
      id: z.string(),
      label: z.string(),
      currentPhoneMasked: z.string().nullable(),
      allowed: z.boolean(),
      /** This record's own reasons (number unchanged, identity not verified for it). */
      denials: z.array(findingSchema)
    })
  ),
  allowed: z.boolean(),
  /** required: online, a code must be read back from the new number; unavailable: offline. */
  newPhoneSms: z.enum(['required', 'unavailable_offline'])
})
export type PhoneCheck = z.infer<typeof phoneCheckSchema>

export const phoneChangeInputSchema = z.strictObject({
  personId: entityId,
  targets: targetRefs,
  newPhone: typedPhone,
  identity: z.discriminatedUnion('method', [
    /** The clerk ticked that the ID document was presented and matches the person (audited). */
    z.strictObject({ method: z.literal('id_document'), documentChecked: z.literal(true, '请确认已查验身份证明原件') }),
    z.strictObject({ method: z.literal('sms_old_number'), challengeId: z.uuid() })
  ]),
  /** The verified challenge of the new number; null only offline (then central texts the number). */
  newPhoneChallengeId: z.uuid().nullable()
})

export const phoneChangeResultSchema = z.strictObject({
  changeId: z.string(),
  commandId: z.string(),
  at: zonedTime,
  person: z.strictObject({ name: z.string(), idNumberMasked: z.string() }),
  targets: z.array(z.strictObject({ kind: phoneTargetKindSchema, label: z.string(), oldPhoneMasked: z.string().nullable() })),
  newPhoneMasked: z.string(),
  identity: phoneIdentityMethodSchema,
  newPhoneVerified: z.boolean(),
  /** Saved away from central: it applies once central confirms (待中心确认). */
  offline: z.boolean(),
  clerk: z.strictObject({ operatorNo: z.string(), operatorName: z.string() }),
  place: z.string()
})
export type PhoneChangeResult = z.infer<typeof phoneChangeResultSchema>

export const phoneChangeChannels = {
  /** The records of a person whose contact phone the window may change, current numbers masked. */
  'phone:targets': channel({
    access: 'session',
    roles: ['clerk', 'supervisor'],
    input: z.strictObject({ personId: entityId }),
    output: phoneTargetsSchema
  }),
  /** The rules' answer for each chosen record, before anything is sent or saved. */
  'phone:check': channel({ access: 'session', roles: ['clerk', 'supervisor'], input: phoneCheckInputSchema, output: phoneCheckSchema }),
  /** Changes the phone: one transaction (records, audit with both numbers, command for central). */
  'phone:change': channel({ access: 'session', roles: ['clerk', 'supervisor'], input: phoneChangeInputSchema, output: phoneChangeResultSchema })
} as const satisfies Record<string, ChannelSpec>
