// Baseline facts for every action (each one allowed as it stands) and the table-case runner.
// Test-only: production code must not import this file.
import { expect } from 'vitest'
import { makeCreditCode } from '../../validators/credit-code'
import { makeIdNumber } from '../../validators/id-number'
import { builtinProfiles } from '../../profiles/builtin'
import type { ProfileSet } from '../../profiles/profile-schema'
import { evaluate } from '../evaluate'
import type { ActionFacts } from '../facts-schemas'
import type { ActionName, Decision } from '../types'

/** Workstation region codes: one per profile, and places with no profile of their own. */
export const WHERE = {
  cq: '500103', // 重庆市渝中区
  fj: '350502', // 福建省泉州市鲤城区
  sd: '370202', // 山东省青岛市市南区
  city: '210102', // 辽宁省沈阳市和平区 (city-002 [U])
  beijing: '110105', // 北京市朝阳区 → national
  guangzhou: '440106', // 广东省广州市天河区 → national
  shenzhen: '440304' // 广东省深圳市福田区 → national
} as const

export const AT = '2026-11-21T14:30:00+08:00'
export const EPIDEMIC_AT = '2020-03-01T10:00:00+08:00'

export const PERSON_ID = makeIdNumber('350502', '19900307', '123')
export const UNIT_CODE = makeCreditCode('91350200MA31ABCD1')

export function onlineFacts(): ActionFacts<'online_self_service'> {
  return {
    at: AT,
    violation: {
      recordNo: '5001031000012345',
      source: 'camera',
      code: '1625',
      penalty: 'fine',
      fineFen: 20000,
      points: 6,
      status: 'unprocessed',
      disputed: false,
      onInternet: true,
      occurredAt: '2026-11-02T08:15:00+08:00',
      regionCode: '500103'
    },
    driver: { licenseStatus: 'A', classes: 'C1', firstIssueDate: '2015-06-18', cyclePoints: 0, fullScoreCountInCycle: 0, restricted: false },
    vehicle: { plate: '渝A12345', plateType: '02', kind: 'small_car', useCode: 'A', status: 'A', ownerKind: 'person', restricted: false },
    relation: { kind: 'own' }
  }
}

export function windowFacts(): ActionFacts<'window_process'> {
  const { violation, driver } = onlineFacts()
  const { onInternet: _onInternet, ...v } = violation
  const { restricted: _restricted, ...d } = driver
  return { at: AT, violation: v, driver: d, online: true, lastSyncAt: '2026-11-21T14:25:00+08:00' }
}

export function registerFacts(): ActionFacts<'register_account'> {
  return {
    at: AT,
    applicant: { kind: 'person', idType: 'resident', idNumber: PERSON_ID },
    phone: '13912345678',
    phoneProvince: '35',
    phoneTaken: false,
    idTaken: false,
    recordPhones: ['13912345678']
  }
}

export function changePhoneFacts(): ActionFacts<'change_phone'> {
  return {
    at: AT,
    record: 'driver',
    currentPhone: '13912345678',
    newPhone: '13800138000',
    newPhoneProvince: '35',
    newPhoneTaken: false,
    verification: 'id_document'
  }
}

export function bindFacts(): ActionFacts<'bind_vehicle'> {
  return {
    at: AT,
    vehicle: { plate: '辽A12345', plateType: '02', useCode: 'A', status: 'A', ownerKind: 'person' },
    applicantIsOwner: false,
    applicantBindings: 2,
    vehicleBindings: 2,
    alreadyBound: false,
    ownerConsent: 'sms_code'
  }
}

export function payFacts(): ActionFacts<'pay_fine'> {
  return {
    at: '2026-03-16T10:00:00+08:00',
    decision: { decisionNo: '370202100012345', source: 'camera', procedure: 'simple', fineFen: 20000, decidedOn: '2026-03-01' },
    paid: false,
    channel: 'window',
    selfProcessedAt: null
  }
}

export function fileDisputeFacts(): ActionFacts<'file_dispute'> {
  return {
    at: AT,
    violation: {
      recordNo: '5001061000054321',
      source: 'camera',
      status: 'unprocessed',
      disputed: false,
      occurredAt: '2026-11-02T08:15:00+08:00',
      regionCode: '500106'
    },
    decidedOn: null
  }
}

export function resolveFacts(): ActionFacts<'resolve_dispute'> {
  return {
    at: AT,
    dispute: { status: 'proposed' },
    proposal: { outcome: 'void', ground: 'plate_misrecorded', note: '', proposerId: 'op-clerk-1' },
    approver: { operatorId: 'op-super-1', role: 'supervisor' }
  }
}

export interface Ctx {
  jurisdiction?: string
  profileId?: string
  profiles?: ProfileSet
}

/** Evaluates and insists on a decision (an error fails the test with its message). */
export function decide(action: ActionName, facts: unknown, ctx: Ctx = {}): Decision {
  const { profiles = builtinProfiles(), ...rest } = ctx
  const result = evaluate(action, facts, { profiles, ...rest })
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.field ?? ''}: ${result.error.message}`)
  return result.decision
}

/** One row of a rule table: a change to the baseline facts and the codes expected. */
export interface RuleCase<F> {
  name: string
  ctx?: Ctx
  change?: (facts: F) => void
  /** Exactly these denial codes (order ignored); [] = allowed. */
  denials: string[]
  /** Exactly these warning codes, when given. */
  warnings?: string[]
  /** Codes that must be among the consequences, when given. */
  consequences?: string[]
  /** Substrings every one of which must appear in some finding's message. */
  messages?: string[]
  /** Codes that must not appear in any list. */
  absent?: string[]
}

export interface CaseTable<F> {
  action: ActionName
  base: () => F
  ctx: Ctx
  cases: RuleCase<F>[]
}

export function runCase<F>(table: CaseTable<F>, c: RuleCase<F>): Decision {
  const facts = table.base()
  c.change?.(facts)
  return decide(table.action, facts, { ...table.ctx, ...c.ctx })
}

export function checkCase<F>(table: CaseTable<F>, c: RuleCase<F>): void {
  const d = runCase(table, c)
  const codes = (list: { code: string }[]) => list.map((f) => f.code).sort()
  expect(codes(d.denials), JSON.stringify(d.denials, null, 1)).toEqual([...c.denials].sort())
  expect(d.allowed).toBe(c.denials.length === 0)
  if (c.warnings !== undefined) expect(codes(d.warnings)).toEqual([...c.warnings].sort())
  for (const code of c.consequences ?? []) expect(codes(d.consequences)).toContain(code)
  const all = [...d.denials, ...d.warnings, ...d.consequences].map((f) => f.message).join('\n')
  for (const text of c.messages ?? []) expect(all).toContain(text)
  const every = codes([...d.denials, ...d.warnings, ...d.consequences])
  for (const code of c.absent ?? []) expect(every).not.toContain(code)
}
