// The one write path. Every clerk action is one IMMEDIATE transaction holding its domain rows, an
// audit entry chained to the previous one, and (for anything central must know) an outbox command
// with a UUIDv7 id and the next per-workstation sequence number. Nothing else writes domain data.
import type { Store } from './db'
import type { Clock } from '../platform/clock'
import type { IdGenerator } from '../platform/ids'
import { toZonedIso } from '../platform/zoned-time'
import { canonicalJson, sha256Hex } from '../audit/canonical-json'
import { GENESIS_HASH, entryHash } from '../audit/chain'

export interface OutboxCommand {
  type: string
  payload: unknown
}

export interface ActionSpec<T> {
  /** Audit action name, `domain.verb`, e.g. `person.view`, `operator.signIn`. */
  action: string
  operatorId: string | null
  subject: { type: string; id: string | null }
  /** What the audit entry digests: the facts of the action, including personal data it touched. */
  auditPayload: unknown
  /**
   * The command for central; null only for actions that stay on this workstation (sign-in). A
   * function receives what apply returned, for payloads drawn inside the transaction.
   */
  command: OutboxCommand | null | ((value: T) => OutboxCommand)
  /** Domain writes; runs inside the transaction, after nothing else has been written. */
  apply?: (at: string) => T
}

export interface ActionReceipt<T> {
  value: T
  auditSeq: number
  commandId: string | null
  commandSeq: number | null
  at: string
}

export interface WritePath {
  run<T = void>(spec: ActionSpec<T>): ActionReceipt<T>
}

export interface WritePathDeps {
  store: Store
  clock: Clock
  ids: IdGenerator
  workstationId: string
  timeZone: string
  /** Called after a transaction that queued a command has committed (the sync engine wakes up). */
  onCommandQueued?: (command: OutboxCommand) => void
}

const NEXT_SEQ_KEY = 'outbox.nextSeq'

export function createWritePath(deps: WritePathDeps): WritePath {
  const { sqlite } = deps.store
  const readHead = sqlite.prepare('SELECT seq, hash FROM audit_head WHERE id = 1')
  const insertAudit = sqlite.prepare(
    `INSERT INTO audit_log (seq, at, operator_id, workstation_id, action, subject_type, subject_id, payload_digest, prev_hash, hash)
     VALUES (@seq, @at, @operatorId, @workstationId, @action, @subjectType, @subjectId, @payloadDigest, @prevHash, @hash)`
  )
  const upsertHead = sqlite.prepare(
    'INSERT INTO audit_head (id, seq, hash) VALUES (1, @seq, @hash) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash'
  )
  const readNextSeq = sqlite.prepare('SELECT value FROM sync_state WHERE key = ?')
  const writeNextSeq = sqlite.prepare(
    'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
  )
  const insertOutbox = sqlite.prepare(
    `INSERT INTO outbox (id, seq, type, payload, created_at, status, attempts)
     VALUES (@id, @seq, @type, @payload, @createdAt, 'pending', 0)`
  )

  function appendAudit(spec: ActionSpec<unknown>, at: string): { seq: number; hash: string } {
    const head = readHead.get() as { seq: number; hash: string } | undefined
    const fields = {
      seq: (head?.seq ?? 0) + 1,
      at,
      operatorId: spec.operatorId,
      workstationId: deps.workstationId,
      action: spec.action,
      subjectType: spec.subject.type,
      subjectId: spec.subject.id,
      payloadDigest: sha256Hex(canonicalJson(spec.auditPayload))
    }
    const prevHash = head?.hash ?? GENESIS_HASH
    const hash = entryHash(prevHash, fields)
    insertAudit.run({ ...fields, prevHash, hash })
    upsertHead.run({ seq: fields.seq, hash })
    return { seq: fields.seq, hash }
  }

  function enqueue(
    command: OutboxCommand,
    at: string,
    operatorId: string | null,
    audit: { seq: number; hash: string }
  ): { id: string; seq: number } {
    const row = readNextSeq.get(NEXT_SEQ_KEY) as { value: string } | undefined
    const seq = row ? Number(row.value) : 1
    const id = deps.ids.next()
    insertOutbox.run({
      id,
      seq,
      type: command.type,
      // The audit entry's seq and hash ride along: central keeps them, so a trail rewritten on the
      // workstation (chain and head recomputed) no longer matches what central received.
      payload: JSON.stringify({ operatorId, workstationId: deps.workstationId, clientTime: at, audit, data: command.payload }),
      createdAt: at
    })
    writeNextSeq.run(NEXT_SEQ_KEY, String(seq + 1))
    return { id, seq }
  }

  return {
    run<T>(spec: ActionSpec<T>): ActionReceipt<T> {
      const txn = sqlite.transaction((): ActionReceipt<T> & { command: OutboxCommand | null } => {
        const at = toZonedIso(deps.clock.now(), deps.timeZone)
        const value = spec.apply ? spec.apply(at) : (undefined as T)
        const audit = appendAudit(spec as ActionSpec<unknown>, at)
        const command = typeof spec.command === 'function' ? spec.command(value) : spec.command
        const queued = command ? enqueue(command, at, spec.operatorId, audit) : null
        return { value, auditSeq: audit.seq, commandId: queued?.id ?? null, commandSeq: queued?.seq ?? null, at, command }
      })
      // IMMEDIATE takes the write lock first, so two writers can never chain onto the same head.
      const { command, ...receipt } = txn.immediate()
      if (command) deps.onCommandQueued?.(command)
      return receipt
    }
  }
}
