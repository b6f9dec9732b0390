import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { UsageError } from '../args'
import { captureIo, EXIT_FAILURE, EXIT_OK } from '../io'
import { parseSeedArgs, seedCommand } from './seed'

const NOW = '2026-11-21T14:00:00+08:00'

describe('counterdesk seed', () => {
  const dirs: string[] = []
  const tempDir = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'counterdesk-seed-cli-'))
    dirs.push(dir)
    return dir
  }
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

  it('seeds <data-dir>/counterdesk.sqlite and prints counts, rows/s and examples', async () => {
    const dir = tempDir()
    const io = captureIo()
    const code = await seedCommand.run(['--data-dir', dir, '--people', '400', '--seed', '3', '--now', NOW], io)
    expect(code).toBe(EXIT_OK)
    const file = path.join(dir, 'counterdesk.sqlite')
    expect(existsSync(file)).toBe(true)
    const out = io.text()
    expect(out).toContain('人员（people）：400')
    expect(out).toMatch(/行\/秒/)
    expect(out).toMatch(/示例/)
    expect(io.stderr.join('\n')).toMatch(/生成中：400\/400 人/)
    const db = new Database(file, { readonly: true })
    try {
      expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(400)
    } finally {
      db.close()
    }
  })

  it('refuses a database that already has people, with a clear message', async () => {
    const file = path.join(tempDir(), 'x', 'db.sqlite')
    expect(await seedCommand.run(['--db', file, '--people', '50', '--now', NOW], captureIo())).toBe(EXIT_OK)
    const io = captureIo()
    expect(await seedCommand.run(['--db', file, '--people', '50', '--now', NOW], io)).toBe(EXIT_FAILURE)
    expect(io.stderr.join('\n')).toContain('已有 50 条人员记录')
  })

  it('is deterministic given --now, and prints help', async () => {
    const a = captureIo()
    const b = captureIo()
    await seedCommand.run(['--data-dir', tempDir(), '--people', '200', '--now', NOW], a)
    await seedCommand.run(['--data-dir', tempDir(), '--people', '200', '--now', NOW], b)
    const examples = (io: typeof a) => io.stdout.slice(io.stdout.findIndex((line) => line.startsWith('示例')))
    expect(examples(a).length).toBeGreaterThan(3)
    expect(examples(a)).toEqual(examples(b))
    const help = captureIo()
    expect(await seedCommand.run(['--help'], help)).toBe(EXIT_OK)
    expect(help.text()).toContain('--violations-per-person')
  })

  it('parses its flags strictly', () => {
    const now = new Date(NOW)
    const parsed = parseSeedArgs(['--db', 'a.sqlite', '--seed', '9', '--violations-per-person', '2'], now)
    expect(parsed).toMatchObject({ seed: 9, people: 1000, violationsPerPerson: 2, timeZone: 'Asia/Shanghai', now })
    expect(parsed.file).toBe(path.resolve('a.sqlite'))
    expect(parseSeedArgs([], now).file).toMatch(/\.data[\\/]counterdesk\.sqlite$/)
    expect(() => parseSeedArgs(['--people', 'many'], now)).toThrow(UsageError)
    expect(() => parseSeedArgs(['--people', '0'], now)).toThrow(UsageError)
    expect(() => parseSeedArgs(['--now', 'yesterday'], now)).toThrow(UsageError)
    expect(() => parseSeedArgs(['--time-zone', 'Mars/Olympus'], now)).toThrow(UsageError)
    expect(() => parseSeedArgs(['--rows', '5'], now)).toThrow(UsageError)
  })
})
