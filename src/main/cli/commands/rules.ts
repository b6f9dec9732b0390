// `counterdesk rules check` answers one action for a facts document on stdin, with the rule and
// source of every finding; `counterdesk rules profiles` shows the policy profiles. Both use the
// same pure engine the app and (later) the central server use.
import { ACTION_NAMES, evaluate, isActionName } from '../../rules/engine'
import { loadProfiles, PROFILE_PARAMETERS, ProfileLoadError, profilesMarkdownTable, type ProfileSet } from '../../rules/profiles'
import { parseArgs, UsageError, wantsHelp } from '../args'
import type { Command } from '../command'
import { displayWidth, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, padDisplay, processIo } from '../io'
import type { CliIo } from '../io'

export const RULES_USAGE = [
  '用法：',
  '  counterdesk rules check [--action 业务] [--profile 政策编号] [--jurisdiction 辖区代码] [--profiles-dir 目录] < facts.json',
  '  counterdesk rules profiles [--json | --markdown] [--profiles-dir 目录]',
  '',
  'rules check：从标准输入读取一份事实文档（JSON），按业务规则作出判断，以JSON输出决定。',
  '  文档含 "action"（业务名，也可用 --action 指定）和该业务的事实字段。',
  '  退出码：0 允许；1 不允许（denials 列出全部原因）；2 输入有误（信息中指出有误的字段）。',
  '',
  `  --action 业务          ${ACTION_NAMES.join('、')}`,
  '  --profile 政策编号     指定政策配置（须适用于该辖区且在办理日期有效）；默认按辖区和日期自动选择',
  '  --jurisdiction 代码    本工作站的6位行政区划代码，用于选择政策、判断异地违法和异议管辖',
  '  --profiles-dir 目录    用该目录中的政策配置文件覆盖内置配置（同编号替换）',
  '',
  'rules profiles：列出政策配置及其参数；--json 输出JSON，--markdown 输出文档用的表格。'
].join('\n')

function loadSet(dir: string | undefined, io: CliIo): ProfileSet | undefined {
  try {
    return loadProfiles(dir)
  } catch (error) {
    if (error instanceof ProfileLoadError) {
      io.err(error.message)
      return undefined
    }
    throw error
  }
}

function inputError(io: CliIo, code: string, message: string, field?: string): number {
  io.out(JSON.stringify({ error: field === undefined ? { code, message } : { code, field, message } }, null, 2))
  io.err(message)
  return EXIT_USAGE
}

async function check(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { action: 'string', profile: 'string', jurisdiction: 'string', 'profiles-dir': 'string' })
  const profiles = loadSet(args.strings.get('profiles-dir'), io)
  if (profiles === undefined) return EXIT_USAGE
  if (io.readStdin === undefined) throw new Error('此环境无法读取标准输入')
  const text = await io.readStdin()
  if (text.trim() === '') {
    return inputError(io, 'FACTS_INVALID', '标准输入为空：请提供事实文档，例如 counterdesk rules check < facts.json')
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    return inputError(io, 'FACTS_INVALID', `事实文档不是有效的JSON：${error instanceof Error ? error.message : String(error)}`)
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return inputError(io, 'FACTS_INVALID', '事实文档应为一个JSON对象')
  }
  const { action: inDocument, ...facts } = document as Record<string, unknown>
  const flag = args.strings.get('action')
  if (inDocument !== undefined && typeof inDocument !== 'string') {
    return inputError(io, 'FACTS_INVALID', '字段“action”应为文本（业务名）', 'action')
  }
  if (flag !== undefined && inDocument !== undefined && flag !== inDocument) {
    return inputError(io, 'FACTS_INVALID', `--action ${flag} 与文档中的“action”：“${inDocument}”不一致`, 'action')
  }
  const action = flag ?? inDocument
  if (action === undefined) {
    return inputError(io, 'FACTS_INVALID', `字段“action”缺失：请在文档中写明业务名或使用 --action（${ACTION_NAMES.join('、')}）`, 'action')
  }
  if (!isActionName(action)) {
    return inputError(io, 'ACTION_UNKNOWN', `未知的业务“${action}”，可用：${ACTION_NAMES.join('、')}`, 'action')
  }
  const profileId = args.strings.get('profile')
  const jurisdiction = args.strings.get('jurisdiction')
  const result = evaluate(action, facts, { profiles, profileId, jurisdiction })
  if (!result.ok) return inputError(io, result.error.code, result.error.message, result.error.field)
  io.out(JSON.stringify(result.decision, null, 2))
  return result.decision.allowed ? EXIT_OK : EXIT_FAILURE
}

function profilesText(set: ProfileSet): string[] {
  const labelWidth = Math.max(...PROFILE_PARAMETERS.map((p) => displayWidth(p.label))) + 2
  const lines: string[] = []
  for (const profile of set.values()) {
    lines.push(`${profile.id}  ${profile.name}`)
    for (const param of PROFILE_PARAMETERS.slice(1)) lines.push(`  ${padDisplay(param.label, labelWidth)}${param.value(profile)}`)
    lines.push('')
  }
  lines.push('选择规则：辖区为工作站行政区划代码的最长前缀者优先（全国为兜底），同一辖区取开始日期最晚的有效配置。')
  return lines
}

function profilesCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { json: 'boolean', markdown: 'boolean', 'profiles-dir': 'string' })
  if (args.booleans.has('json') && args.booleans.has('markdown')) throw new UsageError('--json 与 --markdown 只能选一个')
  const set = loadSet(args.strings.get('profiles-dir'), io)
  if (set === undefined) return EXIT_USAGE
  if (args.booleans.has('json')) io.out(JSON.stringify([...set.values()], null, 2))
  else if (args.booleans.has('markdown')) io.out(profilesMarkdownTable([...set.values()]))
  else for (const line of profilesText(set)) io.out(line)
  return EXIT_OK
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: '业务规则：按事实判断能否办理（rules check），列出政策配置（rules profiles）',
  usage: RULES_USAGE,
  async run(argv, io = processIo) {
    const [sub, ...rest] = argv
    if (sub === undefined) {
      io.err(RULES_USAGE)
      return EXIT_USAGE
    }
    if (sub === 'help' || wantsHelp([sub]) || wantsHelp(rest)) {
      io.out(RULES_USAGE)
      return EXIT_OK
    }
    if (sub === 'check') return check(rest, io)
    if (sub === 'profiles') return profilesCommand(rest, io)
    io.err(`未知的子命令：rules ${sub}`)
    io.err(RULES_USAGE)
    return EXIT_USAGE
  }
}
