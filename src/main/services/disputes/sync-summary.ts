// How the sync panel names the objection commands (待上传, 需处理, 最近确认), and what a supervisor's
// 重新提交 of a rejected one sends: the same action with new ids, decided again on today's data.
import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { OUTCOME_NAMES } from '../../commands/dispute-rows'

export const DISPUTE_TYPE_NAMES: Readonly<Record<string, string>> = {
  'dispute.file': '受理异议',
  'dispute.propose': '异议处理意见',
  'dispute.review': '审核异议'
}

const DECISION_NAMES: Readonly<Record<string, string>> = { approve: '通过', reject: '不予采纳', return: '退回补正' }

export function disputeSummaries(sqlite: Database.Database): (type: string, data: Record<string, unknown>) => string | null {
  const record = sqlite.prepare('SELECT record_no, plate FROM violations WHERE id = ?')
  const ofDispute = sqlite.prepare('SELECT x.record_no, x.plate FROM disputes d JOIN violations x ON x.id = d.violation_id WHERE d.id = ?')
  const name = (r: { record_no: string; plate: string } | undefined): string => (r === undefined ? '（本地已无该记录）' : `${r.plate} 违法记录${r.record_no}`)
  return (type, data) => {
    if (type === 'dispute.file') return `受理异议：${name(record.get(String(data.violationId)) as { record_no: string; plate: string } | undefined)}`
    const r = ofDispute.get(String(data.disputeId)) as { record_no: string; plate: string } | undefined
    if (type === 'dispute.propose') return `异议处理意见（${OUTCOME_NAMES[data.outcome as keyof typeof OUTCOME_NAMES] ?? String(data.outcome)}）：${name(r)}`
    if (type === 'dispute.review') return `审核异议（${DECISION_NAMES[String(data.decision)] ?? String(data.decision)}）：${name(r)}`
    return null
  }
}

/** New ids for a re-issued objection command; null for other types. */
export function reissuedDisputeData(type: string, data: Record<string, unknown>): Record<string, unknown> | null {
  if (type === 'dispute.file') return { ...data, disputeId: randomUUID(), serviceRecordId: randomUUID() }
  if (type === 'dispute.propose' || type === 'dispute.review') return { ...data, serviceRecordId: randomUUID() }
  return null
}
