// `counterdesk central serve | simulate`: the reference central system, and the simulator of
// the other channels (12123, camera intake, another window).
import { mkdirSync } from 'node:fs'
import { openCentralDb } from '../../../central/db'
import { createCentral } from '../../../central/central'
import { startCentralServer } from '../../../central/server'
import { loadDemoData } from '../../../central/load'
import { defaultCentralConfig, readCentralConfig, writeCentralConfig } from '../../../central/config'
import { startSimulation } from '../../../central/simulate'
import { builtinProfiles } from '../../rules/engine'
import { DEMO_SEED } from '../../core/demo-data'
import { UsageError, integerFlag, parseArgs, wantsHelp } from '../args'
import type { Command } from '../command'
import { EXIT_FAILURE, EXIT_OK, processIo, type CliIo } from '../io'
import { resolveDataDir } from '../paths'
import { waitForStopSignal } from './serve'
import path from 'node:path'

export const CENTRAL_URL_PREFIX = 'COUNTERDESK_CENTRAL_URL='

export const CENTRAL_USAGE = [
  '用法：',
  '  counterdesk central serve [--data-dir 目录] [--port 端口] [--database-url URL] [--demo] [--demo-people 人数]',
  '  counterdesk central simulate --central URL --admin-token 令牌 [--rate 每秒次数] [--limit 次数] [--seed 数]',
  '',
  'serve：启动参考中心系统（仅 127.0.0.1）。默认使用内嵌 PostgreSQL（PGlite，数据在 <数据目录>/central/pglite）；',
  '       设置 --database-url 或环境变量 DATABASE_URL 时使用真实 PostgreSQL 服务器。',
  '  --data-dir 目录        中心数据目录（默认：<COUNTERDESK_DATA_DIR 或 .data>/central）',
  '  --port 端口            监听端口（默认沿用上次的端口，首次任选）',
  '  --demo                 中心为空时载入演示数据',
  '  --demo-people 人数     演示数据人数（默认 400）',
  '',
  'simulate：模拟其他渠道（交管12123 处理与缴款、监控录入新违法、其他窗口处理），按给定速率向中心提交。',
  '  --central URL          中心地址（默认：本数据目录的内嵌中心，见 <数据目录>/central/central.json）',
  '  --admin-token 令牌     中心管理令牌（默认：同上）',
  '  --rate 每秒次数        默认 1',
  '  --limit 次数           提交多少次后停止（默认一直运行，Ctrl+C 停止）'
].join('\n')

async function serve(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { 'data-dir': 'string', port: 'string', 'database-url': 'string', demo: 'boolean', 'demo-people': 'string' })
  const dataDir = args.strings.get('data-dir') ? path.resolve(args.strings.get('data-dir')!) : path.join(resolveDataDir(undefined), 'central')
  mkdirSync(dataDir, { recursive: true })
  const config = readCentralConfig(dataDir) ?? defaultCentralConfig()
  const port = args.strings.has('port') ? integerFlag(args.strings.get('port')!, 'port', 0, 65535) : config.port
  const url = args.strings.get('database-url') ?? process.env.DATABASE_URL ?? null
  const signal = waitForStopSignal()
  try {
    const db = await openCentralDb({ url, dataDir: path.join(dataDir, 'pglite') })
    const central = await createCentral({
      db,
      jurisdiction: config.jurisdiction,
      jurisdictionName: config.jurisdictionName,
      timeZone: config.timeZone,
      profiles: builtinProfiles(),
      log: (line) => io.err(line)
    })
    if (args.booleans.has('demo')) {
      const people = (await db.query<{ n: string }>('SELECT count(*)::text AS n FROM people'))[0]!.n
      if (people === '0') {
        const count = args.strings.has('demo-people') ? integerFlag(args.strings.get('demo-people')!, 'demo-people', 1, 2_000_000) : 400
        const summary = await loadDemoData(db, { seed: DEMO_SEED, people: count, now: new Date(), timeZone: config.timeZone })
        config.demoExamples = summary.examples.map((e) => ({ label: e.label, key: e.key }))
      }
    }
    const server = await startCentralServer({ central, port, adminToken: config.adminToken, log: (line) => io.err(line) })
    writeCentralConfig(dataDir, { ...config, port: server.port })
    io.out(`${CENTRAL_URL_PREFIX}${server.url}`)
    io.err(`参考中心已启动：${server.url}（${url ? 'PostgreSQL' : 'PGlite'}，数据目录 ${dataDir}）`)
    await signal.stopped
    await server.close()
    await central.close()
    return EXIT_OK
  } catch (error) {
    io.err(`中心启动失败：${error instanceof Error ? error.message : String(error)}`)
    return EXIT_FAILURE
  } finally {
    signal.dispose()
  }
}

async function simulate(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { central: 'string', 'admin-token': 'string', rate: 'string', limit: 'string', seed: 'string' })
  // Without flags: the embedded central of this data folder (what `npm start` runs).
  const local = args.strings.has('central') ? null : readCentralConfig(path.join(resolveDataDir(undefined), 'central'))
  const centralUrl = args.strings.get('central') ?? (local === null ? undefined : `http://127.0.0.1:${local.port}`)
  const adminToken = args.strings.get('admin-token') ?? local?.adminToken
  if (!centralUrl || !adminToken) throw new UsageError('须指定 --central 和 --admin-token（或先用 npm start 启动内嵌中心）')
  const rate = Number(args.strings.get('rate') ?? '1')
  if (!(rate > 0 && rate <= 1000)) throw new UsageError('参数 --rate 应在 0 到 1000 之间')
  const signal = waitForStopSignal()
  try {
    const sim = await startSimulation({
      centralUrl,
      adminToken,
      rate,
      limit: args.strings.has('limit') ? integerFlag(args.strings.get('limit')!, 'limit', 1, 10_000_000) : undefined,
      seed: args.strings.has('seed') ? integerFlag(args.strings.get('seed')!, 'seed', 0, 2 ** 31) : undefined,
      onAction: (e) => io.out(`${e.action} ${e.status}${e.code ? ` ${e.code}` : ''} ${e.detail}`)
    })
    void signal.stopped.then(() => sim.stop())
    const counts = await sim.done
    io.err(`模拟结束：共 ${counts.actions} 次，中心受理 ${counts.applied} 次，拒绝 ${counts.rejected} 次`)
    return EXIT_OK
  } catch (error) {
    io.err(`模拟失败：${error instanceof Error ? error.message : String(error)}`)
    return EXIT_FAILURE
  } finally {
    signal.dispose()
  }
}

export const centralCommand: Command = {
  name: 'central',
  summary: '参考中心系统：central serve 启动中心，central simulate 模拟其他渠道',
  usage: CENTRAL_USAGE,
  async run(argv, io = processIo) {
    const [sub, ...rest] = argv
    if (sub === undefined || wantsHelp(argv)) {
      io.out(CENTRAL_USAGE)
      return sub === undefined ? 2 : EXIT_OK
    }
    if (sub === 'serve') return serve(rest, io)
    if (sub === 'simulate') return simulate(rest, io)
    throw new UsageError(`未知的子命令：central ${sub}`)
  }
}
