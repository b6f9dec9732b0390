// 12123 internet accounts: one per person (or unit) nationwide, one account per phone number.
import { sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people, units } from './people'

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['personal', 'unit'] }).notNull(),
    personId: text('person_id').references(() => people.id),
    unitId: text('unit_id').references(() => units.id),
    phone: text('phone').notNull(),
    channel: text('channel', { enum: ['window', 'app', 'web'] }).notNull(),
    status: text('status', { enum: ['pending', 'active', 'closed'] }).notNull(),
    registeredAt: text('registered_at').notNull(),
    registeredBy: text('registered_by')
  },
  (t) => [
    uniqueIndex('accounts_phone').on(t.phone),
    uniqueIndex('accounts_person').on(t.personId),
    index('accounts_unit').on(t.unitId)
  ]
)
