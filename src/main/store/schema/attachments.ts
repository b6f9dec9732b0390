// Scanned documents and photos kept with a business (a unit's authorisation letter, a dispute's
// evidence): stored in the workstation's cache with their SHA-256, size-limited and type-checked
// by the service that accepts them. The business's command carries the hash, so central and the
// audit trail name exactly the file the clerk attached.
import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core'

export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    sha256: text('sha256').notNull(),
    /** The file name as the clerk chose it (shown, never used as a path). */
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    /** What it belongs to, e.g. ('unit_registration', <account id>) or ('dispute', <dispute id>). */
    ownerType: text('owner_type').notNull(),
    ownerId: text('owner_id').notNull(),
    createdAt: text('created_at').notNull(),
    operatorId: text('operator_id')
  },
  (t) => [index('attachments_owner').on(t.ownerType, t.ownerId), index('attachments_sha256').on(t.sha256)]
)
