// `counterdesk audit verify` against a real workstation database: intact after real actions, then
// one row edited, one deleted, one inserted, the tail cut off; each time the first bad entry is named.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { DATABASE_FILE, createAppCore } from '../../src/main/core/app-core'
import { memoryLogger } from '../../src/main/core/logger'
import { auditCommand } from '../../src/main/cli/commands/audit'
import { captureIo } from '../../src/main/cli/io'
import { main } from '../../src/main/cli/index'

let tmp: string
let pristine: string
let entries: number
let copies = 0

/** A fresh copy of the pristine data folder, so every tampering starts from an intact chain. */
function copyOfPristine(): string {
  copies += 1
  const dir = path.join(tmp, `copy-${copies}`)
  cpSync(pristine, dir, { recursive: true })
  return dir
}

function tamper(dir: string, sql: string, ...params: unknown[]): void {
  const sqlite = new Database(path.join(dir, DATABASE_FILE))
  try {
    sqlite.prepare(sql).run(...params)
  } finally {
    sqlite.close()
  }
}

async function verify(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo()
  const code = await auditCommand.run(['verify', '--data-dir', dir], io)
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') }
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cd-audit-cli-'))
  pristine = path.join(tmp, 'pristine')
  const core = await createAppCore({ dataDir: pristine, host: 'web', demo: true, demoPeople: 50, logger: memoryLogger() })
  try {
    const caller = (n: number) => ({ host: 'web' as const, sessionKey: `tab:audit-${n}` })
    for (const [n, policeNo, password] of [
      [1, '100001', 'demo-clerk-1'],
      [2, '100002', 'demo-clerk-2'],
      [3, '200001', 'demo-super-1']
    ] as const) {
      expect(await core.dispatch('session:signIn', { policeNo, password }, caller(n))).toMatchObject({ ok: true })
    }
    expect(await core.dispatch('session:lock', {}, caller(1))).toMatchObject({ ok: true })
    expect(await core.dispatch('session:signOut', {}, caller(2))).toMatchObject({ ok: true })
  } finally {
    core.close()
  }
  const sqlite = new Database(path.join(pristine, DATABASE_FILE), { readonly: true })
  entries = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number
  sqlite.close()
})

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

describe('audit verify', () => {
  it('reports an intact chain with its length and exits 0', async () => {
    expect(entries).toBeGreaterThanOrEqual(5)
    const result = await verify(copyOfPristine())
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`审计链完整：${entries} 条记录，OK`)
  })

  it('does not change the database it examines', async () => {
    const dir = copyOfPristine()
    const file = path.join(dir, DATABASE_FILE)
    const before = readFileSync(file)
    await verify(dir)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('names seq 2 when its action was edited, and exits 1', async () => {
    const dir = copyOfPristine()
    tamper(dir, "UPDATE audit_log SET action = 'operator.nothingHappened' WHERE seq = 2")
    const result = await verify(dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/审计链被篡改：第 2 条记录（edited）/)
    expect(result.stdout).not.toContain('OK')
  })

  it('names the first missing entry when a row was deleted', async () => {
    const dir = copyOfPristine()
    tamper(dir, 'DELETE FROM audit_log WHERE seq = 3')
    const result = await verify(dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/第 3 条记录（deleted）/)
  })

  it('notices the last entries being cut off (the chain head remembers the length)', async () => {
    const dir = copyOfPristine()
    tamper(dir, 'DELETE FROM audit_log WHERE seq = ?', entries)
    const result = await verify(dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(new RegExp(`第 ${entries} 条记录（deleted）`))
  })

  it('names a row whose link to the previous one was altered', async () => {
    const dir = copyOfPristine()
    tamper(dir, "UPDATE audit_log SET prev_hash = 'f'||substr(prev_hash, 2) WHERE seq = 4")
    const result = await verify(dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/第 4 条记录（edited）/)
  })

  it('runs through main, and refuses what it does not understand', async () => {
    const dir = copyOfPristine()
    const ok = captureIo()
    expect(await main(['audit', 'verify', `--data-dir=${dir}`], ok)).toBe(0)
    expect(ok.text()).toContain('OK')

    const missing = captureIo()
    expect(await main(['audit', 'verify', '--data-dir', path.join(tmp, 'no-such-dir')], missing)).toBe(1)
    expect(missing.stderr.join('\n')).toContain('未找到数据库文件')

    const env = process.env.COUNTERDESK_DATA_DIR
    process.env.COUNTERDESK_DATA_DIR = dir
    try {
      const fromEnv = captureIo()
      expect(await main(['audit', 'verify'], fromEnv)).toBe(0)
    } finally {
      if (env === undefined) delete process.env.COUNTERDESK_DATA_DIR
      else process.env.COUNTERDESK_DATA_DIR = env
    }

    for (const argv of [['audit'], ['audit', 'repair'], ['audit', 'verify', '--force'], ['audit', 'verify', '--data-dir']]) {
      const io = captureIo()
      expect(await main(argv, io), argv.join(' ')).toBe(2)
      expect(io.stderr.join('\n')).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
