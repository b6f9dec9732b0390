// Shapes of the 面签注册 workflow (channels in ./registration.ts): the identity document as the
// reader or the clerk gives it, the applicant, the check before saving and the slip after.
// Main validates every field again with the rules' validators; these schemas only bound the input.
import { z } from 'zod'
import { findingSchema, isoDate, zonedTime } from '../schemas'

/** The largest authorisation letter a unit registration accepts, in bytes (a scanned page or two). */
export const MAX_LETTER_BYTES = 5 * 1024 * 1024
/** Base64 of MAX_LETTER_BYTES, the most a letter may weigh on the wire. */
export const MAX_LETTER_BASE64 = Math.ceil(MAX_LETTER_BYTES / 3) * 4

export const militaryDocumentSchema = z.enum(['C', 'D', 'E'])
export type MilitaryDocument = z.infer<typeof militaryDocumentSchema>

/** An identity document as read from the card (or typed and validated by main). */
export const idCardSchema = z.strictObject({
  name: z.string().min(1).max(30),
  gender: z.enum(['M', 'F']),
  birthDate: isoDate,
  /** resident = 居民身份证; military = 军人身份证件 (officer, soldier, retired officer). */
  idType: z.enum(['resident', 'military']),
  /** C 军官证, D 士兵证, E 军官离退休证 for military documents; null for a resident ID card. */
  militaryDocument: militaryDocumentSchema.nullable(),
  idNumber: z.string().min(2).max(40),
  address: z.string().min(1).max(100),
  validFrom: isoDate,
  /** null: 长期. */
  validUntil: isoDate.nullable(),
  issuer: z.string().min(1).max(60)
})
export type IdCard = z.infer<typeof idCardSchema>

/** What the clerk typed into the manual entry form: loose strings, each checked by main with a reason. */
export const typedCardSchema = z.strictObject({
  idType: z.enum(['resident', 'military']),
  militaryDocument: militaryDocumentSchema.nullable(),
  idNumber: z.string().max(40),
  name: z.string().max(60),
  /** Empty for a resident ID (main reads it from the number). */
  gender: z.enum(['M', 'F', '']),
  birthDate: z.string().max(20),
  address: z.string().max(200),
  validFrom: z.string().max(20),
  /** Empty together with longTerm. */
  validUntil: z.string().max(20),
  longTerm: z.boolean(),
  issuer: z.string().max(100)
})
export type TypedCard = z.infer<typeof typedCardSchema>

/** The fields the registration screens validate as the clerk types (keys of `registration:validate`). */
export const typedFieldsSchema = z.strictObject({
  card: typedCardSchema.partial().optional(),
  phone: z.string().max(40).optional(),
  creditCode: z.string().max(40).optional(),
  unitName: z.string().max(100).optional(),
  unitAddress: z.string().max(200).optional()
})

export const fieldErrorsSchema = z.record(z.string().max(40), z.string())
export type FieldErrors = z.infer<typeof fieldErrorsSchema>

export const unitInputSchema = z.strictObject({
  creditCode: z.string().max(40),
  name: z.string().max(100),
  address: z.string().max(200)
})
export type UnitInput = z.infer<typeof unitInputSchema>

export const applicantSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), card: idCardSchema }),
  z.strictObject({ kind: z.literal('unit'), unit: unitInputSchema, manager: idCardSchema })
])
export type ApplicantInput = z.infer<typeof applicantSchema>

export const letterInputSchema = z.strictObject({
  fileName: z.string().min(1).max(120),
  /** The scanned file, base64; type and size are checked by main from the bytes themselves. */
  base64: z.string().min(4, '请上传授权委托书扫描件').max(MAX_LETTER_BASE64, `授权委托书文件不能超过 ${MAX_LETTER_BYTES / 1048576} MB`)
})

export const registrationCheckSchema = z.strictObject({
  /** central: uniqueness answered by central for the whole country; local: from this desk's cache (offline). */
  answeredBy: z.enum(['central', 'local']),
  allowed: z.boolean(),
  denials: z.array(findingSchema),
  warnings: z.array(findingSchema),
  /** The phone differs from the one on the driver / vehicle records: the clerk may change those too. */
  phoneDiffers: z.boolean(),
  holder: z.strictObject({
    /** The person (or unit) is already on file at this desk; otherwise it is created from the document. */
    known: z.boolean(),
    name: z.string(),
    documentMasked: z.string()
  }),
  recordPhones: z.array(z.strictObject({ record: z.enum(['driver', 'vehicle']), label: z.string(), phoneMasked: z.string() })),
  licence: z.strictObject({ fileNoMasked: z.string(), classes: z.string(), status: z.string() }).nullable(),
  vehicles: z.array(z.strictObject({ plate: z.string(), plateType: z.string(), model: z.string() }))
})
export type RegistrationCheck = z.infer<typeof registrationCheckSchema>

export const registrationSlipSchema = z.strictObject({
  slipNo: z.string(),
  accountId: z.string(),
  /** The person registered (a unit: its manager), whose record shows the registration in its history. */
  personId: z.string(),
  commandId: z.string(),
  kind: z.enum(['person', 'unit']),
  /** Saved without central: the account waits for central's confirmation (待中心确认). */
  pendingCentral: z.boolean(),
  /** Registered while central was unreachable: no SMS proof of the phone. */
  offline: z.boolean(),
  registeredAt: zonedTime,
  holderName: z.string(),
  /** A unit's manager (经办人), who registered it in person. */
  managerName: z.string().nullable(),
  documentName: z.string(),
  documentMasked: z.string(),
  unit: z.strictObject({ name: z.string(), creditCode: z.string() }).nullable(),
  phoneMasked: z.string(),
  licence: z.string().nullable(),
  plates: z.array(z.string()),
  /** Records whose contact phone this registration changed (licence masked, plates as they are). */
  recordPhonesChanged: z.array(z.strictObject({ record: z.enum(['driver', 'vehicle']), label: z.string() })),
  letter: z.strictObject({ fileName: z.string(), mime: z.string(), size: z.number().int(), sha256: z.string() }).nullable(),
  operatorName: z.string(),
  operatorNo: z.string(),
  place: z.string()
})
export type RegistrationSlip = z.infer<typeof registrationSlipSchema>
