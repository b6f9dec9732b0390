// Bad input never gets a guessed decision: FACTS_INVALID with the field path and a Chinese
// message naming it.
import { describe, expect, it } from 'vitest'
import { builtinProfiles } from '../profiles/builtin'
import {
  WHERE,
  bindFacts,
  fileDisputeFacts,
  onlineFacts,
  payFacts,
  registerFacts,
  resolveFacts,
  windowFacts
} from './cases/fixtures.test-support'
import { evaluate } from './evaluate'
import type { ActionName } from './types'

/** A change to facts by field path, so tests can write values of the wrong type. */
type Change = (facts: unknown) => void

function parentOf(facts: unknown, path: string): [Record<string, unknown>, string] {
  const keys = path.split('.')
  const last = keys.pop() ?? ''
  let node = facts as Record<string, unknown>
  for (const key of keys) node = node[key] as Record<string, unknown>
  return [node, last]
}

const set = (path: string, value: unknown): Change => (facts) => {
  const [parent, key] = parentOf(facts, path)
  parent[key] = value
}

const del = (path: string): Change => (facts) => {
  const [parent, key] = parentOf(facts, path)
  delete parent[key]
}

const both = (...changes: Change[]): Change => (facts) => changes.forEach((c) => c(facts))

function errorOf(action: ActionName, facts: unknown, jurisdiction: string = WHERE.cq) {
  const result = evaluate(action, facts, { profiles: builtinProfiles(), jurisdiction })
  if (result.ok) throw new Error(`expected an error, got a decision: ${JSON.stringify(result.decision)}`)
  return result.error
}

function online(change: Change): unknown {
  const facts: unknown = onlineFacts()
  change(facts)
  return facts
}

describe('FACTS_INVALID names the field', () => {
  it.each<[string, Change, string, string]>([
    ['a missing field', del('violation.fineFen'), 'violation.fineFen', '字段“violation.fineFen”缺失'],
    ['a fine as text', set('violation.fineFen', '200'), 'violation.fineFen', '应为整数（单位：分），收到文本“200”'],
    ['a fine in yuan with decimals', set('violation.fineFen', 199.5), 'violation.fineFen', '应为整数（单位：分），收到199.5'],
    ['a negative fine', set('violation.fineFen', -100), 'violation.fineFen', '不能为负数，收到-100'],
    ['points above 12', set('violation.points', 15), 'violation.points', '不能超过12分'],
    ['an impossible date', set('violation.occurredAt', '2026-02-30T08:00:00+08:00'), 'violation.occurredAt', '2月没有30日'],
    ['a time without its zone', set('at', '2026-11-21T14:30:00'), 'at', '应为带时区的时间'],
    ['an impossible hour', set('at', '2026-11-21T24:30:00+08:00'), 'at', '不是有效的时刻'],
    ['an impossible first issue date', set('driver.firstIssueDate', '2015-13-01'), 'driver.firstIssueDate', '不是有效的日期'],
    ['an unknown top-level field', set('colour', 'red'), 'colour', '不是该业务的事实字段'],
    ['an unknown nested field', set('vehicle.colour', 'red'), 'vehicle.colour', '不是该业务的事实字段'],
    ['an unknown plate type', set('vehicle.plateType', '98'), 'vehicle.plateType', '不是有效的号牌种类代码'],
    ['an unknown use code', set('vehicle.useCode', 'Z'), 'vehicle.useCode', '不是有效的使用性质代码'],
    ['an unknown vehicle status letter', set('vehicle.status', 'AZ'), 'vehicle.status', '“Z”不是机动车状态代码'],
    ['an unknown licence status letter', set('driver.licenseStatus', 'AO'), 'driver.licenseStatus', '“O”不是有效的状态代码'],
    ['an unknown licence class', set('driver.classes', 'C7'), 'driver.classes', '准驾车型'],
    ['an unknown vehicle kind', set('vehicle.kind', 'spaceship'), 'vehicle.kind', '不是有效的车辆类别'],
    ['a malformed plate', set('vehicle.plate', 'XYZ'), 'vehicle.plate', '号牌号码'],
    ['an unknown relation kind', set('relation', { kind: 'friend' }), 'relation.kind', '应为以下之一：own、bound、rented、none'],
    ['an unknown record status', set('violation.status', 'lost'), 'violation.status', '应为以下之一'],
    ['a region code outside any province', set('violation.regionCode', '990101'), 'violation.regionCode', '前两位不是省级行政区划代码'],
    ['a malformed violation code', set('violation.code', '16A5'), 'violation.code', '应为4位或5位数字的违法代码'],
    ['a boolean as text', set('violation.disputed', 'no'), 'violation.disputed', '应为true或false'],
    ['a bound relation without its moment', set('relation', { kind: 'bound' }), 'relation.boundAt', '缺失'],
    ['a violation after the moment of the action', set('violation.occurredAt', '2026-11-22T08:00:00+08:00'), 'violation.occurredAt', '不能晚于办理时间'],
    ['a warning that carries a fine', set('violation.penalty', 'warning'), 'violation.fineFen', '与处罚种类“警告”矛盾'],
    ['a binding after the moment of the action', set('relation', { kind: 'bound', boundAt: '2026-12-01T08:00:00+08:00' }), 'relation.boundAt', '不能晚于办理时间'],
    ['an own vehicle registered to a unit', set('vehicle.ownerKind', 'unit'), 'vehicle.ownerKind', '与relation.kind为own矛盾']
  ])('online_self_service: %s', (_name, change, field, text) => {
    const error = errorOf('online_self_service', online(change))
    expect(error.code).toBe('FACTS_INVALID')
    expect(error.field).toBe(field)
    expect(error.message).toContain(text)
    expect(error.message).toContain(field)
  })

  it('several problems: the first is worded and the others are named', () => {
    const error = errorOf('online_self_service', online(both(set('violation.fineFen', -1), set('extra', 1))))
    expect(error.message).toMatch(/另有1处问题：extra/)
  })

  it.each([null, [], 'facts', 42])('facts that are not an object (%j)', (facts) => {
    expect(errorOf('online_self_service', facts)).toMatchObject({ code: 'FACTS_INVALID', message: expect.stringContaining('事实数据应为对象') })
  })

  it.each<[ActionName, () => unknown, Change, string]>([
    ['window_process', windowFacts, set('lastSyncAt', '2026-11-22T00:00:00+08:00'), 'lastSyncAt'],
    ['window_process', windowFacts, set('violation.onInternet', true), 'violation.onInternet'],
    ['register_account', registerFacts, set('applicant.kind', 'company'), 'applicant.kind'],
    ['register_account', registerFacts, set('phoneProvince', '99'), 'phoneProvince'],
    ['bind_vehicle', bindFacts, set('applicantBindings', -1), 'applicantBindings'],
    ['bind_vehicle', bindFacts, set('ownerConsent', 'verbal'), 'ownerConsent'],
    ['pay_fine', payFacts, set('decision.decidedOn', '2026-02-30'), 'decision.decidedOn'],
    ['pay_fine', payFacts, set('decision.fineFen', -20000), 'decision.fineFen'],
    ['pay_fine', payFacts, set('decision.decidedOn', '2026-04-01'), 'decision.decidedOn'],
    ['pay_fine', payFacts, set('holidays', ['2026-03-16', '2026-02-29']), 'holidays.1'],
    ['file_dispute', fileDisputeFacts, set('decidedOn', '2027-01-01'), 'decidedOn'],
    ['resolve_dispute', resolveFacts, set('proposal.ground', 'bad_weather'), 'proposal.ground'],
    ['resolve_dispute', resolveFacts, set('approver.role', 'chief'), 'approver.role']
  ])('%s: %s', (action, base, change, field) => {
    const facts = base()
    change(facts)
    const error = errorOf(action, facts, WHERE.sd)
    expect(error).toMatchObject({ code: 'FACTS_INVALID', field })
    expect(error.message).toContain(`字段“${field}”`)
  })
})
