// A workstation as the hosts build it: the real createAppCore on its own data folder, enrolled
// with the benchmark central by an enrolment code, a clerk signed in; calls go through
// core.dispatch exactly as the Electron and web hosts make them.
import { mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createAppCore } from '../../src/main/core/app-core'
import { memoryLogger } from '../../src/main/core/logger'
import type { AppCore, CallerContext } from '../../src/main/core/types'
import type { SyncEngineOptions } from '../../src/main/sync/engine'
import type { BenchCentral } from './central-child'

export interface BenchWorkstation {
  core: AppCore
  caller: CallerContext
  databaseFile: string
  call<T>(channel: string, input?: unknown): Promise<T>
  close(): Promise<void>
}

export type EngineOptions = Partial<Omit<SyncEngineOptions, 'sqlite' | 'databaseFile' | 'env' | 'clock' | 'timeZone'>>

export async function startBenchWorkstation(central: BenchCentral, workDir: string, name: string, engine: EngineOptions): Promise<BenchWorkstation> {
  const dataDir = mkdtempSync(path.join(workDir, `${name}-`))
  const logger = memoryLogger()
  const core = await createAppCore({
    dataDir,
    host: 'web',
    demo: true,
    logger,
    config: { regionCode: '440305', idleLockSeconds: 3600 },
    sync: { enrol: { centralUrl: central.url, enrolmentCode: await central.issueCode('window') }, engine }
  })
  const caller: CallerContext = { host: 'web', sessionKey: `bench-${name}` }
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = (await core.dispatch(channel, input, caller)) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message} ${JSON.stringify(logger.lines.at(-1) ?? null)}`)
    return r.value
  }
  await call('session:signIn', { policeNo: '100001', password: 'demo-clerk-1' })
  return {
    core,
    caller,
    databaseFile: core.startup.databaseFile,
    call,
    async close() {
      await core.shutdown()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

export async function waitFor(what: string, test: () => boolean, timeoutMs: number, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}
