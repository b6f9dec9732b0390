// Starts and stops one web host (`node bin/counterdesk.mjs serve`) on its own data folder.
// Start-up is event-driven: we read the host's stdout line by line and resolve as soon as it prints
// `COUNTERDESK_URL=http://127.0.0.1:<port>/#token=<token>`; an early exit, a spawn error or a
// timeout rejects with the host's own stderr, so a broken start explains itself in the report.
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

export const REPO_ROOT = path.resolve(__dirname, '..', '..')
const LAUNCHER = path.join(REPO_ROOT, 'bin', 'counterdesk.mjs')
export const DATABASE_FILE = 'counterdesk.sqlite'

/** The one line the host prints for whoever started it (src/main/cli/commands/serve.ts). */
const URL_LINE = /^COUNTERDESK_URL=(http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))\s*$/

/** Keep the tail of a chatty stream only: enough to explain a failure, bounded in memory. */
const MAX_LOG_CHARS = 64 * 1024

export interface HostOptions {
  /** `--idle-lock-seconds S`: main locks an idle session after S seconds. */
  idleLockSeconds?: number
  /** `--no-demo`: no demo operators and no demo data. */
  demo?: boolean
  /** How long the host may take to print its address (seeding the demo data included). */
  startTimeoutMs?: number
  /**
   * true: the default of `serve`, a reference central child process the workstation bootstraps
   * from and syncs with. Otherwise `--no-central` (training mode, demo data seeded locally).
   */
  central?: boolean
}

export interface WebHost {
  /** The address exactly as printed, with `#token=…`: what a clerk would open. */
  readonly url: string
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  readonly port: number
  readonly token: string
  readonly dataDir: string
  readonly databaseFile: string
  readonly pid: number
  /** Everything the host printed so far (tails), for failure reports. */
  logs(): { stdout: string; stderr: string }
  /** Whether the process is still running (a crash mid-test shows up here). */
  running(): boolean
  /** SIGTERM to the host's process group, SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>
}

type HostProcess = ChildProcessByStdio<null, Readable, Readable>

function appendTail(current: string, chunk: string): string {
  const next = current + chunk
  return next.length > MAX_LOG_CHARS ? next.slice(next.length - MAX_LOG_CHARS) : next
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal !== null ? `was killed by ${signal}` : `exited with code ${String(code)}`
}

export async function startWebHost(dataDir: string, options: HostOptions = {}): Promise<WebHost> {
  const args = [LAUNCHER, 'serve', '--data-dir', dataDir, '--port', '0']
  if (options.idleLockSeconds !== undefined) args.push('--idle-lock-seconds', String(options.idleLockSeconds))
  if (options.demo === false) args.push('--no-demo')
  if (options.central !== true) args.push('--no-central')
  const timeoutMs = options.startTimeoutMs ?? 45_000

  // Own process group (detached), so stopping it also stops anything the launcher started.
  const child: HostProcess = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  })
  const pid = child.pid
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr = appendTail(stderr, chunk)
  })

  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal }
      resolve()
    })
  })
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity })

  const logs = (): { stdout: string; stderr: string } => ({ stdout, stderr })
  const running = (): boolean => exitInfo === null

  const killGroup = (signal: NodeJS.Signals): void => {
    if (pid === undefined || !running()) return
    try {
      process.kill(-pid, signal)
    } catch {
      // The group is already gone.
    }
  }

  const stop = async (graceMs = 5_000): Promise<void> => {
    if (!running()) return
    killGroup('SIGTERM')
    let timer: NodeJS.Timeout | undefined
    const gaveUp = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), graceMs)
    })
    const outcome = await Promise.race([exited.then(() => 'exited' as const), gaveUp])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      killGroup('SIGKILL')
      await exited
    }
  }

  const explain = (what: string): Error =>
    new Error(
      `web host ${what}\n` +
        `command: ${process.execPath} ${args.join(' ')}\n` +
        `--- stderr ---\n${stderr.trim() || '(empty)'}\n--- stdout ---\n${stdout.trim() || '(empty)'}`
    )

  const address = await new Promise<{ url: string; port: number; token: string }>((resolve, reject) => {
    let settled = false
    const settle = (fn: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      fn()
    }
    const timer = setTimeout(() => {
      settle(() => reject(explain(`printed no COUNTERDESK_URL= line within ${timeoutMs} ms`)))
    }, timeoutMs)
    lines.on('line', (line) => {
      stdout = appendTail(stdout, line + '\n')
      const match = URL_LINE.exec(line)
      if (match !== null) {
        settle(() => resolve({ url: match[1] ?? '', port: Number(match[2]), token: match[3] ?? '' }))
      }
    })
    child.once('error', (error) => settle(() => reject(explain(`could not be started: ${error.message}`))))
    void exited.then(() => {
      // Let the last stderr chunk arrive before quoting it.
      setImmediate(() => {
        const info = exitInfo ?? { code: null, signal: null }
        settle(() => reject(explain(`${describeExit(info.code, info.signal)} before printing its address`)))
      })
    })
  }).catch(async (error: unknown) => {
    await stop(1_000)
    throw error
  })

  return {
    url: address.url,
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    token: address.token,
    dataDir,
    databaseFile: path.join(dataDir, DATABASE_FILE),
    pid: pid ?? -1,
    logs,
    running,
    stop
  }
}

/**
 * A key of the demo data the host printed under 演示数据查询示例, by its label, e.g.
 * demoExample(host, '有未处理违法记录的车辆（号牌）') → '粤BH8P92'.
 */
export function demoExample(host: WebHost, label: string): string {
  const line = host
    .logs()
    .stdout.split('\n')
    .find((l) => l.trim().startsWith(`${label}：`))
  if (line === undefined) throw new Error(`The host printed no demo example "${label}".\n--- stdout ---\n${host.logs().stdout}`)
  return line.trim().slice(label.length + 1)
}
