// 业务记录: one row per counter business done for a person or a unit (registration, phone change,
// binding, processing, payment…), written by the command itself, so central and every window of
// the jurisdiction see the same history: what was done, when, by whom, where. Operator name and
// place are copied at the time of the act (an operator may later move or leave).
import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core'

export const serviceRecords = sqliteTable(
  'service_records',
  {
    id: text('id').primaryKey(),
    /** The person the business was done for (null for a unit's own business). */
    personId: text('person_id'),
    unitId: text('unit_id'),
    /** account.register, phone.change, binding.create, binding.remove, violation.process, payment.record, … */
    kind: text('kind').notNull(),
    /** One line in Chinese for the history list, e.g. "驾驶证档案联系电话 138****0001 → 139****0002". */
    summary: text('summary').notNull(),
    /** JSON with the business's own facts (numbers, ids), for slips and reports. */
    detail: text('detail').notNull(),
    at: text('at').notNull(),
    /** Who: the operator's id, police number and name at the time; null for 12123 / bank channels. */
    operatorId: text('operator_id'),
    operatorNo: text('operator_no'),
    operatorName: text('operator_name'),
    /** Where: the workstation and the organ / window name, or the channel (12123, bank). */
    workstationId: text('workstation_id'),
    place: text('place').notNull(),
    channel: text('channel', { enum: ['window', 'app', 'bank', 'central'] }).notNull()
  },
  (t) => [
    index('service_records_person').on(t.personId, t.at),
    index('service_records_unit').on(t.unitId, t.at),
    index('service_records_operator_day').on(t.operatorId, t.at),
    // The daily report reads a range of days over every clerk.
    index('service_records_at').on(t.at)
  ]
)
