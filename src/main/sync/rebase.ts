// The workstation's view = central's confirmed rows + the effect of its own unsettled actions.
// After anything changes underneath (a pulled page, a rejection, an assigned number), the view is
// rebuilt: rewind to the confirmed rows, then replay every unsettled action in sequence order with
// the same command definitions central uses. An action that no longer applies locally keeps no
// effect and is marked, and central's answer will say why.
import type Database from 'better-sqlite3'
import { COMMANDS, loadStateSync, type CommandContext } from '../commands'
import type { ProfileSet } from '../rules/engine'
import { LocalRows } from './local-rows'

export interface LocalCommandEnv {
  profiles: ProfileSet
  jurisdiction: string
  /** Whether central is reachable now (wording of offline warnings only). */
  online: boolean
}

export interface OutboxEntry {
  id: string
  seq: number
  type: string
  payload: string
  status: 'pending' | 'applied' | 'rejected'
  assigned: string | null
}

interface StoredPayload {
  operatorId: string | null
  clientTime: string
  data: unknown
}

export type LocalOutcome = { ok: true } | { ok: false; code: string; message: string }

/** Decides a command on local rows and writes its effect as pending (shadowed). */
export function executeLocally(
  rows: LocalRows,
  type: string,
  data: unknown,
  meta: { at: string; operatorId: string | null; assigned?: Record<string, string> | null },
  env: LocalCommandEnv
): LocalOutcome {
  const def = COMMANDS.get(type)
  if (def === undefined) return { ok: false, code: 'COMMAND_UNKNOWN', message: `未知的业务命令${type}` }
  const parsed = def.payload.safeParse(data)
  if (!parsed.success) return { ok: false, code: 'PAYLOAD_INVALID', message: '命令内容格式错误' }
  const state = loadStateSync(def, parsed.data, (q) => rows.load(q))
  const decisionNo = meta.assigned?.decisionNo
  const ctx: CommandContext = {
    at: meta.at,
    side: 'workstation',
    online: env.online,
    profiles: env.profiles,
    jurisdiction: env.jurisdiction,
    operatorId: meta.operatorId,
    ...(decisionNo === undefined ? {} : { assignDecisionNo: () => decisionNo })
  }
  const decided = def.decide(parsed.data, state, ctx)
  if (!decided.ok) return decided
  // A unique index may catch what decide could not see (a row of the cache it did not read): that
  // is a refusal of this action, all its writes undone, never an error that stops a pull or replay.
  rows.sqlite.exec('SAVEPOINT local_command')
  try {
    rows.applyPending(decided.writes)
    rows.sqlite.exec('RELEASE SAVEPOINT local_command')
  } catch (error) {
    rows.sqlite.exec('ROLLBACK TO SAVEPOINT local_command')
    rows.sqlite.exec('RELEASE SAVEPOINT local_command')
    if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT') !== true) throw error
    return { ok: false, code: 'CONFLICT_UNIQUE', message: '与本机已有记录冲突（号码、证件或编号已被占用），请刷新后核对' }
  }
  return { ok: true }
}

/** Rewinds and replays; call inside a write transaction. Returns how many actions were replayed. */
export function rebase(sqlite: Database.Database, rows: LocalRows, env: LocalCommandEnv, between?: () => void): number {
  rows.rewind()
  between?.()
  const unsettled = sqlite
    .prepare("SELECT id, seq, type, payload, status, assigned FROM outbox WHERE settled = 0 AND status != 'rejected' ORDER BY seq")
    .all() as OutboxEntry[]
  const mark = sqlite.prepare('UPDATE outbox SET local_conflict = ? WHERE id = ?')
  for (const entry of unsettled) {
    const payload = JSON.parse(entry.payload) as StoredPayload
    const outcome = executeLocally(
      rows,
      entry.type,
      payload.data,
      { at: payload.clientTime, operatorId: payload.operatorId, assigned: entry.assigned === null ? null : (JSON.parse(entry.assigned) as Record<string, string>) },
      env
    )
    mark.run(outcome.ok ? null : `${outcome.code}: ${outcome.message}`, entry.id)
  }
  return unsettled.length
}
