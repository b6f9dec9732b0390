// The sync panel's lists (pending, rejected 需处理, recently answered) and a supervisor's
// settlement of a rejected action. Summaries name the record a clerk recognises (plate, record
// number, receipt), never an unmasked ID number.
import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { DomainError } from '../../shared/contract/result'
import type { SyncItem, SyncList } from '../../shared/contract/schemas'
import type { WritePath } from '../store/write-path'
import { LocalRows } from '../sync/local-rows'
import { executeLocally, type LocalCommandEnv } from '../sync/rebase'
import { yuan } from '../rules/engine/format'
import { BINDING_TYPE_NAMES, bindingSummaries, reissuedBindingData } from './binding/sync-summary'
import { REGISTRATION_TYPE_NAMES, registrationSummary, reissuedRegistrationData } from './registration/sync-summary'
import { DISPUTE_TYPE_NAMES, disputeSummaries, reissuedDisputeData } from './disputes/sync-summary'

const TYPE_NAMES: Record<string, string> = {
  'violation.process': '处理违法',
  'payment.record': '缴纳罚款',
  'audit.personViewed': '查看人员档案',
  ...BINDING_TYPE_NAMES,
  ...REGISTRATION_TYPE_NAMES,
  ...DISPUTE_TYPE_NAMES
}

interface OutboxRow {
  id: string
  seq: number
  type: string
  payload: string
  created_at: string
  status: 'pending' | 'applied' | 'rejected'
  settled: number
  attempts: number
  last_error: string | null
  result_code: string | null
  result_message: string | null
  local_conflict: string | null
  assigned: string | null
  operator_name: string | null
  resolution: 'reissue' | 'void' | 'escalate' | null
  reviewer_name: string | null
  decided_at: string | null
  comment: string | null
}

const SELECT = `
  SELECT o.id, o.seq, o.type, o.payload, o.created_at, o.status, o.settled, o.attempts, o.last_error,
         o.result_code, o.result_message, o.local_conflict, o.assigned,
         op.name AS operator_name, t.resolution, rv.name AS reviewer_name, t.decided_at, t.comment
  FROM outbox o
  LEFT JOIN operators op ON op.id = json_extract(o.payload, '$.operatorId')
  LEFT JOIN review_tasks t ON t.kind = 'sync_conflict' AND t.subject_id = o.id
  LEFT JOIN operators rv ON rv.id = t.reviewer_id`

export interface SyncListDeps {
  sqlite: Database.Database
  writes: WritePath
  env: () => LocalCommandEnv
}

export function createSyncListService(deps: SyncListDeps) {
  const { sqlite } = deps
  const violationBrief = sqlite.prepare('SELECT record_no, plate FROM violations WHERE id = ?')
  const decisionBrief = sqlite.prepare('SELECT decision_no FROM decisions WHERE id = ?').pluck()
  const bindingSummary = bindingSummaries(sqlite)
  const disputeSummary = disputeSummaries(sqlite)
  const pending = sqlite.prepare(`${SELECT} WHERE o.status = 'pending' AND o.type != 'audit.personViewed' ORDER BY o.seq LIMIT 500`)
  const rejected = sqlite.prepare(`${SELECT} WHERE o.status = 'rejected' ORDER BY (t.status = 'open') DESC, o.seq DESC LIMIT 500`)
  const recent = sqlite.prepare(`${SELECT} WHERE o.status = 'applied' AND o.type != 'audit.personViewed' ORDER BY o.seq DESC LIMIT 50`)
  const one = sqlite.prepare(`${SELECT} WHERE o.id = ?`)

  function summary(type: string, data: Record<string, unknown>, assignedNo: string | null): string {
    if (type === 'violation.process') {
      const v = violationBrief.get(data.violationId) as { record_no: string; plate: string } | undefined
      return v ? `${v.plate} 违法记录${v.record_no}，决定书${assignedNo ?? String(data.provisionalNo)}` : `违法记录（本地已无该记录）`
    }
    if (type === 'payment.record') {
      const no = decisionBrief.get(data.decisionId) as string | undefined
      return `决定书${no ?? '（本地已无）'}，回执号${String(data.receiptNo)}，${yuan(Number(data.fineFen) + Number(data.lateFeeFen))}`
    }
    return bindingSummary(type, data) ?? registrationSummary(type, data) ?? disputeSummary(type, data) ?? TYPE_NAMES[type] ?? type
  }

  function item(r: OutboxRow): SyncItem {
    const payload = JSON.parse(r.payload) as { data: Record<string, unknown> }
    const assigned = r.assigned === null ? null : ((JSON.parse(r.assigned) as Record<string, string>).decisionNo ?? null)
    return {
      id: r.id,
      seq: r.seq,
      type: r.type,
      typeName: TYPE_NAMES[r.type] ?? r.type,
      summary: summary(r.type, payload.data, assigned),
      operatorName: r.operator_name,
      createdAt: r.created_at,
      status: r.status,
      settled: r.settled === 1,
      attempts: r.attempts,
      lastError: r.last_error,
      reasonCode: r.result_code,
      reasonMessage: r.result_message,
      localConflict: r.local_conflict,
      assignedNo: assigned,
      resolution: r.resolution === null || r.decided_at === null ? null : { kind: r.resolution, by: r.reviewer_name, at: r.decided_at, comment: r.comment }
    }
  }

  function list(): SyncList {
    return {
      pending: (pending.all() as OutboxRow[]).map(item),
      rejected: (rejected.all() as OutboxRow[]).map(item),
      recent: (recent.all() as OutboxRow[]).map(item)
    }
  }

  const RESOLUTION_NAMES = { reissue: '重新提交', void: '作废', escalate: '上报中心' } as const

  /** Re-issue: the same action as a new command (new ids), decided again on today's data. */
  function reissuedData(type: string, data: Record<string, unknown>): Record<string, unknown> {
    if (type === 'violation.process') return { ...data, decisionId: randomUUID(), provisionalNo: `${String(data.provisionalNo)}-R` }
    if (type === 'payment.record') return { ...data, paymentId: randomUUID() }
    const binding = reissuedBindingData(type, data)
    if (binding !== null) return binding
    const registration = reissuedRegistrationData(type, data)
    if (registration !== null) return registration
    const dispute = reissuedDisputeData(type, data)
    if (dispute !== null) return dispute
    throw new DomainError('SYNC_NOT_REISSUABLE', '该类操作不能重新提交')
  }

  function resolve(input: { commandId: string; resolution: 'reissue' | 'void' | 'escalate'; comment: string }, operatorId: string): SyncList {
    const row = one.get(input.commandId) as OutboxRow | undefined
    if (row === undefined || row.status !== 'rejected') throw new DomainError('SYNC_ITEM_UNKNOWN', '没有该被拒绝的操作', 'commandId')
    const task = sqlite.prepare("SELECT id, status FROM review_tasks WHERE kind = 'sync_conflict' AND subject_id = ?").get(row.id) as
      | { id: string; status: string }
      | undefined
    if (task === undefined || task.status !== 'open') throw new DomainError('SYNC_ITEM_SETTLED', '该操作已处理过', 'commandId')
    if (input.resolution !== 'reissue' && input.comment.length < 2) throw new DomainError('COMMENT_REQUIRED', '作废或上报须填写说明', 'comment')
    const payload = JSON.parse(row.payload) as { data: Record<string, unknown> }
    const rows = new LocalRows(sqlite)
    const data = input.resolution === 'reissue' ? reissuedData(row.type, payload.data) : null
    deps.writes.run({
      action: `sync.conflict.${input.resolution}`,
      operatorId,
      subject: { type: 'command', id: row.id },
      auditPayload: { commandId: row.id, resolution: input.resolution, comment: input.comment, reason: row.result_code },
      command: data === null ? null : { type: row.type, payload: data },
      apply: (at) => {
        if (data !== null) {
          const outcome = executeLocally(rows, row.type, data, { at, operatorId }, deps.env())
          if (!outcome.ok) throw new DomainError(outcome.code, `不能重新提交：${outcome.message}`)
        }
        sqlite
          .prepare("UPDATE review_tasks SET status = ?, resolution = ?, reviewer_id = ?, comment = ?, decided_at = ? WHERE id = ?")
          .run(input.resolution === 'escalate' ? 'returned' : input.resolution === 'void' ? 'rejected' : 'approved', input.resolution, operatorId, input.comment || RESOLUTION_NAMES[input.resolution], at, task.id)
      }
    })
    return list()
  }

  return { list, resolve }
}

export type SyncListService = ReturnType<typeof createSyncListService>
