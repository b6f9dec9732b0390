// Shapes of the 异议 workflow (channels in ./disputes.ts): filing an objection with its grounds and
// attachments, the camera record's evidence photos, the clerk's proposal, and the supervisors'
// review. Main validates every field again (plates, ID numbers, file types from their bytes);
// these schemas only bound the input. People other than the one at the window are masked.
import { z } from 'zod'
import { entityId, findingSchema, zonedTime } from '../schemas'

/** Grounds of an objection, which are the grounds for voiding a camera record (FACTS §6). */
export const DISPUTE_GROUNDS = [
  'emergency_vehicle_on_duty',
  'vehicle_stolen',
  'fake_or_borrowed_plate',
  'plate_misrecorded',
  'evidence_unclear',
  'handled_on_spot',
  'conflicting_signals',
  'rescue_or_emergency_avoidance',
  'other'
] as const
export type DisputeGround = (typeof DISPUTE_GROUNDS)[number]

export const DISPUTE_STATUSES = ['open', 'proposed', 'approved', 'rejected', 'returned'] as const
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]

/** What the clerk proposes: the record stands, is voided (消除), moves to the right vehicle, or to the actual driver. */
export const DISPUTE_OUTCOMES = ['uphold', 'void', 'correct_plate', 'transfer'] as const
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number]

export const REVIEW_DECISIONS = ['approve', 'reject', 'return'] as const
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]

/** The largest file one attachment may be (a scanned page or a phone photo). */
export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024
export const MAX_ATTACHMENT_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4
/** Files per request, and on one objection in all. */
export const MAX_ATTACHMENTS_PER_REQUEST = 4
export const MAX_ATTACHMENTS_PER_DISPUTE = 8
/** What the web host lets through for a request carrying attachments. */
export const DISPUTE_REQUEST_BYTES = MAX_ATTACHMENTS_PER_REQUEST * MAX_ATTACHMENT_BASE64 + 64 * 1024

export const attachmentInputSchema = z.strictObject({
  fileName: z.string().min(1).max(120),
  /** The file, base64; main reads its type from its first bytes and checks its size. */
  base64: z.string().min(4, '附件内容为空').max(MAX_ATTACHMENT_BASE64, `单个附件不能超过 ${MAX_ATTACHMENT_BYTES / 1048576} MB`)
})
const attachmentInputs = z.array(attachmentInputSchema).max(MAX_ATTACHMENTS_PER_REQUEST, `一次最多上传 ${MAX_ATTACHMENTS_PER_REQUEST} 个附件`)

export const attachmentInfoSchema = z.strictObject({
  sha256: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  /** The bytes are on this workstation (attached here); other windows see the hash only. */
  local: z.boolean()
})
export type AttachmentInfo = z.infer<typeof attachmentInfoSchema>

/** The camera record as the objection names it. */
export const disputedRecordSchema = z.strictObject({
  id: z.string(),
  recordNo: z.string(),
  source: z.enum(['camera', 'onsite']),
  plate: z.string(),
  plateTypeName: z.string(),
  code: z.string(),
  behaviour: z.string(),
  fineFen: z.number().int().nonnegative(),
  points: z.number().int().nonnegative(),
  occurredAt: zonedTime,
  place: z.string(),
  regionName: z.string(),
  discoveringOrgan: z.string(),
  status: z.enum(['unprocessed', 'processed', 'paid', 'disputed', 'voided'])
})
export type DisputedRecord = z.infer<typeof disputedRecordSchema>

export const disputeSummarySchema = z.strictObject({
  id: z.string(),
  record: disputedRecordSchema,
  personId: z.string().nullable(),
  personName: z.string(),
  ground: z.enum(DISPUTE_GROUNDS),
  status: z.enum(DISPUTE_STATUSES),
  outcome: z.enum(DISPUTE_OUTCOMES).nullable(),
  filedAt: zonedTime,
  /** 姓名（警号） of the filing clerk. */
  filedBy: z.string(),
  proposedAt: zonedTime.nullable(),
  proposedBy: z.string().nullable(),
  proposerNo: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  resolvedAt: zonedTime.nullable(),
  /** Saved here, central has not confirmed the latest step yet (待中心确认). */
  awaitingCentral: z.boolean()
})
export type DisputeSummary = z.infer<typeof disputeSummarySchema>

export const proposalViewSchema = z.strictObject({
  outcome: z.enum(DISPUTE_OUTCOMES),
  ground: z.enum(DISPUTE_GROUNDS).nullable(),
  note: z.string(),
  /** correct_plate: the vehicle the record moves to (owner masked). */
  vehicle: z.strictObject({ plate: z.string(), plateTypeName: z.string(), model: z.string(), ownerMasked: z.string() }).nullable(),
  /** transfer: the actual driver (masked). */
  driver: z.strictObject({ nameMasked: z.string(), idNumberMasked: z.string() }).nullable(),
  /** Names this proposal for the review (a re-submission is another one). */
  revision: z.string()
})
export type ProposalView = z.infer<typeof proposalViewSchema>

export const historyStepSchema = z.strictObject({
  kind: z.string(),
  summary: z.string(),
  at: zonedTime,
  operator: z.string().nullable(),
  place: z.string(),
  pending: z.boolean()
})

/** One line of the rule checks shown to the reviewer: passed or not, with the rule's own words. */
export const ruleCheckSchema = z.strictObject({ code: z.string(), passed: z.boolean(), message: z.string(), source: z.string() })
export type RuleCheck = z.infer<typeof ruleCheckSchema>

export const disputeDetailSchema = z.strictObject({
  summary: disputeSummarySchema,
  statement: z.string(),
  proposal: proposalViewSchema.nullable(),
  attachments: z.array(attachmentInfoSchema),
  history: z.array(historyStepSchema),
  /** resolve_dispute and the proposal's own checks, for the signed-in operator. */
  checks: z.array(ruleCheckSchema),
  /** Whether the signed-in operator may review it now, and if not, why (four eyes, role, status). */
  review: z.strictObject({ allowed: z.boolean(), reasons: z.array(z.string()) }),
  /** Whether the signed-in operator may propose (the objection is open or was sent back). */
  canPropose: z.boolean(),
  /** 号牌种类 to choose from when correcting a plate (the code table). */
  plateTypes: z.array(z.strictObject({ code: z.string(), name: z.string() }))
})
export type DisputeDetail = z.infer<typeof disputeDetailSchema>

export const disputeListSchema = z.strictObject({
  disputes: z.array(disputeSummarySchema),
  /** The person's records still unprocessed (objections are for these; the rules say why one is not). */
  candidates: z.array(disputedRecordSchema)
})
export type DisputeList = z.infer<typeof disputeListSchema>

export const disputeCheckInput = z.strictObject({ personId: entityId, violationId: z.string().min(1).max(64) })
export const disputeCheckSchema = z.strictObject({
  record: disputedRecordSchema,
  allowed: z.boolean(),
  denials: z.array(findingSchema),
  warnings: z.array(findingSchema)
})
export type DisputeCheck = z.infer<typeof disputeCheckSchema>

export const disputeFileInput = z.strictObject({
  personId: entityId,
  violationId: z.string().min(1).max(64),
  ground: z.enum(DISPUTE_GROUNDS),
  statement: z.string().max(1000),
  attachments: attachmentInputs
})

export const disputeReceiptSchema = z.strictObject({
  /** YY-<date>-<ws>-<serial>, printed on the receipt and quoted by the citizen. */
  receiptNo: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  record: disputedRecordSchema,
  ground: z.enum(DISPUTE_GROUNDS),
  statement: z.string(),
  attachments: z.array(z.strictObject({ name: z.string(), sha256: z.string(), size: z.number().int() })),
  filedAt: zonedTime,
  clerkName: z.string(),
  clerkNo: z.string(),
  place: z.string()
})
export type DisputeReceipt = z.infer<typeof disputeReceiptSchema>

export const disputeFiledSchema = z.strictObject({
  disputeId: z.string(),
  commandId: z.string(),
  online: z.boolean(),
  receipt: disputeReceiptSchema
})
export type DisputeFiled = z.infer<typeof disputeFiledSchema>

export const disputeIdInput = z.strictObject({ disputeId: entityId })

export const evidenceInput = z.strictObject({ violationId: z.string().min(1).max(64) })
export const evidencePhotoSchema = z.strictObject({
  seq: z.number().int().positive(),
  mime: z.enum(['image/svg+xml', 'image/jpeg', 'image/png']),
  sha256: z.string(),
  base64: z.string(),
  capturedAt: z.string(),
  caption: z.string()
})
export type EvidencePhoto = z.infer<typeof evidencePhotoSchema>
export const evidenceSchema = z.strictObject({
  photos: z.array(evidencePhotoSchema),
  /** cache: read from this workstation; central: fetched now (and cached). */
  from: z.enum(['cache', 'central'])
})
export type Evidence = z.infer<typeof evidenceSchema>

export const attachmentInput = z.strictObject({ disputeId: entityId, sha256: z.string().regex(/^[0-9a-f]{64}$/) })
export const attachmentFileSchema = z.strictObject({ name: z.string(), mime: z.string(), base64: z.string() })

export const lookupInput = z.strictObject({
  disputeId: entityId,
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('vehicle'), plate: z.string().max(16), plateType: z.string().max(4) }),
    z.strictObject({ kind: z.literal('driver'), idNumber: z.string().max(24) })
  ])
})
export const lookupSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('invalid'), field: z.enum(['plate', 'plateType', 'idNumber']), message: z.string() }),
  z.strictObject({ state: z.literal('not_found'), message: z.string() }),
  z.strictObject({
    state: z.literal('found'),
    vehicle: z.strictObject({ id: z.string(), plate: z.string(), plateTypeName: z.string(), model: z.string(), ownerMasked: z.string() }).nullable(),
    driver: z.strictObject({ personId: z.string(), nameMasked: z.string(), idNumberMasked: z.string(), licenseStatus: z.string() }).nullable()
  })
])
export type DisputeLookup = z.infer<typeof lookupSchema>

export const proposeInput = z.strictObject({
  disputeId: entityId,
  outcome: z.enum(DISPUTE_OUTCOMES),
  ground: z.enum(DISPUTE_GROUNDS).nullable(),
  note: z.string().max(500),
  /** correct_plate: the vehicle found by dispute:lookup. */
  vehicleId: entityId.nullable(),
  /** transfer: the actual driver found by dispute:lookup. */
  driverPersonId: entityId.nullable(),
  /** 补录: more material, added to what the objection already holds. */
  attachments: attachmentInputs
})

export const reviewInput = z.strictObject({
  disputeId: entityId,
  decision: z.enum(REVIEW_DECISIONS),
  /** Required to reject or send back: the clerk (and the citizen) are told why. */
  comment: z.string().max(200),
  /** The proposal the reviewer read (ProposalView.revision); a proposal changed meanwhile is not approved blind. */
  proposalRevision: z.uuid()
})

export const disputeQueueSchema = z.strictObject({
  /** Proposals awaiting a supervisor's review, oldest first. */
  awaiting: z.array(disputeSummarySchema),
  /** Objections the signed-in operator filed or proposed, newest first, with their outcome. */
  mine: z.array(disputeSummarySchema)
})
export type DisputeQueue = z.infer<typeof disputeQueueSchema>

export const disputeChangedSchema = z.strictObject({ detail: disputeDetailSchema, commandId: z.string(), online: z.boolean() })
export type DisputeChanged = z.infer<typeof disputeChangedSchema>
