// A processed or voided record is closed: for the two "may this be processed?" actions that is
// the whole answer. The actions return early with these findings, and a service showing many
// history rows may ask this directly instead of evaluating a full facts document per row: the
// answer is the same either way (closed-record.test.ts proves it).
import { alreadyProcessed, voided } from './checks/record'
import type { RecordLike } from './checks/record'
import type { Finding } from './types'

export type ProcessingAction = 'online_self_service' | 'window_process'

const ALREADY_PROCESSED_TAIL: Record<ProcessingAction, string | undefined> = {
  online_self_service: undefined,
  window_process: '同一条违法记录无论通过何种渠道都只能处理一次'
}

/** The denials that close a record, or an empty list when it is still open. */
export function closedRecordFindings(action: ProcessingAction, record: RecordLike): Finding[] {
  return [alreadyProcessed(record, ALREADY_PROCESSED_TAIL[action]), voided(record)].filter(
    (f): f is Finding => f !== undefined
  )
}
