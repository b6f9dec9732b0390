// Operators of this workstation: clerks, supervisors and branch IT admins.
import { sqliteTable, text, integer, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const operators = sqliteTable(
  'operators',
  {
    id: text('id').primaryKey(),
    /** 警号: the police number an operator signs in with. */
    policeNo: text('police_no').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['clerk', 'supervisor', 'admin'] }).notNull(),
    /** scrypt$N$r$p$salt$hash, see auth/password.ts. */
    passwordHash: text('password_hash').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Demo operators are created with printed passwords; a real deployment must not keep them. */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull()
  },
  (t) => [uniqueIndex('operators_police_no').on(t.policeNo)]
)
