// A subcommand: `counterdesk <name> …`. run returns the exit code (0 done, 1 failed, 2 usage).
import type { CliIo } from './io'

export interface Command {
  name: string
  summary: string
  /** Full help text; commands without it are described by their summary. */
  usage?: string
  run(argv: string[], io?: CliIo): Promise<number>
}
