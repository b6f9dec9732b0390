// Violation records, the penalty decisions made on them, and the fines paid.
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people } from './people'
import { vehicles } from './vehicles'
import { operators } from './operators'

export const violations = sqliteTable(
  'violations',
  {
    id: text('id').primaryKey(),
    /** Record number assigned by the system that captured it. */
    recordNo: text('record_no').notNull(),
    /** camera: recorded by monitoring equipment (非现场); onsite: decided by an officer (现场). */
    source: text('source', { enum: ['camera', 'onsite'] }).notNull(),
    vehicleId: text('vehicle_id').references(() => vehicles.id),
    plate: text('plate').notNull(),
    plateType: text('plate_type').notNull(),
    /** The driver, once known: on-site records and processed camera records. */
    driverPersonId: text('driver_person_id').references(() => people.id),
    code: text('code').notNull(),
    behaviour: text('behaviour').notNull(),
    /**
     * The penalty the code carries: warning; fine (simple procedure); beyond_simple when it also
     * includes 暂扣/吊销驾驶证 or detention (only the window can decide those). Null when the record
     * arrived without it: the rules then cannot answer for this record and say so.
     */
    penalty: text('penalty', { enum: ['warning', 'fine', 'beyond_simple'] }),
    fineFen: integer('fine_fen').notNull(),
    points: integer('points').notNull(),
    status: text('status', { enum: ['unprocessed', 'processed', 'paid', 'disputed', 'voided'] }).notNull(),
    occurredAt: text('occurred_at').notNull(),
    place: text('place').notNull(),
    /** 6-digit region code of the place, which decides the jurisdiction for objections. */
    regionCode: text('region_code').notNull(),
    discoveringOrgan: text('discovering_organ').notNull(),
    /** The record has reached the internet database (12123 can see it). */
    onInternet: integer('on_internet', { mode: 'boolean' }).notNull().default(true),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [
    uniqueIndex('violations_record_no').on(t.recordNo),
    index('violations_vehicle').on(t.vehicleId, t.occurredAt),
    index('violations_driver').on(t.driverPersonId, t.occurredAt),
    index('violations_plate').on(t.plate, t.plateType)
  ]
)

export const decisions = sqliteTable(
  'decisions',
  {
    id: text('id').primaryKey(),
    /** 决定书编号; provisional numbers assigned offline are replaced when central confirms. */
    decisionNo: text('decision_no').notNull(),
    provisional: integer('provisional', { mode: 'boolean' }).notNull().default(false),
    violationId: text('violation_id')
      .notNull()
      .references(() => violations.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    fineFen: integer('fine_fen').notNull(),
    points: integer('points').notNull(),
    decidedAt: text('decided_at').notNull(),
    /** Last day to pay without the late fee (decision date + 15 calendar days). */
    dueDate: text('due_date').notNull(),
    organ: text('organ').notNull(),
    operatorId: text('operator_id').references(() => operators.id),
    /**
     * The driver's cycle points before this decision (the 临界告知 line at ≥ 9 is printed from it);
     * null for decisions made before it was recorded.
     */
    pointsBefore: integer('points_before')
  },
  (t) => [
    uniqueIndex('decisions_no').on(t.decisionNo),
    uniqueIndex('decisions_violation').on(t.violationId),
    index('decisions_person').on(t.personId, t.decidedAt),
    // The daily report and batch printing read a day's decisions.
    index('decisions_decided_at').on(t.decidedAt)
  ]
)

export const payments = sqliteTable(
  'payments',
  {
    id: text('id').primaryKey(),
    decisionId: text('decision_id')
      .notNull()
      .references(() => decisions.id),
    fineFen: integer('fine_fen').notNull(),
    lateFeeFen: integer('late_fee_fen').notNull(),
    /** Bank receipt number; a payment reference is applied at most once. */
    receiptNo: text('receipt_no').notNull(),
    channel: text('channel', { enum: ['window', 'app', 'bank'] }).notNull(),
    paidAt: text('paid_at').notNull(),
    operatorId: text('operator_id').references(() => operators.id)
  },
  (t) => [
    uniqueIndex('payments_decision').on(t.decisionId),
    uniqueIndex('payments_receipt').on(t.receiptNo),
    // The daily report reads a range of days.
    index('payments_paid_at').on(t.paidAt)
  ]
)
