// `counterdesk serve`: the browser version. Creates the core on the data folder, serves the
// built renderer and the API on 127.0.0.1, prints where to go, and runs until Ctrl+C / SIGTERM.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createAppCore } from '../../core/app-core'
import type { AppCore, StartupReport } from '../../core/types'
import { roleName } from '../../core/demo'
import { roleSchema } from '../../../shared/contract/schemas'
import { startWebHost } from '../../web/server'
import type { WebHost } from '../../web/server'
import { integerFlag, parseArgs, wantsHelp } from '../args'
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
  '  --renderer-dir 目录        界面文件目录（默认：out/renderer）'
].join('\n')

const FLAGS = {
  'data-dir': 'string',
  port: 'string',
  'no-demo': 'boolean',
  'idle-lock-seconds': 'string',
  'renderer-dir': 'string'
} as const

export interface ServeOptions {
  dataDir: string
  port: number
  demo: boolean
  idleLockSeconds: number | undefined
  rendererDir: string
  /** Size of the demo data set; tests use a small one. */
  demoPeople?: number
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
    rendererDir: rendererDir === undefined ? defaultRendererDir() : path.resolve(cwd, rendererDir)
  }
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
  let core: AppCore
  try {
    core = await createAppCore({
      dataDir: options.dataDir,
      host: 'web',
      demo: options.demo,
      ...(options.demoPeople !== undefined ? { demoPeople: options.demoPeople } : {}),
      config: options.idleLockSeconds !== undefined ? { idleLockSeconds: options.idleLockSeconds } : undefined,
      version: packageVersion(findPackageRoot())
    })
  } catch (error) {
    io.err(`启动失败：无法打开数据目录 ${options.dataDir}`)
    io.err(`原因：${error instanceof Error ? error.message : String(error)}`)
    return null
  }
  let host: WebHost
  try {
    host = await startWebHost({ core, rendererDir: options.rendererDir, port: options.port })
  } catch (error) {
    core.close()
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') io.err(`启动失败：端口 ${options.port} 已被占用。请换一个端口（--port），或用 --port 0 任选空闲端口。`)
    else if (code === 'EACCES') io.err(`启动失败：没有权限使用端口 ${options.port}。请换一个端口（--port）。`)
    else io.err(`启动失败：${error instanceof Error ? error.message : String(error)}`)
    return null
  }
  for (const line of banner(host.url, core.startup)) io.out(line)
  let stopping: Promise<void> | undefined
  const stop = (): Promise<void> =>
    (stopping ??= host.close().finally(() => {
      core.close()
    }))
  return { host, core, stop }
}

/** First line for scripts and tests, then the block for the person who started the program. */
export function banner(url: string, startup: StartupReport): string[] {
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
