// The sync protocol between a workstation and central, version 1 (docs/sync-protocol.md).
// Both sides parse every message with these schemas: a truncated or malformed body is an error
// with a code, never half a page applied. Imported by the workstation engine and src/central.
import { z } from 'zod'

export const PROTOCOL_VERSION = 1
export const PROTOCOL_HEADER = 'x-counterdesk-protocol'
/** Where the workstation measures clock skew and central sees the workstation's clock. */
export const CLIENT_TIME_HEADER = 'x-counterdesk-client-time'

export const MAX_PUSH_BATCH = 500
export const MAX_PULL_PAGE = 5000

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'UUID')
const zonedIso = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?([+-]\d{2}:\d{2}|Z)$/, '带时区的时间')

/**
 * A position in central's change log: the writing transaction's id (xid8, as a decimal string)
 * and the change's sequence inside the log. Changes are delivered in (xid, seq) order and only
 * once every transaction with a smaller id has ended, so a late-committing transaction can never
 * be skipped (docs/sync-protocol.md §4).
 */
export const cursorSchema = z.strictObject({ x: z.string().regex(/^\d{1,20}$/), s: z.number().int().min(0) })
export type Cursor = z.infer<typeof cursorSchema>
export const ORIGIN: Cursor = { x: '0', s: 0 }

export function compareCursor(a: Cursor, b: Cursor): number {
  const ax = BigInt(a.x)
  const bx = BigInt(b.x)
  if (ax !== bx) return ax < bx ? -1 : 1
  return a.s - b.s
}

// ---- enrolment ----------------------------------------------------------------------------

export const enrolRequestSchema = z.strictObject({
  enrolmentCode: z.string().min(8).max(64),
  workstationId: uuid,
  workstationName: z.string().min(1).max(64),
  regionCode: z.string().regex(/^\d{6}$/)
})
export type EnrolRequest = z.infer<typeof enrolRequestSchema>

export const enrolResponseSchema = z.strictObject({
  workstationId: uuid,
  /** Shown once; central keeps only its SHA-256. */
  secret: z.string().min(32).max(128),
  jurisdiction: z.string().regex(/^\d{6}$/),
  jurisdictionName: z.string(),
  /** The last command sequence central processed for this id (non-zero after a reinstall). */
  lastSeq: z.number().int().min(0)
})
export type EnrolResponse = z.infer<typeof enrolResponseSchema>

// ---- push ---------------------------------------------------------------------------------

export const wireCommandSchema = z.strictObject({
  id: uuid,
  seq: z.number().int().positive(),
  type: z.string().min(1).max(64),
  /** The outbox payload as written: operator, workstation, client time, audit anchor, data. */
  payload: z.strictObject({
    operatorId: z.string().max(64).nullable(),
    workstationId: uuid,
    clientTime: zonedIso,
    audit: z.strictObject({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
    data: z.unknown()
  })
})
export type WireCommand = z.infer<typeof wireCommandSchema>

export const pushRequestSchema = z.strictObject({
  commands: z.array(wireCommandSchema).min(1).max(MAX_PUSH_BATCH)
})
export type PushRequest = z.infer<typeof pushRequestSchema>

/** A row as it travels: column name → JSON value, `id` always present. */
export const wireRowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
export type WireRow = z.infer<typeof wireRowSchema>

export const serverStateSchema = z.array(z.strictObject({ table: z.string(), row: wireRowSchema }))

export const commandResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    id: uuid,
    seq: z.number().int(),
    status: z.literal('applied'),
    /** True when this id had been applied before: the stored result is returned again. */
    duplicate: z.boolean(),
    /** Numbers central assigned, e.g. { decisionNo: '440305…' } for a provisional decision. */
    assigned: z.record(z.string(), z.string())
  }),
  z.strictObject({
    id: uuid,
    seq: z.number().int(),
    status: z.literal('rejected'),
    duplicate: z.boolean(),
    code: z.string(),
    message: z.string(),
    /** The rows the command was checked against, as central holds them now. */
    serverState: serverStateSchema
  }),
  z.strictObject({
    id: uuid,
    seq: z.number().int(),
    /** Not processed this time (an earlier command is missing, central is busy): push again. */
    status: z.literal('retry'),
    code: z.string(),
    message: z.string()
  })
])
export type CommandResult = z.infer<typeof commandResultSchema>

export const pushResponseSchema = z.strictObject({
  results: z.array(commandResultSchema),
  serverTime: zonedIso,
  lastProcessedSeq: z.number().int().min(0)
})
export type PushResponse = z.infer<typeof pushResponseSchema>

// ---- pull ---------------------------------------------------------------------------------

export const changeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('upsert'), table: z.string(), row: wireRowSchema }),
  z.strictObject({ op: z.literal('delete'), table: z.string(), id: z.string() }),
  /** A command of some workstation was settled in this transaction (its effects are the rows around it). */
  z.strictObject({
    op: z.literal('command'),
    id: uuid,
    workstationId: uuid,
    seq: z.number().int(),
    status: z.enum(['applied', 'rejected']),
    code: z.string().nullable(),
    message: z.string().nullable()
  })
])
export type Change = z.infer<typeof changeSchema>

export const pullResponseSchema = z.strictObject({
  /** The cursor this page continues from: a page whose `from` is not the local cursor is ignored. */
  from: cursorSchema,
  to: cursorSchema,
  changes: z.array(changeSchema),
  hasMore: z.boolean(),
  /** Server time and this workstation's last processed sequence, from the page's snapshot. */
  serverTime: zonedIso,
  lastProcessedSeq: z.number().int().min(0),
  /** Number of changes in the page: a body cut short cannot parse, and a count mismatch is refused. */
  count: z.number().int().min(0)
})
export type PullResponse = z.infer<typeof pullResponseSchema>

// ---- bootstrap ----------------------------------------------------------------------------

export const bootstrapStartSchema = z.strictObject({
  /** Central database's identity: a cursor from another epoch is unknown (the database was recreated). */
  epoch: uuid,
  /** Pull continues from here once every page is ingested. */
  cursor: cursorSchema,
  tables: z.array(z.strictObject({ table: z.string(), rows: z.number().int().min(0) })),
  serverTime: zonedIso
})
export type BootstrapStart = z.infer<typeof bootstrapStartSchema>

export const bootstrapPageSchema = z.strictObject({
  table: z.string(),
  /** Rows with id greater than `after`, in id order. */
  after: z.string(),
  /** Column names, then each row as an array in that order (a third of the bytes of objects). */
  columns: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  last: z.string().nullable(),
  done: z.boolean(),
  count: z.number().int().min(0)
})
export type BootstrapPage = z.infer<typeof bootstrapPageSchema>

// ---- errors -------------------------------------------------------------------------------

export const protocolErrorSchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    /** True when the same request may succeed later (central busy, database restarting). */
    transient: z.boolean()
  })
})
export type ProtocolError = z.infer<typeof protocolErrorSchema>['error']

/** Codes of whole-request refusals; per-command reasons come from the rules (RULES.md). */
export const SYNC_ERRORS = {
  PROTOCOL_VERSION: '工作站的同步协议版本与中心不一致，请升级本终端后再同步',
  UNAUTHORIZED: '工作站未登记或凭据无效，请联系信息管理员重新登记',
  ENROLMENT_CODE: '登记码无效或已使用',
  JURISDICTION: '工作站辖区不属于本中心',
  CURSOR_UNKNOWN: '同步位置无效，须重新下载辖区数据',
  BAD_REQUEST: '同步请求格式错误',
  BUSY: '中心繁忙，稍后自动重试',
  INTERNAL: '中心内部错误，稍后自动重试',
  SMS_RATE_LIMITED: '该号码短时间内已发送多条验证码，请10分钟后再试',
  SMS_CHALLENGE_UNKNOWN: '验证码已失效，请重新发送'
} as const
export type SyncErrorCode = keyof typeof SYNC_ERRORS
