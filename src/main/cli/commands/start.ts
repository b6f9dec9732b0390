// `counterdesk start` (what `npm start` runs): the desktop app when the Electron runtime was
// downloaded, otherwise the browser version with the same arguments.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { wantsHelp } from '../args'
import type { Command } from '../command'
import { EXIT_FAILURE, EXIT_OK, processIo } from '../io'
import type { CliIo } from '../io'
import { findElectronBinary, findPackageRoot } from '../paths'
import { SERVE_USAGE, parseServeArgs, runServe } from './serve'

export const ELECTRON_MISSING_NOTICE = '未找到 Electron 运行时，改为启动浏览器版（web host）。'

export const START_USAGE = [
  '用法：counterdesk start [与 serve 相同的参数]',
  '',
  '已安装 Electron 运行时则启动桌面版；否则启动浏览器版（等同于 counterdesk serve）。',
  '以下参数只对浏览器版有效：',
  '',
  SERVE_USAGE.split('\n').slice(4).join('\n')
].join('\n')

/** Runs the Electron binary on the package root (so it loads out/main/index.js) until it exits. */
export function runElectron(binary: string, root: string, io: CliIo): Promise<number> {
  if (!existsSync(path.join(root, 'out', 'main', 'index.js'))) {
    io.err('未找到桌面版主程序 out/main/index.js，请先构建（npm run build）。')
    return Promise.resolve(EXIT_FAILURE)
  }
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE // would make the binary a plain Node and ignore the app
  return new Promise((resolve) => {
    const child = spawn(binary, [root], { stdio: 'inherit', env, windowsHide: false })
    const forward = (signal: NodeJS.Signals): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    }
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    const done = (code: number): void => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code)
    }
    child.once('error', (error) => {
      io.err(`无法启动 Electron：${error.message}`)
      done(EXIT_FAILURE)
    })
    child.once('exit', (code, signal) => done(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? EXIT_OK : EXIT_FAILURE)))
  })
}

export const startCommand: Command = {
  name: 'start',
  summary: '启动程序：有 Electron 运行时则为桌面版，否则为浏览器版',
  usage: START_USAGE,
  async run(argv, io = processIo) {
    if (wantsHelp(argv)) {
      io.out(START_USAGE)
      return EXIT_OK
    }
    // Validate first, so a mistyped flag is reported the same way whichever version would start.
    const options = parseServeArgs(argv)
    const root = findPackageRoot()
    // COUNTERDESK_NO_ELECTRON=1 forces the browser version, e.g. on a desktop with Electron installed.
    const forcedWeb = process.env.COUNTERDESK_NO_ELECTRON === '1'
    const binary = root === null || forcedWeb ? null : findElectronBinary(root)
    if (root !== null && binary !== null) {
      if (argv.length > 0) io.err('提示：桌面版不使用命令行参数（数据保存在系统的用户数据目录中），已忽略。')
      return runElectron(binary, root, io)
    }
    // stderr, so that stdout still starts with the COUNTERDESK_URL= line scripts look for.
    io.err(ELECTRON_MISSING_NOTICE)
    return runServe(options, io)
  }
}
