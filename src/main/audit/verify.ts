// Walks the audit chain and names the first entry that was edited, inserted or deleted.
import type Database from 'better-sqlite3'
import { GENESIS_HASH, entryHash } from './chain'

export type AuditVerdict =
  | { ok: true; entries: number; headHash: string }
  | { ok: false; seq: number; problem: 'edited' | 'inserted' | 'deleted' | 'head_mismatch'; detail: string }

interface Row {
  seq: number
  at: string
  operator_id: string | null
  workstation_id: string
  action: string
  subject_type: string
  subject_id: string | null
  payload_digest: string
  prev_hash: string
  hash: string
}

export function verifyAuditChain(sqlite: Database.Database): AuditVerdict {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<Row>
  let prevHash = GENESIS_HASH
  let expectedSeq = 1
  let count = 0
  for (const row of rows) {
    if (row.seq > expectedSeq) {
      return { ok: false, seq: expectedSeq, problem: 'deleted', detail: `entries ${expectedSeq}..${row.seq - 1} are missing` }
    }
    if (row.prev_hash !== prevHash) {
      // The row does not follow its predecessor: it was put in, or its predecessor was replaced.
      return { ok: false, seq: row.seq, problem: 'inserted', detail: 'prev_hash does not match the previous entry' }
    }
    const recomputed = entryHash(prevHash, {
      seq: row.seq,
      at: row.at,
      operatorId: row.operator_id,
      workstationId: row.workstation_id,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      payloadDigest: row.payload_digest
    })
    if (recomputed !== row.hash) {
      return { ok: false, seq: row.seq, problem: 'edited', detail: 'the stored hash does not match the entry fields' }
    }
    prevHash = row.hash
    expectedSeq = row.seq + 1
    count += 1
  }
  const head = sqlite.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined
  const headSeq = head?.seq ?? 0
  const headHash = head?.hash ?? GENESIS_HASH
  if (headSeq !== count || headHash !== prevHash) {
    const seq = Math.min(headSeq, count) + 1
    const problem = headSeq > count ? 'deleted' : 'head_mismatch'
    return { ok: false, seq, problem, detail: `the chain head records entry ${headSeq}, the log ends at ${count}` }
  }
  return { ok: true, entries: count, headHash: prevHash }
}
