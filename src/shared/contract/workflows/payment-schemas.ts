// Shapes of the 缴款 workflow's channels: processing several violations at once (a preview with the
// points adding up, then the decisions), the amount due on a decision today, recording a payment
// with its bank receipt, and a clerk's daily cash-up. Money is integer fen; times carry their zone.
import { z } from 'zod'
import { checkReceiptNo } from '../../receipt-number'
import { entityId, findingSchema, isoDate, processResultSchema, verdictSchema, zonedTime } from '../schemas'

/** At most this many violations in one batch: a long history is processed in a few passes. */
export const MAX_BATCH = 20

const fen = z.number().int().nonnegative()

// ---- processing several violations ----

export const batchPreviewInput = z.strictObject({
  personId: entityId,
  violationIds: z
    .array(entityId)
    .min(1, '请至少选择一条违法记录')
    .max(MAX_BATCH, `一次最多处理${MAX_BATCH}条违法记录`)
    .refine((ids) => new Set(ids).size === ids.length, '同一条违法记录不能重复选择')
})

export const batchPreviewItemSchema = z.strictObject({
  violationId: z.string(),
  recordNo: z.string(),
  plate: z.string(),
  behaviour: z.string(),
  code: z.string(),
  occurredAt: zonedTime,
  fineFen: fen,
  points: z.number().int().nonnegative(),
  /** The driver's cycle points before this record and after it, the records before it in the batch included. */
  cyclePointsBefore: z.number().int().nonnegative(),
  cyclePointsAfter: z.number().int().nonnegative(),
  /** window_process asked for this record as it will be decided: after the ones before it. */
  verdict: verdictSchema
})
export type BatchPreviewItem = z.infer<typeof batchPreviewItemSchema>

export const batchPreviewSchema = z.strictObject({
  /** In the order they will be processed: oldest first. */
  items: z.array(batchPreviewItemSchema),
  totals: z.strictObject({ fineFen: fen, points: z.number().int().nonnegative() }),
  cyclePointsBefore: z.number().int().nonnegative(),
  cyclePointsAfter: z.number().int().nonnegative()
})
export type BatchPreview = z.infer<typeof batchPreviewSchema>

export const batchProcessInput = z.strictObject({
  personId: entityId,
  items: z
    .array(
      z.strictObject({
        violationId: entityId,
        /** Warning codes the clerk confirmed telling the driver for this record (WILL_REACH_12). */
        confirmed: z.array(z.string().max(64)).max(10)
      })
    )
    .min(1, '请至少选择一条违法记录')
    .max(MAX_BATCH, `一次最多处理${MAX_BATCH}条违法记录`)
    .refine((items) => new Set(items.map((i) => i.violationId)).size === items.length, '同一条违法记录不能重复选择')
})

export const batchDecisionSchema = processResultSchema.extend({ violationId: z.string() })
export type BatchDecision = z.infer<typeof batchDecisionSchema>

export const batchResultSchema = z.strictObject({ decisions: z.array(batchDecisionSchema) })
export type BatchResult = z.infer<typeof batchResultSchema>

// ---- fines ----

export const quoteInput = z.strictObject({ decisionId: entityId })

export const paymentStateSchema = z.enum(['pending', 'confirmed'])

export const paymentQuoteSchema = z.strictObject({
  decisionId: z.string(),
  decisionNo: z.string(),
  /** The decision's number is provisional (processed offline, central has not confirmed it). */
  provisional: z.boolean(),
  personName: z.string(),
  idNumberMasked: z.string(),
  violation: z.strictObject({ recordNo: z.string(), plate: z.string(), code: z.string(), behaviour: z.string(), occurredAt: zonedTime }),
  decidedOn: isoDate,
  /** The day the amounts are for: today at this workstation. */
  payOn: isoDate,
  dueDate: isoDate,
  daysLate: z.number().int().nonnegative(),
  fineFen: fen,
  lateFeeFen: fen,
  totalFen: fen,
  lateFeeCapFen: fen,
  lateFeeCapReachedOn: isoDate.nullable(),
  /** false: a denial says why (ALREADY_PAID, MAINTENANCE_WINDOW…). */
  payable: z.boolean(),
  denials: z.array(findingSchema),
  /** The rules' explanation of the amount (AMOUNT_DUE), in their words. */
  notes: z.array(findingSchema),
  /** The payment already on record for this decision, if any (pending ones included). */
  paid: z
    .strictObject({ receiptNo: z.string(), paidAt: zonedTime, totalFen: fen, state: paymentStateSchema })
    .nullable()
})
export type PaymentQuote = z.infer<typeof paymentQuoteSchema>

export const receiptNoInput = z.string().transform((value, ctx) => {
  const checked = checkReceiptNo(value)
  if (!checked.ok) {
    ctx.addIssue({ code: 'custom', message: checked.message })
    return z.NEVER
  }
  return checked.value
})

export const recordPaymentInput = z.strictObject({
  decisionId: entityId,
  receiptNo: z.string().max(64, '回执号过长').pipe(receiptNoInput),
  /** The amounts the clerk collected, as quoted: main refuses if they are not due today. */
  fineFen: fen.max(100_000_000),
  lateFeeFen: fen.max(100_000_000)
})

export const paymentReceiptSchema = z.strictObject({
  paymentId: z.string(),
  commandId: z.string(),
  decisionId: z.string(),
  decisionNo: z.string(),
  provisionalDecision: z.boolean(),
  personName: z.string(),
  idNumberMasked: z.string(),
  plate: z.string(),
  recordNo: z.string(),
  behaviour: z.string(),
  fineFen: fen,
  lateFeeFen: fen,
  totalFen: fen,
  dueDate: isoDate,
  daysLate: z.number().int().nonnegative(),
  receiptNo: z.string(),
  paidAt: zonedTime,
  clerk: z.strictObject({ name: z.string(), policeNo: z.string() }),
  place: z.string()
})
export type PaymentReceipt = z.infer<typeof paymentReceiptSchema>

// ---- daily cash-up ----

export const cashUpInput = z.strictObject({
  /** The day, YYYY-MM-DD; today when omitted. */
  date: isoDate.optional(),
  /** Whose payments: the caller's own when omitted; another clerk's only for a supervisor. */
  operatorId: entityId.optional()
})

const cashUpLineSchema = z.strictObject({
  paymentId: z.string(),
  paidAt: zonedTime,
  decisionNo: z.string(),
  plate: z.string(),
  receiptNo: z.string(),
  fineFen: fen,
  lateFeeFen: fen,
  totalFen: fen,
  /** pending: saved here, central has not confirmed it yet. */
  state: paymentStateSchema
})
export type CashUpLine = z.infer<typeof cashUpLineSchema>

const operatorBriefSchema = z.strictObject({ id: z.string(), name: z.string(), policeNo: z.string() })

export const cashUpSchema = z.strictObject({
  date: isoDate,
  operator: operatorBriefSchema,
  /** Whom the caller may pick: themselves only, or (supervisors) every clerk of this workstation. */
  operators: z.array(operatorBriefSchema),
  lines: z.array(cashUpLineSchema),
  totals: z.strictObject({ count: z.number().int().nonnegative(), fineFen: fen, lateFeeFen: fen, totalFen: fen, pendingCount: z.number().int().nonnegative() }),
  /** Payments taken that day that central refused (money collected, no payment on record: 需处理). */
  rejected: z.array(
    z.strictObject({ commandId: z.string(), at: zonedTime, receiptNo: z.string(), totalFen: fen, reason: z.string() })
  ),
  workstationName: z.string(),
  organName: z.string(),
  generatedAt: zonedTime
})
export type CashUp = z.infer<typeof cashUpSchema>
