// Shapes of the 备案 workflow's channels: the person's bindings, the verdict on a plate typed at
// the window (with the lists to unbind from when a limit is reached), the binding slip, and the
// supervisors' review queue. Personal data of people other than the one at the window is masked.
import { z } from 'zod'
import { entityId, findingSchema, zonedTime } from '../schemas'

const codeName = z.strictObject({ code: z.string(), name: z.string() })

/** Why a binding ends (解除备案); the command words them in the history. */
export const UNBIND_REASONS = ['applicant_request', 'owner_request', 'make_room', 'vehicle_disposed', 'other'] as const
export type UnbindReason = (typeof UNBIND_REASONS)[number]

export const bindingStatusSchema = z.enum(['active', 'pending_review'])

/** One binding of the person at the window (in force or awaiting review). */
export const bindingItemSchema = z.strictObject({
  id: z.string(),
  vehicleId: z.string(),
  plate: z.string(),
  plateType: codeName,
  use: codeName,
  model: z.string(),
  status: bindingStatusSchema,
  consent: z.enum(['owner_present', 'qr_code', 'sms_code']),
  channel: z.enum(['window', 'app', 'web']),
  boundAt: zonedTime,
  /** Saved here, central has not confirmed it yet (待中心确认). */
  awaitingCentral: z.boolean()
})
export type BindingItem = z.infer<typeof bindingItemSchema>

/** Another driver bound to the vehicle: masked, the clerk only needs to tell them apart. */
export const vehicleDriverSchema = z.strictObject({
  bindingId: z.string(),
  nameMasked: z.string(),
  idNumberMasked: z.string(),
  status: bindingStatusSchema,
  boundAt: zonedTime
})
export type VehicleDriver = z.infer<typeof vehicleDriverSchema>

export const bindingLimitsSchema = z.strictObject({
  perPerson: z.number().int().nonnegative(),
  perVehicle: z.number().int().nonnegative(),
  /** The profile in force sends window bindings to a supervisor's review. */
  windowReview: z.boolean(),
  profileName: z.string()
})

export const bindingOverviewSchema = z.strictObject({
  person: z.strictObject({
    id: z.string(),
    name: z.string(),
    idTypeName: z.string(),
    idNumberMasked: z.string(),
    /** Not a 居民身份证 (军官证, 士兵证…): such holders cannot bind online and come to the window. */
    otherIdDocument: z.boolean(),
    hasLicense: z.boolean()
  }),
  bindings: z.array(bindingItemSchema),
  limits: bindingLimitsSchema,
  /** The province abbreviation of this window's region (粤): the plate field starts with it. */
  platePrefix: z.string(),
  /** 号牌种类 to choose from: the profile's bindable ones first, then the rest of the code table. */
  plateTypes: z.array(codeName)
})
export type BindingOverview = z.infer<typeof bindingOverviewSchema>

export const bindingCheckInput = z.strictObject({
  personId: entityId,
  /** As typed: validated in main with the plate validator on every change. */
  plate: z.string().max(16),
  plateType: z.string().max(4)
})

export const bindingVehicleSchema = z.strictObject({
  id: z.string(),
  plate: z.string(),
  plateType: codeName,
  use: codeName,
  model: z.string(),
  status: z.array(codeName),
  ownerKind: z.enum(['person', 'unit']),
  /** 张** or the unit's name (a unit's name is not personal data). */
  ownerName: z.string(),
  /** Where the consent code goes (owner's / unit manager's phone), masked; null: none on record. */
  consentPhoneMasked: z.string().nullable()
})
export type BindingVehicle = z.infer<typeof bindingVehicleSchema>

export const bindingCheckSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('invalid'), field: z.enum(['plate', 'plateType']), code: z.string(), message: z.string() }),
  z.strictObject({ state: z.literal('not_found'), message: z.string() }),
  z.strictObject({
    state: z.literal('found'),
    vehicle: bindingVehicleSchema,
    /** The rules' answer assuming the owner will consent (consent is asked next). */
    verdict: z.strictObject({
      allowed: z.boolean(),
      denials: z.array(findingSchema),
      warnings: z.array(findingSchema),
      consequences: z.array(findingSchema)
    }),
    personBindings: z.array(bindingItemSchema),
    vehicleDrivers: z.array(vehicleDriverSchema),
    limits: bindingLimitsSchema
  })
])
export type BindingCheck = z.infer<typeof bindingCheckSchema>

export const bindingConsentInput = z.discriminatedUnion('kind', [
  /** The clerk saw the owner (or the unit's manager) at the window agree: an audited tick. */
  z.strictObject({ kind: z.literal('owner_present'), confirmed: z.literal(true) }),
  /** The code sent to the owner's phone was read back and verified by central. */
  z.strictObject({ kind: z.literal('sms_code'), challengeId: z.uuid() })
])

export const bindingCreateInput = z.strictObject({
  personId: entityId,
  vehicleId: entityId,
  consent: bindingConsentInput
})

export const bindingSlipSchema = z.strictObject({
  /** Short number printed on the slip and quoted on the phone (the binding id's first 8 hex digits). */
  slipNo: z.string(),
  personName: z.string(),
  idTypeName: z.string(),
  idNumberMasked: z.string(),
  plate: z.string(),
  plateTypeName: z.string(),
  model: z.string(),
  ownerName: z.string(),
  consent: z.enum(['owner_present', 'sms_code']),
  consentPhoneMasked: z.string().nullable(),
  clerkName: z.string(),
  clerkNo: z.string(),
  place: z.string()
})
export type BindingSlip = z.infer<typeof bindingSlipSchema>

export const bindingCreatedSchema = z.strictObject({
  bindingId: z.string(),
  commandId: z.string(),
  status: bindingStatusSchema,
  boundAt: zonedTime,
  /** Central was reachable when it was saved; otherwise it waits (待中心确认). */
  online: z.boolean(),
  slip: bindingSlipSchema
})
export type BindingCreated = z.infer<typeof bindingCreatedSchema>

export const bindingRemoveInput = z.strictObject({
  bindingId: entityId,
  reason: z.enum(UNBIND_REASONS),
  note: z.string().trim().max(100, '说明不能超过100个字')
})

export const bindingRemovedSchema = z.strictObject({
  bindingId: z.string(),
  commandId: z.string(),
  plate: z.string(),
  unboundAt: zonedTime
})
export type BindingRemoved = z.infer<typeof bindingRemovedSchema>

export const bindingReviewItemSchema = z.strictObject({
  bindingId: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  plate: z.string(),
  plateTypeName: z.string(),
  model: z.string(),
  consent: z.enum(['owner_present', 'qr_code', 'sms_code']),
  requestedAt: zonedTime,
  proposerName: z.string().nullable(),
  proposerNo: z.string().nullable(),
  place: z.string().nullable(),
  /** The signed-in operator made this binding and so may not review it (four eyes). */
  ownProposal: z.boolean(),
  /** A review saved here that central has not confirmed yet. */
  awaitingCentral: z.boolean()
})
export type BindingReviewItem = z.infer<typeof bindingReviewItemSchema>

export const bindingReviewQueueSchema = z.strictObject({ items: z.array(bindingReviewItemSchema) })
export type BindingReviewQueue = z.infer<typeof bindingReviewQueueSchema>

export const bindingReviewInput = z.strictObject({
  bindingId: entityId,
  decision: z.enum(['approve', 'reject']),
  comment: z.string().trim().max(200, '审核意见不能超过200个字')
})
