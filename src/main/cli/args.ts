// A small, strict flag parser: `--name value`, `--name=value` and boolean `--flag`. Anything
// it does not know is a UsageError with a Chinese message, which main turns into exit code 2.
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export type FlagKind = 'string' | 'boolean'

export interface ParsedArgs {
  strings: Map<string, string>
  booleans: Set<string>
  positionals: string[]
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, FlagKind>>, maxPositionals = 0): ParsedArgs {
  const parsed: ParsedArgs = { strings: new Map(), booleans: new Set(), positionals: [] }
  const seen = new Set<string>()
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? ''
    if (!arg.startsWith('-') || arg === '-') {
      if (parsed.positionals.length >= maxPositionals) throw new UsageError(`多余的参数：${arg}`)
      parsed.positionals.push(arg)
      continue
    }
    if (!arg.startsWith('--')) throw new UsageError(`未知的参数：${arg}`)
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    const kind = spec[name]
    if (kind === undefined) throw new UsageError(`未知的参数：--${name}`)
    if (seen.has(name)) throw new UsageError(`参数 --${name} 重复出现`)
    seen.add(name)
    if (kind === 'boolean') {
      if (eq !== -1) throw new UsageError(`参数 --${name} 不需要值`)
      parsed.booleans.add(name)
      continue
    }
    let value: string | undefined
    if (eq !== -1) {
      value = arg.slice(eq + 1)
    } else {
      value = argv[i + 1]
      if (value === undefined || value.startsWith('--')) throw new UsageError(`参数 --${name} 需要一个值`)
      i += 1
    }
    if (value === '') throw new UsageError(`参数 --${name} 的值不能为空`)
    parsed.strings.set(name, value)
  }
  return parsed
}

export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h')
}

/** An integer flag within bounds, or a UsageError naming the flag and the range. */
export function integerFlag(value: string, name: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`参数 --${name} 应为整数（${min}–${max}），收到：${value}`)
  const n = Number(value)
  if (n < min || n > max) throw new UsageError(`参数 --${name} 应在 ${min} 到 ${max} 之间，收到：${value}`)
  return n
}
