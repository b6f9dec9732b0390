import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from './db'
import type { Store } from './db'
import { createWritePath } from './write-path'
import { fixedClock } from '../platform/clock'
import { uuidv7Generator } from '../platform/ids'
import { verifyAuditChain } from '../audit/verify'
import { makeTempDir } from '../../../tests/support/temp-dir'

const WORKSTATION = '0190f5b8-0000-7000-8000-000000000001'

function setup() {
  const tmp = makeTempDir()
  const store = openStore({ file: tmp.file('db.sqlite') })
  const clock = fixedClock(new Date('2026-11-21T06:30:00Z'))
  const writes = createWritePath({ store, clock, ids: uuidv7Generator(clock), workstationId: WORKSTATION, timeZone: 'Asia/Shanghai' })
  return { tmp, store, clock, writes }
}

const insertPerson = (store: Store, id: string, at: string) =>
  store.sqlite
    .prepare(`INSERT INTO people (id, id_type, id_number, name, gender, birth_date, address, phone, updated_at)
              VALUES (?, 'A', ?, '测试', 'M', '1990-01-01', '测试地址', NULL, ?)`)
    .run(id, `ID-${id}`, at)

describe('the one write path', () => {
  let cleanup: (() => void)[] = []
  afterEach(() => {
    cleanup.forEach((f) => f())
    cleanup = []
  })

  it('commits domain rows, an audit entry and an outbox command together', () => {
    const { tmp, store, writes } = setup()
    cleanup.push(() => store.close(), tmp.remove)
    const receipt = writes.run({
      action: 'person.create',
      operatorId: null,
      subject: { type: 'person', id: 'p1' },
      auditPayload: { name: '测试' },
      command: { type: 'person.create', payload: { id: 'p1' } },
      apply: (at) => insertPerson(store, 'p1', at)
    })
    expect(receipt.at).toBe('2026-11-21T14:30:00.000+08:00')
    expect(receipt.commandSeq).toBe(1)
    const outbox = store.sqlite.prepare('SELECT id, seq, type, status, payload FROM outbox').all() as { id: string; seq: number; type: string; status: string; payload: string }[]
    expect(outbox).toHaveLength(1)
    expect(outbox[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(JSON.parse(outbox[0]?.payload ?? '{}')).toMatchObject({ workstationId: WORKSTATION, clientTime: receipt.at, data: { id: 'p1' } })
    expect(store.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1)
    expect(store.sqlite.prepare('SELECT action, subject_id FROM audit_log').all()).toEqual([{ action: 'person.create', subject_id: 'p1' }])
  })

  it('writes nothing at all when the domain change fails', () => {
    const { tmp, store, writes } = setup()
    cleanup.push(() => store.close(), tmp.remove)
    writes.run({ action: 'person.create', operatorId: null, subject: { type: 'person', id: 'p1' }, auditPayload: {}, command: { type: 'x', payload: {} }, apply: (at) => insertPerson(store, 'p1', at) })
    expect(() =>
      writes.run({ action: 'person.create', operatorId: null, subject: { type: 'person', id: 'p1' }, auditPayload: {}, command: { type: 'x', payload: {} }, apply: (at) => insertPerson(store, 'p1', at) })
    ).toThrow(/UNIQUE/)
    expect(store.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1)
    expect(store.sqlite.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(1)
    expect(verifyAuditChain(store.sqlite).ok).toBe(true)
  })

  it('numbers outbox commands without gaps and keeps command ids time-ordered', () => {
    const { tmp, store, writes, clock } = setup()
    cleanup.push(() => store.close(), tmp.remove)
    for (let i = 0; i < 5; i++) {
      writes.run({ action: 'a', operatorId: null, subject: { type: 't', id: null }, auditPayload: { i }, command: { type: 'c', payload: { i } } })
      if (i % 2 === 0) clock.advance(1)
    }
    writes.run({ action: 'local', operatorId: null, subject: { type: 't', id: null }, auditPayload: {}, command: null })
    const rows = store.sqlite.prepare('SELECT id, seq FROM outbox ORDER BY seq').all() as { id: string; seq: number }[]
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5])
    const ids = rows.map((r) => r.id)
    expect([...ids].sort()).toEqual(ids)
    expect(store.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(6)
  })
})
