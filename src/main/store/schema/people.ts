// Persons, their driving licenses, and units (companies) that own vehicles or hold accounts.
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    /** A 居民身份证; military and other documents use their own letters (see FACTS). */
    idType: text('id_type').notNull().default('A'),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['M', 'F'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    address: text('address').notNull(),
    /** Contact phone on the person's records; registration and phone changes update it. */
    phone: text('phone'),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [uniqueIndex('people_id_number').on(t.idType, t.idNumber), index('people_phone').on(t.phone)]
)

export const drivers = sqliteTable(
  'drivers',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    /** 驾驶证档案编号, 12 digits. */
    fileNo: text('file_no').notNull(),
    /** 准驾车型 as printed, e.g. "C1" or "A2D". */
    classes: text('classes').notNull(),
    /** Status letters, possibly several, e.g. "A" or "HM" (FACTS §3). */
    status: text('status').notNull(),
    firstIssueDate: text('first_issue_date').notNull(),
    validUntil: text('valid_until').notNull(),
    cyclePoints: integer('cycle_points').notNull().default(0),
    /** Times the full score (12) was reached in the current scoring cycle. */
    fullScoreCount: integer('full_score_count').notNull().default(0),
    /** Under 重点备案 / 限制处理 in the central system: 12123 refuses self-service (seed 002 (4)). */
    restricted: integer('restricted', { mode: 'boolean' }).notNull().default(false),
    issuingOrgan: text('issuing_organ').notNull(),
    phone: text('phone'),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [
    uniqueIndex('drivers_person').on(t.personId),
    uniqueIndex('drivers_file_no').on(t.fileNo),
    index('drivers_phone').on(t.phone)
  ]
)

export const units = sqliteTable(
  'units',
  {
    id: text('id').primaryKey(),
    /** 统一社会信用代码. */
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    managerPersonId: text('manager_person_id').references(() => people.id),
    managerPhone: text('manager_phone'),
    address: text('address').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [uniqueIndex('units_credit_code').on(t.creditCode)]
)
