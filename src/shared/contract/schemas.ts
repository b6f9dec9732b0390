// Shapes of what crosses the process boundary. Inputs are strict (unknown keys are refused)
// and bounded; outputs are validated in main before they leave, so a bug cannot leak fields.
import { z } from 'zod'
import { MAX_STRING } from './limits'

export const emptyInput = z.strictObject({})
export const emptyOutput = z.strictObject({})

export const shortText = z.string().max(MAX_STRING)
/** ISO 8601 timestamp that carries its zone, e.g. 2026-11-21T14:46:35.123+08:00. */
export const zonedTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?([+-]\d{2}:\d{2}|Z)$/)
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
export const entityId = z.string().regex(/^[0-9a-f-]{36}$/, '编号格式不正确')

export const roleSchema = z.enum(['clerk', 'supervisor', 'admin'])
export type Role = z.infer<typeof roleSchema>

export const operatorSchema = z.strictObject({
  id: z.string(),
  policeNo: z.string(),
  name: z.string(),
  role: roleSchema
})
export type OperatorDto = z.infer<typeof operatorSchema>

export const sessionStateSchema = z.strictObject({
  operator: operatorSchema,
  locked: z.boolean(),
  idleLockSeconds: z.number().int().positive()
})
export type SessionState = z.infer<typeof sessionStateSchema>

export const appInfoSchema = z.strictObject({
  productName: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web']),
  workstationId: z.string(),
  workstationName: z.string(),
  organName: z.string(),
  timeZone: z.string(),
  demoData: z.boolean(),
  /** The policy profile in force today for the workstation's region (RULES.md "Policy profiles"). */
  profile: z.strictObject({ id: z.string(), name: z.string() })
})
export type AppInfo = z.infer<typeof appInfoSchema>

export const searchKindSchema = z.enum(['idNumber', 'plate', 'phone', 'decisionNo', 'licenseFileNo'])
export type SearchKind = z.infer<typeof searchKindSchema>

export const personSummarySchema = z.strictObject({
  personId: z.string(),
  name: z.string(),
  gender: z.enum(['M', 'F']),
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  /** Why this person matched, in words for the clerk, e.g. "车主：粤B·D12345". */
  matchedBy: z.string(),
  hasLicense: z.boolean(),
  vehicleCount: z.number().int().nonnegative(),
  openViolationCount: z.number().int().nonnegative()
})
export type PersonSummary = z.infer<typeof personSummarySchema>

export const searchResultSchema = z.strictObject({
  kind: searchKindSchema,
  key: z.string(),
  people: z.array(personSummarySchema)
})
export type SearchResult = z.infer<typeof searchResultSchema>

const codeName = z.strictObject({ code: z.string(), name: z.string() })

export const licenseViewSchema = z.strictObject({
  fileNo: z.string(),
  classes: z.array(codeName),
  status: z.array(codeName),
  firstIssueDate: isoDate,
  validUntil: isoDate,
  cyclePoints: z.number().int().nonnegative(),
  fullScoreCount: z.number().int().nonnegative(),
  cycleStart: isoDate,
  cycleEnd: isoDate,
  issuingOrgan: z.string(),
  phone: z.string().nullable()
})

export const vehicleViewSchema = z.strictObject({
  id: z.string(),
  plate: z.string(),
  plateType: codeName,
  use: codeName,
  model: z.string(),
  status: z.array(codeName),
  relation: z.enum(['owner', 'bound']),
  boundAt: zonedTime.nullable(),
  phoneMasked: z.string().nullable()
})

export const violationStatusSchema = z.enum(['unprocessed', 'processed', 'paid', 'disputed', 'voided'])
export type ViolationStatus = z.infer<typeof violationStatusSchema>

/** One reason, warning or consequence of a rules decision, with where the rule comes from. */
export const findingSchema = z.strictObject({
  /** Stable English reason code (RULES.md), e.g. FINE_OVER_LIMIT. */
  code: z.string(),
  /** Chinese, naming the concrete values. */
  message: z.string(),
  /** The rule's source as the rules engine writes it: "seed 001 §四.3; FACTS §2". */
  source: z.string(),
  /** A warning the clerk must tell the citizen and acknowledge before saving the action. */
  confirm: z.boolean().optional()
})
export type Finding = z.infer<typeof findingSchema>

/**
 * The rules engine's answer to one question about one violation. `available: false` means the
 * workstation could not answer (facts missing locally, or our own error): never read it as a
 * refusal; `unavailableReason` says why, in Chinese.
 */
export const verdictSchema = z
  .strictObject({
    allowed: z.boolean(),
    available: z.boolean(),
    denials: z.array(findingSchema),
    warnings: z.array(findingSchema),
    consequences: z.array(findingSchema),
    unavailableReason: z.strictObject({ code: z.string(), message: z.string() }).nullable()
  })
  .refine((v) => v.available === (v.unavailableReason === null), { message: 'available and unavailableReason disagree' })
  .refine((v) => v.available || (!v.allowed && v.denials.length === 0), { message: 'an unavailable verdict carries no decision' })
  .refine((v) => !v.available || v.allowed === (v.denials.length === 0), { message: 'allowed must equal "no denials"' })
export type Verdict = z.infer<typeof verdictSchema>

export const violationVerdictsSchema = z.strictObject({
  /** online_self_service: could the citizen process it on 交管12123 themselves? */
  selfService: verdictSchema,
  /** window_process: may the clerk process it here, now, for this driver? */
  window: verdictSchema
})
export type ViolationVerdicts = z.infer<typeof violationVerdictsSchema>

export const violationViewSchema = z.strictObject({
  id: z.string(),
  recordNo: z.string(),
  source: z.enum(['camera', 'onsite']),
  plate: z.string(),
  code: z.string(),
  behaviour: z.string(),
  fineFen: z.number().int().nonnegative(),
  points: z.number().int().nonnegative(),
  status: violationStatusSchema,
  occurredAt: zonedTime,
  place: z.string(),
  discoveringOrgan: z.string(),
  decisionNo: z.string().nullable(),
  /** The decision's id (缴款 on it), null while unprocessed. */
  decisionId: z.string().nullable(),
  verdicts: violationVerdictsSchema
})
export type ViolationView = z.infer<typeof violationViewSchema>

export const personViewSchema = z.strictObject({
  person: z.strictObject({
    id: z.string(),
    name: z.string(),
    gender: z.enum(['M', 'F']),
    birthDate: isoDate,
    idType: z.string(),
    idNumber: z.string(),
    phone: z.string().nullable(),
    address: z.string()
  }),
  license: licenseViewSchema.nullable(),
  vehicles: z.array(vehicleViewSchema),
  violations: z.array(violationViewSchema),
  account: z
    .strictObject({
      kind: z.enum(['personal', 'unit']),
      phoneMasked: z.string(),
      channel: z.enum(['window', 'app', 'web']),
      registeredAt: zonedTime
    })
    .nullable(),
  /** 业务记录: what was done for this person at any window or channel, newest first. */
  history: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.string(),
      summary: z.string(),
      at: zonedTime,
      /** Who: 姓名（警号）; null for 12123 and bank channels. */
      operator: z.string().nullable(),
      /** Where: the window's organ, or the channel. */
      place: z.string(),
      channel: z.enum(['window', 'app', 'bank', 'central']),
      /** Saved here and not yet confirmed by central. */
      pending: z.boolean()
    })
  )
})
export type PersonView = z.infer<typeof personViewSchema>
export type HistoryEntry = PersonView['history'][number]

// ---- sync (issue 4) ----

export const syncStatusSchema = z.strictObject({
  /** unenrolled: no central configured; blocked: central refused us for good (version, credentials). */
  state: z.enum(['unenrolled', 'bootstrapping', 'online', 'offline', 'blocked']),
  /** Actions saved here that central has not answered yet. */
  pending: z.number().int().nonnegative(),
  /** Applied by central, their confirmed rows not pulled yet. */
  awaitingPull: z.number().int().nonnegative(),
  /** Rejected actions waiting for a supervisor (需处理). */
  rejectedOpen: z.number().int().nonnegative(),
  lastSyncAt: zonedTime.nullable(),
  /** Central's clock minus ours, measured at the last exchange. */
  skewMs: z.number().int().nullable(),
  skewWarning: z.boolean(),
  lastError: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
  bootstrap: z.strictObject({ loaded: z.number().int(), expected: z.number().int() }).nullable()
})
export type SyncStatusDto = z.infer<typeof syncStatusSchema>

export const syncItemSchema = z.strictObject({
  id: z.string(),
  seq: z.number().int(),
  type: z.string(),
  /** Chinese name of the action, e.g. 处理违法. */
  typeName: z.string(),
  /** Chinese one-line description naming the record (masked personal data). */
  summary: z.string(),
  operatorName: z.string().nullable(),
  createdAt: zonedTime,
  status: z.enum(['pending', 'applied', 'rejected']),
  /** Its confirmed rows have been pulled from central. */
  settled: z.boolean(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  reasonCode: z.string().nullable(),
  reasonMessage: z.string().nullable(),
  /** The action no longer applies on the data pulled since (central will decide). */
  localConflict: z.string().nullable(),
  assignedNo: z.string().nullable(),
  resolution: z
    .strictObject({ kind: z.enum(['reissue', 'void', 'escalate']), by: z.string().nullable(), at: zonedTime, comment: z.string().nullable() })
    .nullable()
})
export type SyncItem = z.infer<typeof syncItemSchema>

export const syncListSchema = z.strictObject({
  pending: z.array(syncItemSchema),
  rejected: z.array(syncItemSchema),
  recent: z.array(syncItemSchema)
})
export type SyncList = z.infer<typeof syncListSchema>

export const processResultSchema = z.strictObject({
  decisionId: z.string(),
  decisionNo: z.string(),
  /** Offline (or before central answered): the number is provisional until central assigns one. */
  provisional: z.boolean(),
  dueDate: isoDate,
  fineFen: z.number().int(),
  points: z.number().int(),
  commandId: z.string()
})
export type ProcessResult = z.infer<typeof processResultSchema>
