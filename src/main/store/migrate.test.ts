import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from './db'
import { makeTempDir } from '../../../tests/support/temp-dir'

describe('migrations', () => {
  const temps: { remove: () => void }[] = []
  afterEach(() => temps.splice(0).forEach((t) => t.remove()))

  it('creates the whole schema on a new file and reopens it without changes', () => {
    const tmp = makeTempDir()
    temps.push(tmp)
    const first = openStore({ file: tmp.file('db.sqlite') })
    const tables = first.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['people', 'drivers', 'vehicles', 'violations', 'decisions', 'payments', 'audit_log', 'outbox']))
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(first.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    first.close()
    const again = openStore({ file: tmp.file('db.sqlite') })
    expect(again.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBeGreaterThan(0)
    again.close()
  })

  it('refuses a database whose migration history diverges from this build', () => {
    const tmp = makeTempDir()
    temps.push(tmp)
    const store = openStore({ file: tmp.file('db.sqlite') })
    store.sqlite.prepare("UPDATE __drizzle_migrations SET hash = 'edited-elsewhere'").run()
    store.close()
    expect(() => openStore({ file: tmp.file('db.sqlite') })).toThrow(/结构版本与本程序不一致/)
  })

  it('refuses a database written by a newer version of the app', () => {
    const tmp = makeTempDir()
    temps.push(tmp)
    const store = openStore({ file: tmp.file('db.sqlite') })
    store.sqlite.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 99999999999999)").run()
    store.close()
    expect(() => openStore({ file: tmp.file('db.sqlite') })).toThrow(/请升级程序/)
  })
})
