// One log line per refused or failed request: a precise code for IT staff, never personal data.
export type LogLevel = 'info' | 'warn' | 'error'

export interface Logger {
  log(level: LogLevel, code: string, detail?: Record<string, string | number | boolean | null>): void
}

export function stderrLogger(): Logger {
  return {
    log(level, code, detail = {}) {
      const fields = Object.entries(detail)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(' ')
      process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} ${code}${fields ? ' ' + fields : ''}\n`)
    }
  }
}

/** Keeps lines in memory; for tests that assert a refusal was logged with its code. */
export function memoryLogger(): Logger & { lines: { level: LogLevel; code: string; detail: Record<string, unknown> }[] } {
  const lines: { level: LogLevel; code: string; detail: Record<string, unknown> }[] = []
  return { lines, log: (level, code, detail = {}) => void lines.push({ level, code, detail }) }
}
