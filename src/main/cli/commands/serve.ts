// `counterdesk serve`: the browser version. Creates the core on the data folder, serves the
// built renderer and the API on 127.0.0.1, prints where to go, and runs until Ctrl+C / SIGTERM.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createAppCore, type CoreOptions } from '../../core/app-core'
import type { AppCore, StartupReport } from '../../core/types'
import { roleName } from '../../core/demo'
import { roleSchema } from '../../../shared/contract/schemas'
import { startWebHost } from '../../web/server'
import type { WebHost } from '../../web/server'
import { UsageError, integerFlag, parseArgs, wantsHelp } from '../args'
import { startEmbeddedCentral, type EmbeddedCentral } from '../embedded-central'
import type { Command } from '../command'
import { EXIT_FAILURE, EXIT_OK, displayWidth, padDisplay, processIo } from '../io'
import type { CliIo } from '../io'
import { defaultRendererDir, findPackageRoot, packageVersion, resolveDataDir } from '../paths'

export const URL_LINE_PREFIX = 'COUNTERDESK_URL='

export const SERVE_USAGE = [
  '用法：counterdesk serve [--data-dir 目录] [--port 端口] [--no-demo] [--idle-lock-seconds 秒] [--renderer-dir 目录]',
  '',
  '启动浏览器版：只在本机 127.0.0.1 上提供界面和业务接口，地址中含本次启动的访问凭据。',
  '',
  '  --data-dir 目录            数据目录（默认：环境变量 COUNTERDESK_DATA_DIR，否则为当前目录下的 .data）',
  '  --port 端口                监听端口，0 表示任选一个空闲端口（默认 0）',
  '  --no-demo                  不创建演示账号和演示数据',
  '  --idle-lock-seconds 秒     无操作多少秒后自动锁屏（5–3600，默认按 workstation.json）',
  '  --renderer-dir 目录        界面文件目录（默认：out/renderer）',
  '  --central URL              连接已有的中心系统（首次须同时给出 --enrolment-code）',
  '  --enrolment-code 登记码    中心信息管理员签发的工作站登记码',
  '  --no-central               不连接中心（培训模式：演示数据只在本机）',
  '',
  '默认在本机另起一个参考中心进程（PGlite，数据在 <数据目录>/central），工作站从中心下载数据并同步。'
].join('\n')

const FLAGS = {
  'data-dir': 'string',
  port: 'string',
  'no-demo': 'boolean',
  'idle-lock-seconds': 'string',
  'renderer-dir': 'string',
  central: 'string',
  'enrolment-code': 'string',
  'no-central': 'boolean'
} as const

export interface ServeOptions {
  dataDir: string
  port: number
  demo: boolean
  idleLockSeconds: number | undefined
  rendererDir: string
  /** Size of the demo data set; tests use a small one. */
  demoPeople?: number
  /** embedded: a reference central child process; remote: an existing central; none: training mode. */
  central: { mode: 'embedded' } | { mode: 'remote'; url: string; enrolmentCode: string | null } | { mode: 'none' }
}

/** Validates the flags; throws UsageError (exit code 2) on anything unknown or out of range. */
export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServeOptions {
  const args = parseArgs(argv, FLAGS)
  const port = args.strings.get('port')
  const idle = args.strings.get('idle-lock-seconds')
  const rendererDir = args.strings.get('renderer-dir')
  return {
    dataDir: resolveDataDir(args.strings.get('data-dir'), env, cwd),
    port: port === undefined ? 0 : integerFlag(port, 'port', 0, 65535),
    demo: !args.booleans.has('no-demo'),
    idleLockSeconds: idle === undefined ? undefined : integerFlag(idle, 'idle-lock-seconds', 5, 3600),
    rendererDir: rendererDir === undefined ? defaultRendererDir() : path.resolve(cwd, rendererDir),
    central: centralChoice(args.strings.get('central'), args.strings.get('enrolment-code'), args.booleans.has('no-central'))
  }
}

function centralChoice(url: string | undefined, code: string | undefined, none: boolean): ServeOptions['central'] {
  if (none && (url !== undefined || code !== undefined)) throw new UsageError('--no-central 不能与 --central、--enrolment-code 同时使用')
  if (none) return { mode: 'none' }
  if (url !== undefined) {
    if (!/^https?:\/\//.test(url)) throw new UsageError(`参数 --central 应为 http(s):// 地址，收到：${url}`)
    return { mode: 'remote', url: url.replace(/\/+$/, ''), enrolmentCode: code ?? null }
  }
  if (code !== undefined) throw new UsageError('--enrolment-code 须与 --central 一起使用')
  return { mode: 'embedded' }
}

export interface RunningServe {
  host: WebHost
  core: AppCore
  /** Closes the server, then the core. Safe to call twice. */
  stop(): Promise<void>
}

/** Starts core and web host and prints the banner; null (after saying why on stderr) on failure. */
export async function startServe(options: ServeOptions, io: CliIo): Promise<RunningServe | null> {
  if (!existsSync(path.join(options.rendererDir, 'index.html'))) {
    io.err(`未找到界面文件：${path.join(options.rendererDir, 'index.html')}`)
    io.err('请先构建（npm run build），或用 --renderer-dir 指定界面文件目录。')
    return null
  }
  let embedded: EmbeddedCentral | null = null
  let core: AppCore
  try {
    let sync: CoreOptions['sync'] = undefined
    if (options.central.mode === 'embedded') {
      const root = findPackageRoot()
      if (root === null) throw new Error('找不到程序目录，无法启动参考中心')
      embedded = await startEmbeddedCentral({ packageRoot: root, dataDir: options.dataDir, demoPeople: options.demoPeople, onSms: (line) => io.out(line) })
      const central = embedded
      sync = { enrol: { centralUrl: central.url, enrolmentCode: await central.issueCode() } }
    } else if (options.central.mode === 'remote') {
      sync = options.central.enrolmentCode === null ? {} : { enrol: { centralUrl: options.central.url, enrolmentCode: options.central.enrolmentCode } }
    }
    core = await createAppCore({
      dataDir: options.dataDir,
      host: 'web',
      demo: options.demo,
      ...(options.demoPeople !== undefined ? { demoPeople: options.demoPeople } : {}),
      config: options.idleLockSeconds !== undefined ? { idleLockSeconds: options.idleLockSeconds } : undefined,
      version: packageVersion(findPackageRoot()),
      sync
    })
    if (sync !== undefined && core.sync.store.enrolment() === null) {
      throw new Error('工作站尚未登记到中心：首次连接须用 --enrolment-code 给出登记码')
    }
    // The first exchange (a bootstrap on a new workstation) before the address is printed, so the
    // clerk's first search finds the data; offline, the app starts anyway and says so.
    if (sync !== undefined) await core.sync.syncNow().catch(() => undefined)
  } catch (error) {
    await embedded?.stop()
    io.err(`启动失败：数据目录 ${options.dataDir}`)
    io.err(`原因：${error instanceof Error ? error.message : String(error)}`)
    return null
  }
  let host: WebHost
  try {
    host = await startWebHost({ core, rendererDir: options.rendererDir, port: options.port })
  } catch (error) {
    await core.shutdown()
    await embedded?.stop()
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') io.err(`启动失败：端口 ${options.port} 已被占用。请换一个端口（--port），或用 --port 0 任选空闲端口。`)
    else if (code === 'EACCES') io.err(`启动失败：没有权限使用端口 ${options.port}。请换一个端口（--port）。`)
    else io.err(`启动失败：${error instanceof Error ? error.message : String(error)}`)
    return null
  }
  const examples = embedded?.demoExamples ?? core.startup.demoExamples
  for (const line of banner(host.url, { ...core.startup, demoExamples: examples }, embedded)) io.out(line)
  let stopping: Promise<void> | undefined
  const stop = (): Promise<void> =>
    (stopping ??= host
      .close()
      .then(() => core.shutdown())
      .finally(() => embedded?.stop()))
  return { host, core, stop }
}

/** First line for scripts and tests, then the block for the person who started the program. */
export function banner(url: string, startup: StartupReport, central: Pick<EmbeddedCentral, 'url' | 'pid' | 'dataDir'> | null = null): string[] {
  const lines = [
    `${URL_LINE_PREFIX}${url}`,
    '',
    '交管窗口业务终端 · 浏览器版已启动',
    '请在本机浏览器中打开以下地址（含本次启动的访问凭据，请勿转发他人）：',
    `  ${url}`,
    '',
    `数据目录：${startup.dataDir}`
  ]
  if (startup.demoAccounts.length > 0) {
    const rows = [
      ['警号', '密码', '姓名', '岗位'],
      ...startup.demoAccounts.map((a) => {
        const role = roleSchema.safeParse(a.role)
        return [a.policeNo, a.password, a.name, role.success ? roleName(role.data) : a.role]
      })
    ]
    const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => displayWidth(row[col] ?? ''))) + 3)
    lines.push('', '演示账号，仅供演示（密码公开，正式使用前必须停用）：')
    for (const row of rows) {
      lines.push('  ' + row.map((cell, col) => (col < 3 ? padDisplay(cell, widths[col] ?? 0) : cell)).join('').trimEnd())
    }
  }
  if (startup.demoExamples.length > 0) {
    lines.push('', '演示数据查询示例（在查询框中输入）：')
    for (const example of startup.demoExamples) lines.push(`  ${example.label}：${example.key}`)
  }
  if (central !== null) {
    lines.push(
      '',
      `参考中心（演示用，PGlite）：${central.url}，进程号 ${central.pid}，数据目录 ${central.dataDir}`,
      `  模拟断网：kill ${central.pid}；恢复：COUNTERDESK_DATA_DIR=${path.dirname(central.dataDir)} npm run central`,
      `  模拟其他渠道（12123缴款、新违法、其他窗口）：COUNTERDESK_DATA_DIR=${path.dirname(central.dataDir)} npm run simulate`
    )
  }
  lines.push('', '按 Ctrl+C 停止。')
  return lines
}

/** Resolves on the first SIGINT or SIGTERM; dispose() removes the listeners. */
export function waitForStopSignal(): { stopped: Promise<NodeJS.Signals>; dispose(): void } {
  let onSignal: ((signal: NodeJS.Signals) => void) | undefined
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    onSignal = (signal) => resolve(signal)
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
  })
  return {
    stopped,
    dispose() {
      if (onSignal === undefined) return
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}

/** Runs until `until` settles (by default: SIGINT/SIGTERM), then shuts down cleanly. */
export async function runServe(options: ServeOptions, io: CliIo, until?: Promise<unknown>): Promise<number> {
  const signal = until === undefined ? waitForStopSignal() : undefined
  try {
    const running = await startServe(options, io)
    if (running === null) return EXIT_FAILURE
    await (until ?? signal?.stopped)
    io.err('正在停止……')
    await running.stop()
    io.err('已停止。')
    return EXIT_OK
  } finally {
    signal?.dispose()
  }
}

export const serveCommand: Command = {
  name: 'serve',
  summary: '启动浏览器版（仅本机 127.0.0.1）',
  usage: SERVE_USAGE,
  async run(argv, io = processIo) {
    if (wantsHelp(argv)) {
      io.out(SERVE_USAGE)
      return EXIT_OK
    }
    return runServe(parseServeArgs(argv), io)
  }
}
