import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { onlineFacts, payFacts } from '../../rules/engine/cases/fixtures.test-support'
import { builtinProfiles, profilesMarkdownTable } from '../../rules/profiles'
import { main } from '../index'
import { captureIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../io'

const DOCS = path.resolve(__dirname, '../../../../docs/rules.md')

async function run(argv: string[], stdin = '') {
  const io = captureIo(stdin)
  const code = await main(argv, io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}

const doc = (action: string, facts: object): string => JSON.stringify({ action, ...facts })

describe('counterdesk rules check', () => {
  it('prints the decision; exit 0 when allowed', async () => {
    const r = await run(['rules', 'check', '--jurisdiction', '370202'], doc('pay_fine', payFacts()))
    expect(r.code).toBe(EXIT_OK)
    expect(JSON.parse(r.out)).toMatchObject({ action: 'pay_fine', profileId: 'sd', allowed: true, amounts: { totalFen: 20000 } })
  })

  it('exit 1 when denied, every reason listed', async () => {
    const facts = onlineFacts()
    facts.driver.cyclePoints = 6
    facts.violation.source = 'onsite'
    const r = await run(['rules', 'check', '--jurisdiction', '500103'], doc('online_self_service', facts))
    expect(r.code).toBe(EXIT_FAILURE)
    expect(JSON.parse(r.out).denials.map((f: { code: string }) => f.code)).toEqual(['NOT_CAMERA_RECORDED', 'POINTS_WOULD_REACH_12'])
  })

  it('--action may replace "action" in the document, and --profile forces a profile', async () => {
    const r = await run(['rules', 'check', '--action', 'pay_fine', '--profile', 'national'], JSON.stringify(payFacts()))
    expect(r.code).toBe(EXIT_OK)
    expect(JSON.parse(r.out).profileId).toBe('national')
  })

  it.each<[string, string[], string, string]>([
    ['an impossible date', [], doc('pay_fine', { ...payFacts(), decision: { ...payFacts().decision, decidedOn: '2026-02-30' } }), '字段“decision.decidedOn”'],
    ['a negative fine', [], doc('pay_fine', { ...payFacts(), decision: { ...payFacts().decision, fineFen: -1 } }), '字段“decision.fineFen”不能为负数'],
    ['an unknown field', [], doc('pay_fine', { ...payFacts(), colour: 'red' }), '字段“colour”'],
    ['no action', [], JSON.stringify(payFacts()), '字段“action”缺失'],
    ['an unknown action', [], doc('renew', payFacts()), '未知的业务“renew”'],
    ['--action contradicting the document', ['--action', 'bind_vehicle'], doc('pay_fine', payFacts()), '不一致'],
    ['an unknown profile', ['--profile', 'hk'], doc('pay_fine', payFacts()), '没有编号为“hk”的政策配置'],
    ['a profile not in force', ['--profile', 'cq-2020-epidemic', '--jurisdiction', '500103'], doc('pay_fine', payFacts()), '生效期间'],
    ['a bad workstation code', ['--jurisdiction', '50'], doc('pay_fine', payFacts()), '6位行政区划代码'],
    ['text that is not JSON', [], '{"action": ', '不是有效的JSON'],
    ['a JSON array', [], '[]', '应为一个JSON对象'],
    ['empty input', [], '', '标准输入为空']
  ])('exit 2 with the field named: %s', async (_name, flags, stdin, message) => {
    const r = await run(['rules', 'check', ...flags], stdin)
    expect(r.code).toBe(EXIT_USAGE)
    expect(r.err).toContain(message)
    expect(JSON.parse(r.out).error.message).toContain(message)
  })

  it('exit 2 for an unknown flag', async () => {
    const r = await run(['rules', 'check', '--verbose'], doc('pay_fine', payFacts()))
    expect(r.code).toBe(EXIT_USAGE)
    expect(r.err).toContain('未知的参数：--verbose')
  })

  describe('--profiles-dir', () => {
    const dirs: string[] = []
    afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

    it('a malformed override profile stops the command with the file and field named', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'counterdesk-rules-cli-'))
      dirs.push(dir)
      const sd = { ...builtinProfiles().get('sd'), online: { ...builtinProfiles().get('sd')?.online, fineLimitFen: 'two hundred' } }
      writeFileSync(path.join(dir, 'sd.json'), JSON.stringify(sd))
      const r = await run(['rules', 'check', '--profiles-dir', dir], doc('pay_fine', payFacts()))
      expect(r.code).toBe(EXIT_USAGE)
      expect(r.err).toContain(`${path.join(dir, 'sd.json')} 有误：字段“online.fineLimitFen”`)
    })
  })
})

describe('counterdesk rules profiles', () => {
  it('lists every profile with its parameters', async () => {
    const r = await run(['rules', 'profiles'])
    expect(r.code).toBe(EXIT_OK)
    for (const id of ['national', 'fj', 'cq', 'cq-2020-epidemic', 'sd', 'city-002']) expect(r.out).toMatch(new RegExp(`^${id}  `, 'm'))
    expect(r.out).toContain('对账维护时段')
    expect(r.out).toContain('22:00至次日01:00')
  })

  it('--json prints the profiles as loaded', async () => {
    const r = await run(['rules', 'profiles', '--json'])
    expect(JSON.parse(r.out)).toEqual([...builtinProfiles().values()])
  })

  it('help names both subcommands', async () => {
    const r = await run(['rules', '--help'])
    expect(r.code).toBe(EXIT_OK)
    expect(r.out).toContain('rules check')
    expect(r.out).toContain('rules profiles')
    expect((await run(['rules', 'verify'])).code).toBe(EXIT_USAGE)
  })
})

describe('docs/rules.md', () => {
  const text = readFileSync(DOCS, 'utf8')

  it('shows the profiles table exactly as `rules profiles --markdown` prints it', async () => {
    const table = /<!-- profiles-table:start[^>]*-->\n([\s\S]*?)\n<!-- profiles-table:end -->/.exec(text)?.[1]
    expect(table).toBe(profilesMarkdownTable([...builtinProfiles().values()]))
    expect((await run(['rules', 'profiles', '--markdown'])).out).toBe(table)
  })

  const examples = [...text.matchAll(/<!-- rules-check-example args="([^"]*)" exit="(\d)" -->/g)].map((m) => {
    const rest = text.slice((m.index ?? 0) + m[0].length)
    const blocks = [...rest.matchAll(/```json\n([\s\S]*?)\n```/g)].slice(0, 2).map((b) => b[1] ?? '')
    return { args: (m[1] ?? '').split(' ').filter(Boolean), exit: Number(m[2]), facts: blocks[0] ?? '', output: blocks[1] ?? '' }
  })

  it('has one example per action, and an invalid one', () => {
    const actions = examples.map((e) => (JSON.parse(e.facts) as { action: string }).action)
    expect(new Set(actions)).toEqual(new Set(['online_self_service', 'window_process', 'register_account', 'change_phone', 'bind_vehicle', 'pay_fine', 'file_dispute', 'resolve_dispute']))
    expect(examples.map((e) => e.exit)).toContain(EXIT_USAGE)
  })

  for (const [i, example] of examples.entries()) {
    it(`example ${i + 1} (${example.args.join(' ')}) prints exactly what the docs show`, async () => {
      const r = await run(['rules', 'check', ...example.args], example.facts)
      expect(r.code).toBe(example.exit)
      expect(r.out).toBe(example.output)
    })
  }
})
