// The `counterdesk` command line. Built by electron-vite into out/main/cli.js (CommonJS) and
// called by bin/counterdesk.mjs; importing this module runs nothing.
import { UsageError } from './args'
import type { Command } from './command'
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, displayWidth, padDisplay, processIo } from './io'
import type { CliIo } from './io'
import { findPackageRoot, packageVersion } from './paths'
import { auditCommand } from './commands/audit'
import { rulesCommand } from './commands/rules'
import { seedCommand } from './commands/seed'
import { serveCommand } from './commands/serve'
import { startCommand } from './commands/start'
import { centralCommand } from './commands/central'

export const COMMANDS: readonly Command[] = [startCommand, serveCommand, centralCommand, seedCommand, auditCommand, rulesCommand]

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => displayWidth(c.name))) + 4
  return [
    '交管窗口业务终端 Counterdesk',
    '',
    '用法：counterdesk <命令> [参数]',
    '',
    '命令：',
    ...COMMANDS.map((c) => `  ${padDisplay(c.name, width)}${c.summary}`),
    `  ${padDisplay('help', width)}显示本帮助；help <命令> 显示该命令的参数`,
    '',
    '运行 counterdesk <命令> --help 查看该命令的参数。'
  ].join('\n')
}

function commandHelp(command: Command): string {
  return command.usage ?? `counterdesk ${command.name}：${command.summary}\n运行 counterdesk ${command.name} --help 查看参数。`
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined) {
    io.err(helpText())
    return EXIT_USAGE
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0])
    if (rest[0] !== undefined && topic === undefined) {
      io.err(`未知的命令：${rest[0]}`)
      return EXIT_USAGE
    }
    io.out(topic === undefined ? helpText() : commandHelp(topic))
    return EXIT_OK
  }
  if (name === '--version' || name === '-v') {
    io.out(packageVersion(findPackageRoot()) ?? 'unknown')
    return EXIT_OK
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (command === undefined) {
    io.err(name.startsWith('-') ? `未知的参数：${name}` : `未知的命令：${name}`)
    io.err('运行 counterdesk --help 查看可用命令。')
    return EXIT_USAGE
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message)
      io.err(`运行 counterdesk ${command.name} --help 查看可用参数。`)
      return EXIT_USAGE
    }
    io.err(`出错：${error instanceof Error ? error.message : String(error)}`)
    return EXIT_FAILURE
  }
}
