// Applying a workstation's pushed commands (sync-protocol.md §3). One transaction per batch, each
// command inside its own savepoint: its rows, its change-log entries and its idempotency record
// commit together or not at all, and a rejected command rolls back alone without blocking the
// ones behind it. Commands are taken in sequence order; a gap stops the batch (retry), so a
// workstation's commands are applied exactly in the order its clerks saved them.
import type { ProfileSet } from '../main/rules/engine'
import { COMMANDS, loadStateAsync, type CommandContext } from '../main/commands'
import { definitiveDecisionNo } from '../main/commands/process-violation'
import type { CommandResult, WireCommand } from '../main/sync/protocol'
import { toZonedIso } from '../main/platform/zoned-time'
import { isTransientDbError, sqlState, type CentralDb, type Querier } from './db'
import { loadRows, writeRows } from './rows'
import { consumeProofs, proofsIn, verifiedProofs } from './sms'
import type { Notification } from '../main/commands'

export interface PushContext {
  db: CentralDb
  profiles: ProfileSet
  timeZone: string
  now: () => Date
  log?: (line: string) => void
}

export interface Workstation {
  id: string
  kind: 'window' | 'app' | 'intake'
  regionCode: string
}

/** Command types each kind of client may send: a window sends every clerk action, never camera records. */
const ALLOWED: Record<Workstation['kind'], (type: string) => boolean> = {
  window: (type) => type !== 'camera.record',
  app: (type) => type === 'violation.process' || type === 'payment.record',
  intake: (type) => type === 'camera.record'
}

const SKEW_TOLERANCE_MS = 60_000

/**
 * The moment the rules use: the clerk's time, corrected by the skew measured on this request when
 * that skew is beyond network noise, and never later than now (sync-protocol.md §6).
 */
export function effectiveTime(clientTime: string, skewMs: number | null, now: Date, timeZone: string): string {
  const client = new Date(clientTime)
  const corrected = skewMs !== null && Math.abs(skewMs) > SKEW_TOLERANCE_MS ? new Date(client.getTime() + skewMs) : client
  if (corrected.getTime() > now.getTime()) return toZonedIso(now, timeZone)
  return corrected === client ? clientTime : toZonedIso(corrected, timeZone)
}

type Settled = Extract<CommandResult, { status: 'applied' | 'rejected' }>
type ServerState = Extract<CommandResult, { status: 'rejected' }>['serverState']

async function storedResult(q: Querier, id: string): Promise<{ workstationId: string; seq: number; result: Settled } | null> {
  const rows = await q.query<{ workstation_id: string; seq: string; status: 'applied' | 'rejected'; code: string | null; message: string | null; assigned: Record<string, string>; server_state: ServerState }>(
    'SELECT workstation_id, seq::text AS seq, status, code, message, assigned, server_state FROM commands WHERE id = $1',
    [id]
  )
  const r = rows[0]
  if (r === undefined) return null
  const seq = Number(r.seq)
  const result: Settled =
    r.status === 'applied'
      ? { id, seq, status: 'applied', duplicate: true, assigned: r.assigned }
      : { id, seq, status: 'rejected', duplicate: true, code: r.code ?? 'REJECTED', message: r.message ?? '', serverState: r.server_state }
  return { workstationId: r.workstation_id, seq, result }
}

interface Decision {
  result: Settled
  effective: string
  /** Text messages to send once the batch has committed. */
  notifications?: Notification[]
}

async function decideOne(ctx: PushContext, q: Querier, ws: Workstation, cmd: WireCommand, at: string): Promise<Decision> {
  const reject = (code: string, message: string, serverState: ServerState = []): Decision => ({
    result: { id: cmd.id, seq: cmd.seq, status: 'rejected', duplicate: false, code, message, serverState },
    effective: at
  })
  const def = COMMANDS.get(cmd.type)
  if (def === undefined || !ALLOWED[ws.kind](cmd.type)) return reject('COMMAND_UNKNOWN', `中心不受理该业务（${cmd.type}）`)
  if (cmd.payload.workstationId !== ws.id) return reject('WORKSTATION_MISMATCH', '命令所属工作站与登记的工作站不一致')
  const parsed = def.payload.safeParse(cmd.payload.data)
  if (!parsed.success) return reject('PAYLOAD_INVALID', `命令内容不完整或格式错误：${parsed.error.issues[0]?.path.join('.') ?? ''}`)
  const state = await loadStateAsync(def, parsed.data, (query) => loadRows(q, query, true))
  const proofs = proofsIn(parsed.data)
  let assignedNo: string | undefined
  if (cmd.type === 'violation.process') {
    const serial = (await q.query<{ n: string }>("SELECT nextval('decision_serial')::text AS n"))[0]!.n
    // 16 digits: the issuing region's code and the serial, with the profile's check digit if any.
    assignedNo = definitiveDecisionNo(ctx.profiles, ws.regionCode, at, serial)
  }
  const commandCtx: CommandContext = {
    at,
    side: 'central',
    online: true,
    profiles: ctx.profiles,
    jurisdiction: ws.regionCode,
    operatorId: cmd.payload.operatorId,
    verifiedSms: await verifiedProofs(q, { workstationId: ws.id, commandId: cmd.id, proofs, at: new Date(at) }),
    ...(assignedNo === undefined ? {} : { assignDecisionNo: () => assignedNo })
  }
  const decided = def.decide(parsed.data, state, commandCtx)
  if (!decided.ok) return reject(decided.code, decided.message, state.rows())
  try {
    await q.query('SAVEPOINT writes')
    await writeRows(q, decided.writes)
    await consumeProofs(q, cmd.id, proofs)
    await q.query('RELEASE SAVEPOINT writes')
  } catch (error) {
    // A unique index caught what the reads could not lock (a receipt number used concurrently).
    if (sqlState(error) !== '23505') throw error
    await q.query('ROLLBACK TO SAVEPOINT writes')
    return reject('CONFLICT_UNIQUE', '与中心已有记录冲突（编号或回执号已被使用）', state.rows())
  }
  for (const n of decided.notifications ?? []) {
    await q.query(`INSERT INTO sms_messages (phone, kind, text, command_id) VALUES ($1, 'notice', $2, $3)`, [n.phone, n.text, cmd.id])
  }
  return {
    result: { id: cmd.id, seq: cmd.seq, status: 'applied', duplicate: false, assigned: decided.assigned ?? {} },
    effective: at,
    notifications: decided.notifications
  }
}

async function record(q: Querier, ws: Workstation, cmd: WireCommand, result: Settled, effective: string): Promise<void> {
  const rejected = result.status === 'rejected'
  await q.query(
    `INSERT INTO commands (id, workstation_id, seq, type, payload, status, code, message, assigned, server_state, client_time, effective_time, audit_seq, audit_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      cmd.id,
      ws.id,
      cmd.seq,
      cmd.type,
      JSON.stringify(cmd.payload),
      result.status,
      rejected ? result.code : null,
      rejected ? result.message : null,
      JSON.stringify(result.status === 'applied' ? result.assigned : {}),
      JSON.stringify(rejected ? result.serverState : []),
      cmd.payload.clientTime,
      effective,
      cmd.payload.audit.seq,
      cmd.payload.audit.hash
    ]
  )
  await q.query(`INSERT INTO change_log (op, table_name, row_id, body) VALUES ('command', NULL, $1, $2)`, [
    cmd.id,
    JSON.stringify({ workstationId: ws.id, seq: cmd.seq, status: result.status, code: rejected ? result.code : null, message: rejected ? result.message : null })
  ])
}

export interface PushOutcome {
  results: CommandResult[]
  lastProcessedSeq: number
  /** Messages of the applied commands, recorded in sms_messages; central sends them after commit. */
  notifications: Notification[]
}

export async function applyPush(ctx: PushContext, ws: Workstation, commands: WireCommand[], skewMs: number | null): Promise<PushOutcome> {
  const sorted = [...commands].sort((a, b) => a.seq - b.seq)
  return ctx.db.transaction(async (q) => {
    // The workstation row lock serialises two pushes of one workstation (two sync loops).
    const wsRows = await q.query<{ last_seq: string }>('SELECT last_seq::text AS last_seq FROM workstations WHERE id = $1 FOR UPDATE', [ws.id])
    let lastSeq = Number(wsRows[0]?.last_seq ?? 0)
    const results: CommandResult[] = []
    const notifications: Notification[] = []
    let stopped: { code: string; message: string } | null = null
    for (const cmd of sorted) {
      if (stopped) {
        results.push({ id: cmd.id, seq: cmd.seq, status: 'retry', ...stopped })
        continue
      }
      const stored = await storedResult(q, cmd.id)
      if (stored) {
        if (stored.workstationId !== ws.id || stored.seq !== cmd.seq) {
          results.push({ id: cmd.id, seq: cmd.seq, status: 'rejected', duplicate: false, code: 'ID_REUSED', message: '命令编号已被另一条命令使用', serverState: [] })
        } else results.push(stored.result)
        continue
      }
      if (cmd.seq <= lastSeq) {
        results.push({ id: cmd.id, seq: cmd.seq, status: 'rejected', duplicate: false, code: 'SEQ_REUSED', message: `序号${cmd.seq}已被另一条命令使用`, serverState: [] })
        continue
      }
      if (cmd.seq > lastSeq + 1) {
        stopped = { code: 'SEQ_GAP', message: `中心尚未收到序号${lastSeq + 1}的命令，稍后按顺序重发` }
        results.push({ id: cmd.id, seq: cmd.seq, status: 'retry', ...stopped })
        continue
      }
      const now = ctx.now()
      const at = effectiveTime(cmd.payload.clientTime, skewMs, now, ctx.timeZone)
      await q.query('SAVEPOINT command')
      try {
        const decision = await decideOne(ctx, q, ws, cmd, at)
        await record(q, ws, cmd, decision.result, decision.effective)
        await q.query('RELEASE SAVEPOINT command')
        results.push(decision.result)
        notifications.push(...(decision.notifications ?? []))
        lastSeq = cmd.seq
      } catch (error) {
        // A database failure (cancelled, disk full, connection lost, deadlock…) aborts the whole
        // request as transient: the same batch is pushed again and nothing is recorded as rejected.
        if (isTransientDbError(error) || sqlState(error) !== undefined) throw error
        // A defect of ours in deciding one command (a malformed stored row, say) must not block the
        // others: that command is rejected, the detail goes to central's log, and the batch goes on.
        await q.query('ROLLBACK TO SAVEPOINT command')
        ctx.log?.(`command ${cmd.id} (${cmd.type}) failed: ${error instanceof Error ? error.message : String(error)}`)
        const result: Settled = { id: cmd.id, seq: cmd.seq, status: 'rejected', duplicate: false, code: 'CENTRAL_ERROR', message: '中心无法处理该命令（已记入中心日志），请上报中心核查', serverState: [] }
        await record(q, ws, cmd, result, at)
        results.push(result)
        lastSeq = cmd.seq
      }
    }
    await q.query('UPDATE workstations SET last_seq = $2, last_seen_at = now(), last_skew_ms = $3 WHERE id = $1', [ws.id, lastSeq, skewMs])
    return { results, lastProcessedSeq: lastSeq, notifications }
  })
}
