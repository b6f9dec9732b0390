// The parent's side of crash-workstation.ts: starts the child with tsx, reads its event lines, and
// ends it with SIGKILL (after a delay, or when it killed itself at an armed point). What the
// child reported as saved is what the clerk saw on screen; that is what must reach central.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

export type CrashPoint = 'enqueue' | 'push' | 'pull' | 'saved' | 'enrol'

export interface SavedAction {
  commandId: string
  decisionId: string
  violationId: string
}

export interface ChildRun {
  saved: SavedAction[]
  refused: { violationId: string; code: string }[]
  /** The armed point the child killed itself at, or null when the parent's timer killed it. */
  crashedAt: CrashPoint | null
  /** How the child ended: 'SIGKILL' for every run of these tests. */
  signal: NodeJS.Signals | null
  exitCode: number | null
  sawReady: boolean
  stderr: string
}

export interface ChildRunOptions {
  dataDir: string
  centralUrl: string
  enrolmentCode?: string
  targets: { violationId: string; personId: string }[]
  /** Kill point armed inside the child, and which occurrence of it fires. */
  point?: CrashPoint
  at?: number
  /** The parent kills this long after READY (a random point in the loop), if still alive. */
  killAfterReadyMs: number
  /** Give up on a child that never becomes ready (a start that hangs is a failure). */
  readyTimeoutMs?: number
}

const SCRIPT = path.join(__dirname, 'crash-workstation.ts')
const REPO_ROOT = path.resolve(__dirname, '../../..')

export function runChildWorkstation(options: ChildRunOptions): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      CRASH_DATA_DIR: options.dataDir,
      CRASH_CENTRAL_URL: options.centralUrl,
      CRASH_ENROLMENT_CODE: options.enrolmentCode ?? '',
      CRASH_TARGETS: JSON.stringify(options.targets),
      CRASH_POINT: options.point ?? '',
      CRASH_AT: String(options.at ?? 1)
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const run: ChildRun = { saved: [], refused: [], crashedAt: null, signal: null, exitCode: null, sawReady: false, stderr: '' }
  const timers: NodeJS.Timeout[] = []
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    run.stderr += chunk
  })
  const lines = createInterface({ input: child.stdout })
  lines.on('line', (line) => {
    const space = line.indexOf(' ')
    const word = space < 0 ? line : line.slice(0, space)
    const rest = space < 0 ? '' : line.slice(space + 1)
    if (word === 'READY') {
      run.sawReady = true
      timers.push(setTimeout(kill, options.killAfterReadyMs))
    } else if (word === 'SAVED') run.saved.push(JSON.parse(rest) as SavedAction)
    else if (word === 'REFUSED') {
      const [violationId = '', code = ''] = rest.split(' ')
      run.refused.push({ violationId, code })
    } else if (word === 'CRASH') run.crashedAt = rest as CrashPoint
  })
  timers.push(setTimeout(() => (run.sawReady ? undefined : kill()), options.readyTimeoutMs ?? 30_000))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    // 'close' comes after stdout has ended, so every line printed before the kill is counted.
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout)
      run.exitCode = code
      run.signal = signal
      resolve(run)
    })
  })
}
