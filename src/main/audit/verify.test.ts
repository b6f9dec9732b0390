import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../store/db'
import { createWritePath } from '../store/write-path'
import { fixedClock } from '../platform/clock'
import { uuidv7Generator } from '../platform/ids'
import { verifyAuditChain } from './verify'
import { entryHash } from './chain'
import type Database from 'better-sqlite3'
import { makeTempDir } from '../../../tests/support/temp-dir'

function storeWithEntries(n: number, withCommands = false) {
  const tmp = makeTempDir()
  const store = openStore({ file: tmp.file('db.sqlite') })
  const clock = fixedClock(new Date('2026-11-21T01:00:00Z'))
  const writes = createWritePath({ store, clock, ids: uuidv7Generator(clock), workstationId: 'ws', timeZone: 'Asia/Shanghai' })
  for (let i = 1; i <= n; i++) {
    writes.run({
      action: 'person.view',
      operatorId: 'op',
      subject: { type: 'person', id: `p${i}` },
      auditPayload: { i },
      command: withCommands ? { type: 'audit.personViewed', payload: { i } } : null
    })
    clock.advance(1000)
  }
  return { tmp, store }
}

describe('audit chain verification', () => {
  const open: { close: () => void; remove: () => void }[] = []
  afterEach(() => open.splice(0).forEach((o) => (o.close(), o.remove())))

  it('reports OK for an untouched trail', () => {
    const { tmp, store } = storeWithEntries(5)
    open.push({ close: () => store.close(), remove: tmp.remove })
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: true, entries: 5 })
  })

  it('names an edited entry', () => {
    const { tmp, store } = storeWithEntries(5)
    open.push({ close: () => store.close(), remove: tmp.remove })
    store.sqlite.prepare("UPDATE audit_log SET subject_id = 'someone-else' WHERE seq = 3").run()
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, seq: 3, problem: 'edited' })
  })

  it('names a deleted entry in the middle and at the end', () => {
    const { tmp, store } = storeWithEntries(5)
    open.push({ close: () => store.close(), remove: tmp.remove })
    store.sqlite.prepare('DELETE FROM audit_log WHERE seq = 2').run()
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, seq: 2, problem: 'deleted' })
    const other = storeWithEntries(4)
    open.push({ close: () => other.store.close(), remove: other.tmp.remove })
    other.store.sqlite.prepare('DELETE FROM audit_log WHERE seq = 4').run()
    expect(verifyAuditChain(other.store.sqlite)).toMatchObject({ ok: false, seq: 4, problem: 'deleted' })
  })

  it('names an inserted entry even when the forger computed its own hash', () => {
    const { tmp, store } = storeWithEntries(3)
    open.push({ close: () => store.close(), remove: tmp.remove })
    // Move entries 2..3 up by one and forge a new, correctly hashed entry 2 chained to entry 1.
    store.sqlite.prepare('UPDATE audit_log SET seq = seq + 10 WHERE seq >= 2').run()
    store.sqlite.prepare('UPDATE audit_log SET seq = seq - 9 WHERE seq >= 12').run()
    const first = store.sqlite.prepare('SELECT hash FROM audit_log WHERE seq = 1').pluck().get() as string
    const forged = { seq: 2, at: '2026-11-21T09:00:00.000+08:00', operatorId: 'op', workstationId: 'ws', action: 'person.view', subjectType: 'person', subjectId: 'forged', payloadDigest: 'x' }
    store.sqlite
      .prepare(`INSERT INTO audit_log (seq, at, operator_id, workstation_id, action, subject_type, subject_id, payload_digest, prev_hash, hash)
                VALUES (2, @at, @operatorId, @workstationId, @action, @subjectType, @subjectId, @payloadDigest, @prev, @hash)`)
      .run({ ...forged, prev: first, hash: entryHash(first, forged) })
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, seq: 2, problem: 'inserted' })
  })

  it('names an edited entry whose hash the forger recomputed', () => {
    const { tmp, store } = storeWithEntries(5)
    open.push({ close: () => store.close(), remove: tmp.remove })
    rehash(store.sqlite, 3, "subject_id = 'someone-else'")
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, seq: 3, problem: 'replaced' })
    // The last entry rewritten together with the chain head leaves nothing in the chain to
    // contradict it: the anchor its outbox command carried (and central keeps) does.
    const last = storeWithEntries(5, true)
    open.push({ close: () => last.store.close(), remove: last.tmp.remove })
    rehash(last.store.sqlite, 5, "subject_id = 'someone-else'")
    expect(verifyAuditChain(last.store.sqlite)).toMatchObject({ ok: false, seq: 5, problem: 'replaced' })
  })

  it('catches a cut tail even when the chain head was rewritten, through the outbox anchors', () => {
    const { tmp, store } = storeWithEntries(5, true)
    open.push({ close: () => store.close(), remove: tmp.remove })
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: true, entries: 5, anchorsChecked: 5 })
    store.sqlite.prepare('DELETE FROM audit_log WHERE seq = 5').run()
    store.sqlite.prepare('UPDATE audit_head SET seq = 4, hash = (SELECT hash FROM audit_log WHERE seq = 4)').run()
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, seq: 5, problem: 'deleted' })
  })
})

/** Edits one entry and recomputes its hash and the chain head, as a careful forger would. */
function rehash(sqlite: Database.Database, seq: number, assignment: string): void {
  sqlite.prepare(`UPDATE audit_log SET ${assignment} WHERE seq = ?`).run(seq)
  const row = sqlite.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as Record<string, string | number | null>
  const hash = entryHash(String(row.prev_hash), {
    seq,
    at: String(row.at),
    operatorId: row.operator_id === null ? null : String(row.operator_id),
    workstationId: String(row.workstation_id),
    action: String(row.action),
    subjectType: String(row.subject_type),
    subjectId: row.subject_id === null ? null : String(row.subject_id),
    payloadDigest: String(row.payload_digest)
  })
  sqlite.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?').run(hash, seq)
  const max = sqlite.prepare('SELECT max(seq) FROM audit_log').pluck().get()
  if (max === seq) sqlite.prepare('UPDATE audit_head SET hash = ? WHERE id = 1').run(hash)
}
