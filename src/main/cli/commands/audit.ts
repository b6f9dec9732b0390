// `counterdesk audit verify`: walks the audit chain of a workstation's database and says whether
// it is intact, or which entry is the first one edited, inserted or deleted. The database is
// opened read-only and no migration is run: the verifier must not change what it examines.
import { existsSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { DATABASE_FILE } from '../../core/app-core'
import { verifyAuditChain } from '../../audit/verify'
import type { AuditVerdict } from '../../audit/verify'
import { parseArgs, wantsHelp } from '../args'
import type { Command } from '../command'
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, processIo } from '../io'
import type { CliIo } from '../io'
import { resolveDataDir } from '../paths'

export const AUDIT_USAGE = [
  '用法：counterdesk audit verify [--data-dir 目录]',
  '',
  '校验审计链：每条审计记录都以哈希与上一条相连，任何一条被修改、插入或删除都能发现。',
  '完整时退出码为 0；发现问题时指出第一条有问题的记录，退出码为 1。',
  '',
  '  --data-dir 目录   数据目录（默认：环境变量 COUNTERDESK_DATA_DIR，否则为当前目录下的 .data）'
].join('\n')

const PROBLEM_TEXT: Record<Extract<AuditVerdict, { ok: false }>['problem'], string> = {
  edited: '该记录的内容被修改过',
  replaced: '该记录被修改后重新计算了摘要，或是被插入的伪造记录',
  inserted: '该记录之后的记录未登记在链头中（被追加）',
  deleted: '从该记录起有记录被删除'
}

/** Verifies <dataDir>/counterdesk.sqlite and prints the verdict; returns the exit code. */
export function verifyDataDir(dataDir: string, io: CliIo): number {
  const file = path.join(dataDir, DATABASE_FILE)
  if (!existsSync(file)) {
    io.err(`未找到数据库文件：${file}`)
    io.err('请用 --data-dir 指定数据目录。')
    return EXIT_FAILURE
  }
  let sqlite: Database.Database | undefined
  let verdict: AuditVerdict
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true })
    sqlite.pragma('busy_timeout = 5000')
    verdict = verifyAuditChain(sqlite)
  } catch (error) {
    io.err(`无法读取审计记录：${file}`)
    io.err(`原因：${error instanceof Error ? error.message : String(error)}`)
    return EXIT_FAILURE
  } finally {
    sqlite?.close()
  }
  if (verdict.ok) {
    io.out(`审计链完整：${verdict.entries} 条记录，OK`)
    io.out(`链头哈希：${verdict.headHash}`)
    return EXIT_OK
  }
  io.out(`审计链被篡改：第 ${verdict.seq} 条记录（${verdict.problem}）：${PROBLEM_TEXT[verdict.problem]}`)
  io.out(`详情：${verdict.detail}`)
  io.out(`数据库：${file}`)
  return EXIT_FAILURE
}

export const auditCommand: Command = {
  name: 'audit',
  summary: '校验审计链是否完整（audit verify）',
  usage: AUDIT_USAGE,
  async run(argv, io = processIo) {
    const [sub, ...rest] = argv
    if (sub === undefined) {
      io.err(AUDIT_USAGE)
      return EXIT_USAGE
    }
    if (sub === 'help' || wantsHelp([sub]) || wantsHelp(rest)) {
      io.out(AUDIT_USAGE)
      return EXIT_OK
    }
    if (sub !== 'verify') {
      io.err(`未知的子命令：audit ${sub}`)
      io.err(AUDIT_USAGE)
      return EXIT_USAGE
    }
    const args = parseArgs(rest, { 'data-dir': 'string' })
    return verifyDataDir(resolveDataDir(args.strings.get('data-dir')), io)
  }
}
