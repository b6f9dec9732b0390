// Checks on the violation record itself, shared by online_self_service, window_process and
// file_dispute.
import { finding } from '../action'
import type { Finding } from '../types'

export interface RecordLike {
  recordNo?: string | undefined
  status: 'unprocessed' | 'pending_sync' | 'processed' | 'paid' | 'voided'
  disputed: boolean
}

/** "违法记录5001030000123" or "该违法记录". */
export function recordName(record: { recordNo?: string | undefined }): string {
  return record.recordNo === undefined ? '该违法记录' : `违法记录${record.recordNo}`
}

const PROCESSED_TEXT = {
  pending_sync: '已通过其他渠道处理，正在等待数据同步（一般不超过24小时）',
  processed: '已处理',
  paid: '已处理并已缴款'
} as const

export function isProcessed(record: RecordLike): boolean {
  return record.status === 'pending_sync' || record.status === 'processed' || record.status === 'paid'
}

/** ALREADY_PROCESSED: never twice, through any channel; pending sync counts (seed 001 §六.3, §七.2). */
export function alreadyProcessed(record: RecordLike, tail = '不能重复处理'): Finding | undefined {
  if (record.status !== 'pending_sync' && record.status !== 'processed' && record.status !== 'paid') return undefined
  return finding('ALREADY_PROCESSED', `${recordName(record)}${PROCESSED_TEXT[record.status]}，${tail}`, 'seed 001 §六.3, §七.2')
}

/** VIOLATION_VOIDED: a voided (消除) record cannot be processed (FACTS §6). */
export function voided(record: RecordLike): Finding | undefined {
  if (record.status !== 'voided') return undefined
  return finding('VIOLATION_VOIDED', `${recordName(record)}已被消除，不能处理`, 'FACTS §6')
}

/** VIOLATION_DISPUTED: an open objection must be resolved first (seed 001 §六.1; seed 002 (1)). */
export function disputed(record: RecordLike, tail: string): Finding | undefined {
  if (!record.disputed) return undefined
  return finding('VIOLATION_DISPUTED', `${recordName(record)}有未办结的异议，${tail}`, 'seed 001 §六.1; seed 002 (1)')
}
