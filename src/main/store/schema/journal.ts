// The audit trail, the outbox of commands for central, and sync bookkeeping.
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core'

/**
 * Append-only. Each row's hash covers its own fields and the previous row's hash, so an edited,
 * inserted or deleted row breaks the chain at that row (see audit/verify.ts).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    operatorId: text('operator_id'),
    workstationId: text('workstation_id').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    /** SHA-256 of the canonical JSON payload; the payload itself is not kept here. */
    payloadDigest: text('payload_digest').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull()
  },
  (t) => [index('audit_subject').on(t.subjectType, t.subjectId)]
)

/**
 * The chain head, written in the same transaction as each entry: a tail cut off without also
 * rewriting this row is noticed. Someone with write access to the file can rewrite both; against
 * that, every outbox command carries its audit entry's seq and hash to central (write-path.ts).
 */
export const auditHead = sqliteTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull()
})

export const outbox = sqliteTable(
  'outbox',
  {
    /** UUIDv7 generated here: the idempotency key central deduplicates on. */
    id: text('id').primaryKey(),
    /** Per-workstation sequence, gap-free, in commit order. */
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    payload: text('payload').notNull(),
    createdAt: text('created_at').notNull(),
    /** pending: not yet answered by central; applied / rejected: central's answer (push result). */
    status: text('status', { enum: ['pending', 'applied', 'rejected'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** The last transient failure (network, central busy), for the sync panel. */
    lastError: text('last_error'),
    /** Central's settlement of the command has been pulled: its effect is in confirmed rows now. */
    settled: integer('settled', { mode: 'boolean' }).notNull().default(false),
    /** Rejection reason (code and Chinese message) and the rows central checked it against. */
    resultCode: text('result_code'),
    resultMessage: text('result_message'),
    serverState: text('server_state'),
    /** Numbers central assigned (JSON), e.g. the definitive decision number. */
    assigned: text('assigned'),
    /** The command could not be replayed on the current confirmed data (central will decide). */
    localConflict: text('local_conflict'),
    answeredAt: text('answered_at')
  },
  (t) => [uniqueIndex('outbox_seq').on(t.seq), index('outbox_status').on(t.status, t.seq)]
)

export const syncState = sqliteTable('sync_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})

/**
 * Confirmed (central) versions of rows that pending local actions have changed: row_json is the
 * row as central last sent it, or null when the row did not exist. Rewinding restores these, so
 * a rejected action's local effect disappears cleanly (sync/rebase.ts).
 */
export const syncShadow = sqliteTable(
  'sync_shadow',
  {
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    rowJson: text('row_json')
  },
  (t) => [uniqueIndex('sync_shadow_row').on(t.tableName, t.rowId)]
)
