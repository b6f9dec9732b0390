// What `npm start` does on a fresh machine, through the real serve code: an embedded reference
// central child process (PGlite), enrolment with a one-time code, bootstrap, and the banner. Then
// "pulling the network": the central process is killed, the workstation shows offline and queues
// an action; central is started again by its own command on the same port and data, and the
// action applies with a definitive decision number.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { captureIo } from '../../src/main/cli/io'
import { startServe, type RunningServe } from '../../src/main/cli/commands/serve'
import { CENTRAL_URL_PREFIX } from '../../src/main/cli/commands/central'
import type { CallerContext } from '../../src/main/core/types'
import type { ProcessResult, SearchResult, SyncStatusDto, PersonView } from '../../src/shared/contract'

const repoRoot = path.resolve(__dirname, '../..')

describe('npm start: the workstation with its embedded reference central', () => {
  let tmp: string
  let running: RunningServe
  let banner: string
  let restarted: ChildProcess | null = null
  const caller: CallerContext = { host: 'web', sessionKey: 'tab-embedded' }

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'cd-embedded-'))
    const rendererDir = path.join(tmp, 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>测试</title>')
    const io = captureIo()
    const started = await startServe(
      { dataDir: path.join(tmp, 'data'), port: 0, demo: true, idleLockSeconds: undefined, rendererDir, demoPeople: 60, central: { mode: 'embedded' } },
      io
    )
    if (started === null) throw new Error(io.stderr.join('\n'))
    running = started
    banner = io.stdout.join('\n')
  }, 180_000)

  afterAll(async () => {
    restarted?.kill('SIGTERM')
    await running?.stop()
    rmSync(tmp, { recursive: true, force: true })
  })

  async function call<T>(channel: string, input: unknown = {}): Promise<T> {
    const r = await running.core.dispatch(channel, input, caller)
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
    return r.value as T
  }

  it('prints central, its pid and how to stop and restart it, and the demo keys found in the downloaded data', async () => {
    expect(banner).toMatch(/参考中心（演示用，PGlite）：http:\/\/127\.0\.0\.1:\d+，进程号 \d+/)
    expect(banner).toContain('npm run central')
    await call('session:signIn', { policeNo: '100001', password: 'demo-clerk-1' })
    expect((await call<SyncStatusDto>('sync:status')).state).toBe('online')
    const key = /有未处理违法记录的车辆（号牌）：(\S+)/.exec(banner)?.[1]
    expect(key).toBeDefined()
    const found = await call<SearchResult>('search:lookup', { query: key })
    expect(found.people.length).toBeGreaterThan(0)
  })

  it('offline when central is killed; the action queues and applies when central is back', async () => {
    const pid = Number(/进程号 (\d+)/.exec(banner)?.[1])
    const centralUrl = /参考中心（演示用，PGlite）：(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!
    process.kill(pid, 'SIGTERM')
    await expect.poll(async () => (await call<SyncStatusDto>('sync:now')).state, { timeout: 20_000 }).toBe('offline')

    const key = /有未处理违法记录的车辆（号牌）：(\S+)/.exec(banner)![1]!
    const person = (await call<SearchResult>('search:lookup', { query: key })).people[0]!
    const view = await call<PersonView>('person:open', { personId: person.personId })
    const target = view.violations.find((v) => v.status === 'unprocessed' && v.verdicts.window.allowed)
    expect(target).toBeDefined()
    const done = await call<ProcessResult>('violation:process', { violationId: target!.id, personId: person.personId, confirmed: ['WILL_REACH_12'] })
    expect(done.provisional).toBe(true)
    expect((await call<SyncStatusDto>('sync:status')).pending).toBeGreaterThan(0)

    // `npm run central` on the same data folder: same port, same data.
    restarted = spawn(process.execPath, [path.join(repoRoot, 'bin', 'counterdesk.mjs'), 'central', 'serve', '--data-dir', path.join(tmp, 'data', 'central'), '--demo'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: restarted!.stdout! }).on('line', (line) => line.startsWith(CENTRAL_URL_PREFIX) && resolve(line.slice(CENTRAL_URL_PREFIX.length)))
      restarted!.once('exit', (code) => reject(new Error(`central exited ${code}`)))
    })
    expect(url).toBe(centralUrl)
    await expect.poll(async () => (await call<SyncStatusDto>('sync:now')).state, { timeout: 30_000 }).toBe('online')
    const status = await call<SyncStatusDto>('sync:status')
    expect(status.pending).toBe(0)
    const after = await call<PersonView>('person:open', { personId: person.personId })
    const row = after.violations.find((v) => v.id === target!.id)
    expect(row?.decisionNo).toMatch(/^\d{16}$/)
  }, 120_000)
})
