// Central's PostgreSQL schema. The data tables mirror the workstation's synced tables column for
// column (built from the same drizzle definitions, so they cannot drift); the rest is central's
// own: enrolled workstations, the idempotency record of every command, and the change log.
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid
} from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import * as local from '../main/store/schema'

const sqlDefaultXid = () => sql`pg_current_xact_id()`

/** PostgreSQL's 64-bit transaction id: the change log is delivered in its order (sync-protocol.md §4). */
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' })

/** Ids compare byte-wise, as in SQLite, so keyset pages walk the primary key index in one order. */
const idText = customType<{ data: string; notNull: true }>({ dataType: () => 'text COLLATE "C"' })

function mirror(source: SQLiteTable) {
  const config = getTableConfig(source)
  const columns = Object.fromEntries(
    config.columns.map((c) => {
      if (c.primary) return [c.name, idText(c.name).primaryKey()]
      const base = c.columnType === 'SQLiteBoolean' ? boolean(c.name) : c.columnType === 'SQLiteInteger' ? integer(c.name) : text(c.name)
      const withNull = c.notNull ? base.notNull() : base
      return [c.name, withNull]
    })
  )
  return pgTable(config.name, columns, (t) =>
    config.indexes.map((i) => {
      const cols = i.config.columns.map((c) => t[(c as { name: string }).name]!)
      const [first, ...rest] = cols
      return (i.config.unique ? uniqueIndex(i.config.name) : index(i.config.name)).on(first!, ...rest)
    })
  )
}

export const people = mirror(local.people)
export const units = mirror(local.units)
export const drivers = mirror(local.drivers)
export const vehicles = mirror(local.vehicles)
export const accounts = mirror(local.accounts)
export const bindings = mirror(local.bindings)
export const violations = mirror(local.violations)
export const decisions = mirror(local.decisions)
export const payments = mirror(local.payments)
export const disputes = mirror(local.disputes)
export const serviceRecords = mirror(local.serviceRecords)

/** One row; `epoch` changes when central's database is recreated, which invalidates every cursor. */
export const centralMeta = pgTable('central_meta', {
  id: integer('id').primaryKey(),
  epoch: uuid('epoch').notNull(),
  jurisdiction: text('jurisdiction').notNull(),
  jurisdictionName: text('jurisdiction_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
})

export const workstations = pgTable('workstations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** window: a service window; app / intake: the other channels (12123, camera intake). */
  kind: text('kind', { enum: ['window', 'app', 'intake'] }).notNull(),
  regionCode: text('region_code').notNull(),
  secretHash: text('secret_hash').notNull(),
  /** Highest command sequence processed (applied or rejected): the next must be this + 1. */
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
  enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  /** Clock skew measured at the last push (server minus workstation), for the operator's view. */
  lastSkewMs: bigint('last_skew_ms', { mode: 'number' })
})

export const enrolmentCodes = pgTable('enrolment_codes', {
  codeHash: text('code_hash').primaryKey(),
  kind: text('kind', { enum: ['window', 'app', 'intake'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  usedBy: uuid('used_by'),
  /** Set for a code that re-enrols an existing workstation (a reinstall): only that id may use it. */
  forWorkstation: uuid('for_workstation'),
  usedAt: timestamp('used_at', { withTimezone: true })
})

/** The idempotency record: one row per command id, with the result returned for every retry. */
export const commands = pgTable(
  'commands',
  {
    id: uuid('id').primaryKey(),
    workstationId: uuid('workstation_id')
      .notNull()
      .references(() => workstations.id),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['applied', 'rejected'] }).notNull(),
    code: text('code'),
    message: text('message'),
    assigned: jsonb('assigned').notNull(),
    serverState: jsonb('server_state').notNull(),
    clientTime: text('client_time').notNull(),
    /** The moment the rules used: client time corrected for measured skew, never after receipt. */
    effectiveTime: text('effective_time').notNull(),
    /** The workstation's audit entry for this command (its anchor: audit verify compares). */
    auditSeq: bigint('audit_seq', { mode: 'number' }).notNull(),
    auditHash: text('audit_hash').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    xid: xid8('xid').notNull().default(sqlDefaultXid())
  },
  (t) => [uniqueIndex('commands_ws_seq').on(t.workstationId, t.seq)]
)

export const changeLog = pgTable(
  'change_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    xid: xid8('xid').notNull().default(sqlDefaultXid()),
    op: text('op', { enum: ['upsert', 'delete', 'command'] }).notNull(),
    tableName: text('table_name'),
    rowId: text('row_id'),
    /** The row after the change (upsert), or the command's settlement (command). */
    body: jsonb('body')
  },
  (t) => [index('change_log_position').on(t.xid, t.seq)]
)

/**
 * Commit order of every transaction that wrote the change log. A deferred trigger (migration
 * 0002_commit_order) takes one advisory lock at commit time and inserts the transaction here, so
 * `seq` follows commit order exactly: a transaction can only take the next number once the one
 * before it has committed. Pulls walk this order (sync-protocol.md §4).
 */
export const commitLog = pgTable('commit_log', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  xid: xid8('xid').notNull().unique().default(sqlDefaultXid()),
  committedAt: timestamp('committed_at', { withTimezone: true }).notNull().defaultNow()
})

/** Serial part of definitive decision numbers. */
export const decisionSerial = pgSequence('decision_serial', { startWith: 1 })

/**
 * SMS verification codes sent through the gateway (sync-protocol.md §10). Only a hash of the code
 * is kept; a code is good for 5 minutes and 5 attempts, and a verified challenge proves the phone
 * to the command that names it for 30 minutes.
 */
export const smsChallenges = pgTable(
  'sms_challenges',
  {
    id: uuid('id').primaryKey(),
    workstationId: uuid('workstation_id')
      .notNull()
      .references(() => workstations.id),
    phone: text('phone').notNull(),
    purpose: text('purpose').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    /** The command that used this proof: a proof backs one command only (its retries are the same id). */
    consumedBy: uuid('consumed_by')
  },
  (t) => [index('sms_challenges_phone').on(t.phone, t.createdAt)]
)

/** Every text message central's gateway sent (codes are stored masked; notices in full). */
export const smsMessages = pgTable(
  'sms_messages',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    phone: text('phone').notNull(),
    kind: text('kind', { enum: ['code', 'notice'] }).notNull(),
    text: text('text').notNull(),
    /** The command whose effect the notice reports; null for codes. */
    commandId: uuid('command_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [index('sms_messages_phone').on(t.phone, t.seq)]
)

/**
 * The camera record's evidence photos (违法图片), fetched by windows on demand when a citizen
 * disputes a record (sync-protocol.md §10). The reference central generates them for its demo
 * records; a real one holds the intake's images.
 */
export const evidencePhotos = pgTable(
  'evidence_photos',
  {
    violationId: text('violation_id').notNull(),
    seq: integer('seq').notNull(),
    mime: text('mime').notNull(),
    sha256: text('sha256').notNull(),
    bytes: customType<{ data: Buffer }>({ dataType: () => 'bytea' })('bytes').notNull(),
    capturedAt: text('captured_at').notNull(),
    caption: text('caption').notNull()
  },
  (t) => [uniqueIndex('evidence_photos_violation').on(t.violationId, t.seq)]
)
