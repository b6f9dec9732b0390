// Inputs and outputs of the printing channels: a decision's PDF (first issue or 补打), its print
// status, the day's batch, the verification of a printed copy, the window's printer, and slips.
import { z } from 'zod'
import { MAX_STRING } from '../limits'
import { entityId, isoDate, zonedTime } from '../schemas'

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)
const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
/** A decision number as printed: 15–16 digits (FACTS §1). Provisional numbers are never printed. */
const decisionNo = z.string().trim().regex(/^\d{15,16}$/, '决定书编号应为15或16位数字')

export const decisionRefInput = z.strictObject({ decisionId: entityId })

export const printedDecisionSchema = z.strictObject({
  documentId: z.string(),
  decisionId: z.string(),
  decisionNo: z.string(),
  /** The PDF of this print, base64. */
  pdf: base64,
  /** SHA-256 of this print's PDF. For the first issue it is the archive's. */
  sha256,
  /** SHA-256 of the first issue's PDF, as archived. */
  archivedSha256: sha256,
  /** Digest of the content, in the QR code; the same on every reprint. */
  contentDigest: sha256,
  /** 0: the first issue; n: the n-th reprint. */
  reprint: z.number().int().nonnegative(),
  /** e.g. 补打（第2次）; null on the first issue. */
  mark: z.string().nullable(),
  firstPrintedAt: zonedTime
})
export type PrintedDecision = z.infer<typeof printedDecisionSchema>

export const printStatusSchema = z.strictObject({
  decisionId: z.string(),
  decisionNo: z.string(),
  /** false: `reason` says why (provisional number, general procedure…). */
  printable: z.boolean(),
  reason: z.string().nullable(),
  printed: z
    .strictObject({ documentId: z.string(), firstPrintedAt: zonedTime, reprints: z.number().int().nonnegative(), lastPrintedAt: zonedTime })
    .nullable()
})
export type PrintStatus = z.infer<typeof printStatusSchema>

export const batchInput = z.strictObject({
  /** The day, YYYY-MM-DD; today when omitted. */
  date: isoDate.optional(),
  /** unprinted: issue the day's decisions not printed yet; all: also reprint (补打) the printed ones. */
  include: z.enum(['unprinted', 'all']).default('unprinted')
})

export const batchSchema = z.strictObject({
  date: isoDate,
  /** One PDF, one page (or more for a very long text) per decision. */
  pdf: base64,
  sha256,
  documents: z.array(z.strictObject({ documentId: z.string(), decisionId: z.string(), decisionNo: z.string(), reprint: z.number().int().nonnegative() })),
  /** The day's decisions left out, with the reason (a provisional number, already printed…). */
  skipped: z.array(z.strictObject({ decisionNo: z.string(), reason: z.string() }))
})
export type PrintBatch = z.infer<typeof batchSchema>

export const verifyInput = z.strictObject({
  number: decisionNo,
  digest: z.string().trim().toLowerCase().pipe(z.string().regex(/^[0-9a-f]{64}$/, '核验码应为64位十六进制字符'))
})

export const verifySchema = z.strictObject({
  /** authentic: the digest is this decision's; altered: it is not; unknown: no such decision here. */
  result: z.enum(['authentic', 'altered', 'unknown']),
  message: z.string(),
  /** Where the digest was found: this window's archive, or recomputed from the records. */
  source: z.enum(['archive', 'records']).nullable(),
  firstPrintedAt: zonedTime.nullable(),
  reprints: z.number().int().nonnegative().nullable()
})
export type VerifyResult = z.infer<typeof verifySchema>

export const printersSchema = z.strictObject({
  /** false under the web host: the browser prints the PDF and chooses the printer. */
  reachable: z.boolean(),
  printers: z.array(z.strictObject({ name: z.string(), displayName: z.string(), isDefault: z.boolean() })),
  /** The printer documents go to; null: the system's default. */
  selected: z.string().nullable(),
  paper: z.string()
})
export type Printers = z.infer<typeof printersSchema>

export const choosePrinterInput = z.strictObject({ printer: z.string().trim().min(1).max(MAX_STRING).nullable() })

export const sendInput = z.strictObject({ documentIds: z.array(z.string().min(1).max(64)).min(1).max(200) })
export const sendSchema = z.strictObject({ sent: z.number().int().nonnegative(), printer: z.string().nullable() })

/** counter_slip: a slip whose screen does not name its kind (the title says what it is). */
export const SLIP_KINDS = ['registration_slip', 'phone_change_slip', 'binding_slip', 'payment_receipt', 'dispute_receipt', 'process_notice', 'cash_up', 'counter_slip'] as const
export type SlipKind = (typeof SLIP_KINDS)[number]

const slipText = z.string().max(MAX_STRING)
export const slipInput = z.strictObject({
  kind: z.enum(SLIP_KINDS),
  title: z.string().min(1).max(64),
  number: z.string().max(64).optional(),
  rows: z.array(z.strictObject({ label: z.string().min(1).max(64), value: slipText })).min(1).max(40),
  notes: z.array(slipText).max(12).default([]),
  signatures: z.array(z.string().min(1).max(16)).max(4).default(['办理人']),
  /** The moment of the business (zoned ISO); now when omitted. */
  at: zonedTime.optional()
})
export type SlipInput = z.input<typeof slipInput>

export const slipPdfSchema = z.strictObject({ pdf: base64, sha256 })
