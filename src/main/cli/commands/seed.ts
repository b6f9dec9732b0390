// `counterdesk seed`: fills an empty database with deterministic demo / test / benchmark data
// (see src/main/seed). Progress goes to stderr, the summary (counts, rows/s, example keys) to
// stdout. A database that already holds people is refused: seeding is for fresh files only.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { DATABASE_FILE } from '../../core/app-core'
import { systemClock } from '../../platform/clock'
import { seedDatabase, countPeople, TABLES, type SeedProgress, type TableName } from '../../seed'
import { openStore } from '../../store/db'
import { UsageError, integerFlag, parseArgs, wantsHelp } from '../args'
import type { Command } from '../command'
import { EXIT_FAILURE, EXIT_OK, processIo } from '../io'
import type { CliIo } from '../io'
import { resolveDataDir } from '../paths'

export const SEED_USAGE = [
  '用法：counterdesk seed [--data-dir 目录 | --db 文件] [--seed N] [--people N] [--violations-per-person N]',
  '',
  '向空数据库写入确定性的演示/测试数据：同样的参数总是生成完全相同的数据。',
  '已有人员记录的数据库会被拒绝。',
  '',
  '  --data-dir 目录              数据目录，写入 <目录>/counterdesk.sqlite（默认：环境变量 COUNTERDESK_DATA_DIR，否则为 .data）',
  '  --db 文件                    直接指定数据库文件（优先于 --data-dir）',
  '  --seed N                     随机种子（默认 1）',
  '  --people N                   人数（默认 1000）',
  '  --violations-per-person N    平均每人违法记录数（默认 4）',
  '  --now 时间                   数据中的“当前时间”，ISO 8601，如 2026-11-21T10:00:00+08:00（默认：系统时间）',
  '  --time-zone 时区             时区（默认 Asia/Shanghai）'
].join('\n')

const TABLE_NAMES: Record<TableName, string> = {
  people: '人员',
  drivers: '驾驶证',
  units: '单位',
  vehicles: '机动车',
  bindings: '备案（非本人车辆）',
  accounts: '12123账户',
  violations: '违法记录',
  decisions: '处罚决定书',
  payments: '缴款记录'
}

interface SeedArgs {
  file: string
  seed: number
  people: number
  violationsPerPerson: number
  now: Date
  timeZone: string
}

export function parseSeedArgs(argv: readonly string[], now: Date): SeedArgs {
  const args = parseArgs(argv, {
    'data-dir': 'string',
    db: 'string',
    seed: 'string',
    people: 'string',
    'violations-per-person': 'string',
    now: 'string',
    'time-zone': 'string'
  })
  const db = args.strings.get('db')
  const file = db !== undefined ? path.resolve(db) : path.join(resolveDataDir(args.strings.get('data-dir')), DATABASE_FILE)
  const nowText = args.strings.get('now')
  let chosenNow = now
  if (nowText !== undefined) {
    chosenNow = new Date(nowText)
    if (Number.isNaN(chosenNow.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(nowText)) {
      throw new UsageError(`参数 --now 应为 ISO 8601 时间（如 2026-11-21T10:00:00+08:00），收到：${nowText}`)
    }
  }
  const timeZone = args.strings.get('time-zone') ?? 'Asia/Shanghai'
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
  } catch {
    throw new UsageError(`参数 --time-zone 不是有效的时区名称：${timeZone}`)
  }
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const value = args.strings.get(name)
    return value === undefined ? fallback : integerFlag(value, name, min, max)
  }
  return {
    file,
    seed: int('seed', 1, 0, Number.MAX_SAFE_INTEGER),
    people: int('people', 1000, 1, 15_000_000),
    violationsPerPerson: int('violations-per-person', 4, 0, 100),
    now: chosenNow,
    timeZone
  }
}

function progressPrinter(io: CliIo): (p: SeedProgress) => void {
  let last = 0
  return (p) => {
    if (p.table !== 'people') return
    const t = performance.now()
    if (p.done < p.total && t - last < 2000) return
    last = t
    const pct = p.total === 0 ? 100 : Math.floor((p.done * 100) / p.total)
    io.err(`生成中：${p.done}/${p.total} 人（${pct}%）`)
  }
}

export async function runSeed(args: SeedArgs, io: CliIo): Promise<number> {
  mkdirSync(path.dirname(args.file), { recursive: true })
  const store = openStore({ file: args.file })
  try {
    const existing = countPeople(store.sqlite)
    if (existing > 0) {
      io.err(`数据库 ${args.file} 中已有 ${existing} 条人员记录，seed 只写入空数据库。`)
      io.err('请用 --data-dir 或 --db 指定新的位置，或删除该数据库文件后重试。')
      return EXIT_FAILURE
    }
    io.err(`正在生成数据：种子 ${args.seed}，${args.people} 人，平均每人 ${args.violationsPerPerson} 条违法记录 → ${args.file}`)
    const started = performance.now()
    const summary = seedDatabase(store.sqlite, {
      seed: args.seed,
      people: args.people,
      violationsPerPerson: args.violationsPerPerson,
      now: args.now,
      timeZone: args.timeZone,
      onProgress: progressPrinter(io)
    })
    const seconds = (performance.now() - started) / 1000
    io.out(`数据库：${args.file}`)
    for (const table of TABLES) io.out(`  ${TABLE_NAMES[table]}（${table}）：${summary.counts[table]}`)
    io.out(`共 ${summary.totalRows} 行，用时 ${seconds.toFixed(1)} 秒，${Math.round(summary.totalRows / Math.max(seconds, 0.001))} 行/秒`)
    if (summary.examples.length > 0) {
      io.out('示例（可在查询框中输入）：')
      for (const e of summary.examples) io.out(`  ${e.label}：${e.key}`)
    }
    return EXIT_OK
  } finally {
    store.close()
  }
}

export const seedCommand: Command = {
  name: 'seed',
  summary: '生成演示/测试数据 (deterministic)',
  usage: SEED_USAGE,
  async run(argv, io = processIo) {
    if (wantsHelp(argv)) {
      io.out(SEED_USAGE)
      return EXIT_OK
    }
    return runSeed(parseSeedArgs(argv, systemClock.now()), io)
  }
}
