// The core as both hosts see it: real SQLite file, real seed data, injected clock; requests go
// through `dispatch` exactly as the Electron IPC and the web host send them.
import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { createAppCore } from '../../src/main/core/app-core'
import type { AppCore, CallerContext } from '../../src/main/core/types'
import { fixedClock } from '../../src/main/platform/clock'
import { memoryLogger } from '../../src/main/core/logger'
import { makeTempDir } from '../support/temp-dir'

const tab = (key = 'tab-a'): CallerContext => ({ host: 'web', sessionKey: key })

async function setup(idleLockSeconds = 60) {
  const tmp = makeTempDir()
  const clock = fixedClock(new Date('2026-11-21T02:00:00Z'))
  const logger = memoryLogger()
  const core = await createAppCore({ dataDir: tmp.dir, host: 'web', demo: true, demoPeople: 60, clock, logger, config: { idleLockSeconds } })
  const db = new Database(core.startup.databaseFile, { readonly: true })
  const count = (table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return { tmp, clock, logger, core, db, count }
}

async function signIn(core: AppCore, caller = tab(), policeNo = '100001', password = 'demo-clerk-1') {
  return core.dispatch('session:signIn', { policeNo, password }, caller)
}

describe('core: sign-in, lockout, idle lock, search and person view', () => {
  const cleanups: (() => void)[] = []
  afterEach(() => cleanups.splice(0).forEach((f) => f()))
  const track = (s: Awaited<ReturnType<typeof setup>>) => {
    cleanups.push(() => (s.db.close(), s.core.close(), s.tmp.remove()))
    return s
  }

  it('signs a demo clerk in and reports the role', async () => {
    const { core } = track(await setup())
    const result = await signIn(core)
    expect(result).toMatchObject({ ok: true, value: { operator: { policeNo: '100001', role: 'clerk' }, locked: false } })
  })

  it('refuses a wrong password, counts down, then locks for 15 minutes', async () => {
    const { core, clock } = track(await setup())
    const first = await signIn(core, tab(), '100001', 'wrong')
    expect(first).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    if (!first.ok) expect(first.error.message).toContain('再错 4 次')
    for (let i = 0; i < 3; i++) await signIn(core, tab(), '100001', 'wrong')
    const fifth = await signIn(core, tab(), '100001', 'wrong')
    expect(fifth).toMatchObject({ ok: false, error: { code: 'AUTH_LOCKED' } })
    // Even the right password is refused while locked.
    expect(await signIn(core)).toMatchObject({ ok: false, error: { code: 'AUTH_LOCKED' } })
    clock.advance(15 * 60 * 1000 + 1000)
    expect(await signIn(core)).toMatchObject({ ok: true })
  })

  it('answers an unknown police number exactly like a known one with a wrong password', async () => {
    const { core } = track(await setup())
    const known: unknown[] = []
    const unknown: unknown[] = []
    for (let i = 0; i < 6; i++) {
      known.push(await signIn(core, tab(), '100002', 'wrong'))
      unknown.push(await signIn(core, tab(), '999999', 'wrong'))
    }
    expect(unknown).toEqual(known)
    expect(unknown[0]).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    expect(unknown[5]).toMatchObject({ ok: false, error: { code: 'AUTH_LOCKED' } })
  })

  it('refuses junk with a Chinese message and a logged code, writing nothing', async () => {
    const { core, count, logger } = track(await setup())
    await signIn(core)
    const before = { audit: count('audit_log'), outbox: count('outbox') }
    const junk = [
      ['search:lookup', { query: 42 }],
      ['search:lookup', { query: 'x', extra: 1 }],
      ['search:lookup', {}],
      ['search:lookup', { query: 'x'.repeat(10_000) }],
      ['person:open', { personId: "'; DROP TABLE people; --" }],
      ['session:signIn', null],
      ['db:query', { sql: 'select 1' }]
    ] as const
    for (const [channel, input] of junk) {
      const r = await core.dispatch(channel, input, tab())
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect({ audit: count('audit_log'), outbox: count('outbox') }).toEqual(before)
    expect(logger.lines.map((l) => l.code)).toEqual(expect.arrayContaining(['INVALID_INPUT', 'UNKNOWN_CHANNEL']))
  })

  it('requires a session for search, and keeps tabs apart', async () => {
    const { core } = track(await setup())
    expect(await core.dispatch('search:lookup', { query: '13800000000' }, tab())).toMatchObject({ ok: false, error: { code: 'SESSION_REQUIRED' } })
    await signIn(core, tab('tab-a'))
    expect(await core.dispatch('session:current', {}, tab('tab-b'))).toEqual({ ok: true, value: null })
  })

  it('locks an idle session until the password is given again, and audits the lock', async () => {
    const { core, clock, db } = track(await setup(60))
    await signIn(core)
    clock.advance(59_000)
    expect((await core.dispatch('session:keepAlive', {}, tab())).ok).toBe(true)
    clock.advance(59_000)
    expect((await core.dispatch('search:lookup', { query: '13800000000' }, tab())).ok).not.toBe(false)
    clock.advance(61_000)
    expect(await core.dispatch('search:lookup', { query: '13800000000' }, tab())).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } })
    const lockEntries = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'operator.screenLocked'").pluck().get()
    expect(lockEntries).toBe(1)
    expect(await core.dispatch('session:unlock', { password: 'nope' }, tab())).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    expect(await core.dispatch('session:unlock', { password: 'demo-clerk-1' }, tab())).toMatchObject({ ok: true, value: { locked: false } })
  })

  it('finds a seeded person by ID number, plate and phone with masked results, and audits opening the detail', async () => {
    const { core, db, count } = track(await setup())
    await signIn(core)
    const owner = db
      .prepare(`SELECT p.id, p.id_number, p.phone, v.plate FROM people p JOIN vehicles v ON v.owner_person_id = p.id WHERE p.phone IS NOT NULL LIMIT 1`)
      .get() as { id: string; id_number: string; phone: string; plate: string }
    for (const key of [owner.id_number, owner.plate, owner.phone]) {
      const r = await core.dispatch('search:lookup', { query: key }, tab())
      expect(r.ok).toBe(true)
      if (!r.ok) continue
      const hit = (r.value as { people: { personId: string; idNumberMasked: string; phoneMasked: string | null }[] }).people.find((p) => p.personId === owner.id)
      expect(hit, `search by ${key}`).toBeDefined()
      expect(hit?.idNumberMasked).not.toBe(owner.id_number)
      expect(hit?.idNumberMasked.slice(-4)).toBe(owner.id_number.slice(-4))
    }
    const before = count('audit_log')
    const opened = await core.dispatch('person:open', { personId: owner.id }, tab())
    expect(opened).toMatchObject({ ok: true, value: { person: { idNumber: owner.id_number, phone: owner.phone } } })
    expect(count('audit_log')).toBe(before + 1)
    const last = db.prepare('SELECT action, subject_id FROM audit_log ORDER BY seq DESC LIMIT 1').get()
    expect(last).toEqual({ action: 'person.view', subject_id: owner.id })
    expect(db.prepare("SELECT count(*) FROM outbox WHERE type = 'audit.personViewed'").pluck().get()).toBe(1)
  })

  it('explains a malformed ID number instead of searching for it', async () => {
    const { core } = track(await setup())
    await signIn(core)
    const r = await core.dispatch('search:lookup', { query: '440305199001011235' }, tab())
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toMatch(/^ID_NUMBER_/)
      expect(r.error.message).toMatch(/校验/)
    }
  })
})

describe('core: ending a session whose window is gone', () => {
  it('signs the window out, audited, so the next caller on that key must sign in', async () => {
    const tmp = makeTempDir()
    const core = await createAppCore({ dataDir: tmp.dir, host: 'electron', demo: true, demoPeople: 10, logger: memoryLogger() })
    try {
      const caller: CallerContext = { host: 'electron', sessionKey: 'wc:7' }
      expect((await core.dispatch('session:signIn', { policeNo: '100001', password: 'demo-clerk-1' }, caller)).ok).toBe(true)
      core.endSession('wc:7')
      expect(await core.dispatch('session:current', {}, caller)).toEqual({ ok: true, value: null })
      const db = new Database(core.startup.databaseFile, { readonly: true })
      expect(db.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get()).toBe('operator.sessionEnded')
      db.close()
    } finally {
      core.close()
      tmp.remove()
    }
  })
})

describe('core: the results list and the person view agree', () => {
  it('counts open violations over the same owned and bound vehicles the detail shows', async () => {
    const tmp = makeTempDir()
    const core = await createAppCore({ dataDir: tmp.dir, host: 'web', demo: true, demoPeople: 400, logger: memoryLogger() })
    const db = new Database(core.startup.databaseFile, { readonly: true })
    try {
      await signIn(core)
      const bound = db
        .prepare("SELECT p.id, p.id_number FROM bindings b JOIN people p ON p.id = b.person_id WHERE b.status = 'active' LIMIT 5")
        .all() as { id: string; id_number: string }[]
      expect(bound.length).toBeGreaterThan(0)
      for (const person of bound) {
        const found = await core.dispatch('search:lookup', { query: person.id_number }, tab())
        const opened = await core.dispatch('person:open', { personId: person.id }, tab())
        if (!found.ok || !opened.ok) throw new Error('lookup failed')
        const summary = (found.value as { people: { openViolationCount: number }[] }).people[0]
        const open = (opened.value as { violations: { status: string }[] }).violations.filter((v) =>
          ['unprocessed', 'processed', 'disputed'].includes(v.status)
        ).length
        expect(summary?.openViolationCount).toBe(open)
      }
    } finally {
      db.close()
      core.close()
      tmp.remove()
    }
  })
})
