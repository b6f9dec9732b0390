// The hash chain over audit entries. Every field of an entry goes into its hash together with the
// previous entry's hash, so editing any field, or inserting or removing an entry, breaks the chain.
import { sha256Hex } from './canonical-json'

export const GENESIS_HASH = '0'.repeat(64)

export interface AuditFields {
  seq: number
  at: string
  operatorId: string | null
  workstationId: string
  action: string
  subjectType: string
  subjectId: string | null
  payloadDigest: string
}

export function entryHash(prevHash: string, e: AuditFields): string {
  return sha256Hex(
    [
      prevHash,
      e.seq,
      e.at,
      e.operatorId ?? '',
      e.workstationId,
      e.action,
      e.subjectType,
      e.subjectId ?? '',
      e.payloadDigest
    ].join('\n')
  )
}
