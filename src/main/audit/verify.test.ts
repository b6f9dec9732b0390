import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../store/db'
import { createWritePath } from '../store/write-path'
import { fixedClock } from '../platform/clock'
import { uuidv7Generator } from '../platform/ids'
import { verifyAuditChain } from './verify'
import { makeTempDir } from '../../../tests/support/temp-dir'

function storeWithEntries(n: number) {
  const tmp = makeTempDir()
  const store = openStore({ file: tmp.file('db.sqlite') })
  const clock = fixedClock(new Date('2026-11-21T01:00:00Z'))
  const writes = createWritePath({ store, clock, ids: uuidv7Generator(clock), workstationId: 'ws', timeZone: 'Asia/Shanghai' })
  for (let i = 1; i <= n; i++) {
    writes.run({ action: 'person.view', operatorId: 'op', subject: { type: 'person', id: `p${i}` }, auditPayload: { i }, command: null })
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
    // Shift entries 2..3 up and forge a new entry 2 that chains to entry 1.
    store.sqlite.prepare('UPDATE audit_log SET seq = seq + 10 WHERE seq >= 2').run()
    store.sqlite.prepare('UPDATE audit_log SET seq = seq - 9 WHERE seq >= 12').run()
    const first = store.sqlite.prepare('SELECT hash FROM audit_log WHERE seq = 1').pluck().get() as string
    store.sqlite
      .prepare(`INSERT INTO audit_log (seq, at, operator_id, workstation_id, action, subject_type, subject_id, payload_digest, prev_hash, hash)
                VALUES (2, '2026-11-21T09:00:00.000+08:00', 'op', 'ws', 'person.view', 'person', 'forged', 'x', ?, 'y')`)
      .run(first)
    const verdict = verifyAuditChain(store.sqlite)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.seq).toBe(2)
  })
})
