// Walks the audit chain and names the first entry that was edited, inserted or deleted. Three
// witnesses: each entry's own hash, the next entry's prev_hash, and the anchors that outbox
// commands (also what central receives) recorded for their entries.
import type Database from 'better-sqlite3'
import { GENESIS_HASH, entryHash } from './chain'

export type AuditProblem = 'edited' | 'replaced' | 'inserted' | 'deleted'

export type AuditVerdict =
  | { ok: true; entries: number; headHash: string; anchorsChecked: number }
  | { ok: false; seq: number; problem: AuditProblem; detail: string }

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

const recompute = (prevHash: string, row: Row): string =>
  entryHash(prevHash, {
    seq: row.seq,
    at: row.at,
    operatorId: row.operator_id,
    workstationId: row.workstation_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    payloadDigest: row.payload_digest
  })

/** Inserted entries force the later ones to be renumbered; find how far, up to a sane bound. */
const MAX_SHIFT = 64
function shiftedBy(row: Row): number {
  for (let k = 1; k <= MAX_SHIFT && k < row.seq; k++) {
    if (recompute(row.prev_hash, { ...row, seq: row.seq - k }) === row.hash) return k
  }
  return 0
}

type ChainResult = { ok: true; count: number; lastHash: string } | Extract<AuditVerdict, { ok: false }>

function walkChain(sqlite: Database.Database): ChainResult {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<Row>
  let prevHash = GENESIS_HASH
  let expectedSeq = 1
  for (const row of rows) {
    if (row.seq > expectedSeq) {
      return { ok: false, seq: expectedSeq, problem: 'deleted', detail: `entries ${expectedSeq}..${row.seq - 1} are missing` }
    }
    // First the entry against itself (its stored prev_hash included): any field changed → edited,
    // unless only its seq moved up, which means entries were slipped in before it.
    if (recompute(row.prev_hash, row) !== row.hash) {
      const shift = shiftedBy(row)
      if (shift > 0) {
        return { ok: false, seq: row.seq - shift, problem: 'inserted', detail: `${shift} entr${shift === 1 ? 'y was' : 'ies were'} put in before entry ${row.seq}, which was renumbered` }
      }
      return { ok: false, seq: row.seq, problem: 'edited', detail: 'the stored hash does not match the entry fields' }
    }
    if (row.prev_hash !== prevHash) {
      // This entry is intact, but the previous one is not the entry it chained to: that one was
      // edited and re-hashed, or put in where another entry stood.
      return {
        ok: false,
        seq: row.seq - 1,
        problem: 'replaced',
        detail: `entry ${row.seq - 1} is not the entry ${row.seq} chained to (edited and re-hashed, or inserted)`
      }
    }
    prevHash = row.hash
    expectedSeq = row.seq + 1
  }
  return { ok: true, count: expectedSeq - 1, lastHash: prevHash }
}

function checkHead(sqlite: Database.Database, count: number, lastHash: string): AuditVerdict | null {
  const head = sqlite.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined
  const headSeq = head?.seq ?? 0
  const headHash = head?.hash ?? GENESIS_HASH
  if (headSeq > count) {
    return { ok: false, seq: count + 1, problem: 'deleted', detail: `the chain head records entry ${headSeq}, the log ends at ${count}` }
  }
  if (headSeq < count) {
    return { ok: false, seq: headSeq + 1, problem: 'inserted', detail: `entries after ${headSeq} were added without the chain head` }
  }
  if (headHash !== lastHash) {
    return { ok: false, seq: count, problem: 'replaced', detail: 'the last entry differs from the one the chain head recorded' }
  }
  return null
}

/** Every outbox command names the audit entry written with it; that entry must still be there, unchanged. */
function checkAnchors(sqlite: Database.Database): { verdict: AuditVerdict | null; checked: number } {
  const entryHashAt = sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck()
  const anchors: { seq: number; hash: string }[] = []
  for (const payload of sqlite.prepare('SELECT payload FROM outbox ORDER BY seq').pluck().iterate() as IterableIterator<string>) {
    const audit = (JSON.parse(payload) as { audit?: { seq?: unknown; hash?: unknown } }).audit
    if (typeof audit?.seq === 'number' && typeof audit.hash === 'string') anchors.push({ seq: audit.seq, hash: audit.hash })
  }
  anchors.sort((a, b) => a.seq - b.seq)
  for (const anchor of anchors) {
    const stored = entryHashAt.get(anchor.seq) as string | undefined
    if (stored === undefined) {
      return { verdict: { ok: false, seq: anchor.seq, problem: 'deleted', detail: 'an outbox command names this entry, which is gone' }, checked: anchors.length }
    }
    if (stored !== anchor.hash) {
      return { verdict: { ok: false, seq: anchor.seq, problem: 'replaced', detail: 'an outbox command recorded a different hash for this entry' }, checked: anchors.length }
    }
  }
  return { verdict: null, checked: anchors.length }
}

export function verifyAuditChain(sqlite: Database.Database): AuditVerdict {
  const chain = walkChain(sqlite)
  const anchors = checkAnchors(sqlite)
  // Report the earliest problem any witness sees.
  const problems = [chain.ok ? checkHead(sqlite, chain.count, chain.lastHash) : chain, anchors.verdict].filter(
    (v): v is Extract<AuditVerdict, { ok: false }> => v !== null && !v.ok
  )
  if (problems.length > 0) return problems.reduce((a, b) => (b.seq < a.seq ? b : a))
  if (!chain.ok) return chain
  return { ok: true, entries: chain.count, headHash: chain.lastHash, anchorsChecked: anchors.checked }
}
