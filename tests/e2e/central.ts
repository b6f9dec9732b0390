// The reference central that a central-backed web host (`serve` without --no-central) runs beside
// the workstation, as a child process on PGlite in <data>/central. Where it listens and its process
// id come from the banner the host printed; stopping it is exactly "the network is gone" for the
// desk, and `counterdesk central serve --data-dir <data>/central --port <its port>` brings it back
// with the same data. `startAside()` runs it on another port, where the desk cannot see it, so a
// test can change central behind the desk's back (another window processing the same record).
// Centrals started here run in their own process groups; `dispose()` (the fixture) stops them.
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { REPO_ROOT, type WebHost } from './web-host'

const LAUNCHER = path.join(REPO_ROOT, 'bin', 'counterdesk.mjs')
/** src/main/cli/commands/serve.ts, banner(): 参考中心（演示用，PGlite）：<url>，进程号 <pid>，数据目录 <dir> */
const BANNER_LINE = /^参考中心[^：]*：(http:\/\/127\.0\.0\.1:(\d+))，进程号 (\d+)，数据目录 (.+)$/m
/** src/main/cli/commands/central.ts */
const URL_LINE = /^COUNTERDESK_CENTRAL_URL=(\S+)\s*$/

type CentralProcess = ChildProcessByStdio<null, Readable, Readable>

export interface CentralAside {
  readonly url: string
  stop(): Promise<void>
}

export interface Central {
  /** Where the desk looks for central. */
  readonly url: string
  readonly dataDir: string
  /** SIGTERM to central; resolves once its port refuses connections. */
  stop(): Promise<void>
  /** Starts central again on its data folder and the desk's port; resolves once it listens. */
  restart(): Promise<void>
  /** Starts central on a free port the desk does not know; stop it before restart(). */
  startAside(): Promise<CentralAside>
  /**
   * The last verification code central's reference SMS gateway sent to `phone` (it logs codes
   * instead of sending them), read through central's admin route; waits up to 10 s for one.
   */
  smsCode(phone: string): Promise<string>
  /** Every message the gateway sent to `phone` since central started, newest first. */
  smsMessages(phone: string): Promise<{ kind: 'code' | 'notice'; text: string; code?: string }[]>
  /** Stops every central this module started. Safe to call twice. */
  dispose(): Promise<void>
}

async function refusesConnections(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) })
    return false
  } catch {
    return true
  }
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`gave up waiting ${timeoutMs} ms for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function exited(child: CentralProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

/** SIGTERM to the child's process group, SIGKILL after 5 s; resolves when it has exited. */
async function stopChild(child: CentralProcess): Promise<void> {
  if (exited(child)) return
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const group = child.pid ?? 0
  try {
    process.kill(-group, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-group, 'SIGKILL')
    } catch {
      // Gone meanwhile.
    }
  }, 5_000)
  await gone
  clearTimeout(timer)
}

/** Starts `central serve` in its own process group and resolves with the address it prints. */
async function startCentral(dataDir: string, port: number): Promise<{ child: CentralProcess; url: string }> {
  const child: CentralProcess = spawn(
    process.execPath,
    [LAUNCHER, 'central', 'serve', '--data-dir', dataDir, '--port', String(port)],
    { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true }
  )
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4_000)
  })
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`central did not start within 60 s\n${stderr}`)), 60_000)
    createInterface({ input: child.stdout }).on('line', (line) => {
      const found = URL_LINE.exec(line)
      if (found === null) return
      clearTimeout(timer)
      resolve(found[1] ?? '')
    })
    child.once('exit', () => {
      clearTimeout(timer)
      reject(new Error(`central exited before listening\n${stderr}`))
    })
  }).catch(async (error: unknown) => {
    await stopChild(child)
    throw error
  })
  return { child, url }
}

/** Reads the banner of `host` (which must have been started with `central: true`). */
export async function centralOf(host: WebHost): Promise<Central> {
  // The banner follows the address line the host fixture waited for; it may still be arriving.
  let match: RegExpExecArray | null = null
  await waitFor('the 参考中心 line of the banner', () => (match = BANNER_LINE.exec(host.logs().stdout)) !== null, 10_000).catch(() => {
    throw new Error(
      'The web host printed no 参考中心 line: start it with test.use({ hostOptions: { central: true } }).\n' +
        `--- stdout ---\n${host.logs().stdout}`
    )
  })
  const [, url = '', portText = '', pidText = '', dirText = ''] = match ?? []
  const port = Number(portText)
  const dataDir = dirText.trim()
  /** The process serving the desk's address: the host's child at first, ours after a restart. */
  let current: { pid: number } | { child: CentralProcess } = { pid: Number(pidText) }
  const started: CentralProcess[] = []

  const stop = async (): Promise<void> => {
    if ('child' in current) await stopChild(current.child)
    else {
      try {
        process.kill(current.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
    await waitFor(`central to stop listening on ${url}`, () => refusesConnections(url), 15_000)
  }

  const restart = async (): Promise<void> => {
    const { child, url: listening } = await startCentral(dataDir, port)
    started.push(child)
    if (listening !== url) throw new Error(`central came back on ${listening}, not on ${url}`)
    current = { child }
  }

  const startAside = async (): Promise<CentralAside> => {
    const { child, url: aside } = await startCentral(dataDir, 0)
    started.push(child)
    return { url: aside, stop: () => stopChild(child) }
  }

  const dispose = async (): Promise<void> => {
    await Promise.all(started.map((child) => stopChild(child)))
  }

  const smsMessages = async (phone: string): Promise<{ kind: 'code' | 'notice'; text: string; code?: string }[]> => {
    const { adminToken } = JSON.parse(readFileSync(path.join(dataDir, 'central.json'), 'utf8')) as { adminToken: string }
    const response = await fetch(`${url}/admin/v1/sms-log?phone=${encodeURIComponent(phone)}`, { headers: { authorization: `Bearer ${adminToken}` } })
    if (!response.ok) throw new Error(`central's SMS log answered HTTP ${response.status}`)
    return ((await response.json()) as { messages: { kind: 'code' | 'notice'; text: string; code?: string }[] }).messages
  }

  const smsCode = async (phone: string): Promise<string> => {
    let code: string | undefined
    await waitFor(`a verification code sent to ${phone}`, async () => (code = (await smsMessages(phone)).find((m) => m.kind === 'code')?.code) !== undefined, 10_000)
    return code!
  }

  return { url, dataDir, stop, restart, startAside, smsCode, smsMessages, dispose }
}
