// CPU seconds used so far by this process (all threads), the central process and our PostgreSQL
// server (the postmaster listening on our port, its live children, and what it collected from
// exited ones), read from /proc.
// Differences over a run say which of them the two cores were busy with.
import { readdirSync, readFileSync } from 'node:fs'

const TICKS = 100 // USER_HZ on Linux

function statFields(pid: string): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name is in parentheses and may hold spaces: split after it.
    const close = text.lastIndexOf(')')
    return [text.slice(text.indexOf('(') + 1, close), ...text.slice(close + 2).split(' ')]
  } catch {
    return null
  }
}

/** utime + stime (+ children's when asked), in seconds. Field numbers follow proc(5), minus two. */
function seconds(fields: string[], children: boolean): number {
  const n = (i: number): number => Number(fields[i - 2] ?? 0)
  return (n(14) + n(15) + (children ? n(16) + n(17) : 0)) / TICKS
}

function postmasterOf(port: number): string | null {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (statFields(pid)?.[0] !== 'postgres') continue
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      const i = argv.indexOf('-p')
      if (i >= 0 && argv[i + 1] === String(port)) return pid
    } catch {
      // gone meanwhile
    }
  }
  return null
}

export function cpuSeconds(centralPid: number | null, postgresPort: number | null = null): Record<string, number> {
  const usage = process.cpuUsage()
  const out: Record<string, number> = { workstation: (usage.user + usage.system) / 1e6 }
  if (centralPid !== null) {
    const f = statFields(String(centralPid))
    if (f) out.central = seconds(f, false)
  }
  const postmaster = postgresPort === null ? null : postmasterOf(postgresPort)
  if (postmaster === null) return out
  let postgres = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const f = statFields(pid)
    // The postmaster's own figure includes the time of its exited backends.
    if (pid === postmaster && f) postgres += seconds(f, true)
    else if (f?.[0] === 'postgres' && f[2] === postmaster) postgres += seconds(f, false)
  }
  out.postgres = postgres
  return out
}
