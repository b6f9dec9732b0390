// The shipped profiles: valid, six of them, and differing from national exactly where RULES.md
// and the seeds say (files are complete, so this test is where "inherits from national" is kept).
import { describe, expect, it } from 'vitest'
import { BUILTIN_PROFILE_DOCUMENTS, builtinProfiles } from './builtin'
import { PROFILE_PARAMETERS } from './describe'
import type { Profile } from './profile-schema'

const IDENTITY = new Set(['id', 'name', 'jurisdiction', 'effective', 'sources', 'notes'])

function differences(a: unknown, b: unknown, prefix = ''): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
  if (isObject(a) && isObject(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((key) => prefix !== '' || !IDENTITY.has(key))
      .flatMap((key) => differences(a[key], b[key], prefix === '' ? key : `${prefix}.${key}`))
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [prefix]
}

const set = builtinProfiles()
const national = set.get('national') as Profile

describe('shipped profiles', () => {
  it('are the six of RULES.md, all valid', () => {
    expect([...set.keys()]).toEqual(['national', 'fj', 'cq', 'cq-2020-epidemic', 'sd', 'city-002'])
    expect(BUILTIN_PROFILE_DOCUMENTS).toHaveLength(6)
  })

  it('national: fine ≤ 200 yuan, points sum < 12, non-owned small cars only, after the binding date (FACTS §3)', () => {
    expect(national.online.fineLimitFen).toBe(20000)
    expect(national.points.threshold).toBe(12)
    expect(national.online.perViolationPointsCap).toBeNull()
    expect(national.vehicles.nonOwned).toEqual(['02', '52'])
    expect(national.binding).toEqual({ maxNonOwnedPerPerson: 3, maxDriversPerVehicle: 3, dateRule: { enforced: true, exemptZeroPoints: false }, windowReview: false })
    expect(national.online.paymentWindowMinutes).toBe(120)
    expect(national.lateFee).toEqual({ deadlineDays: 15, ratePerDayBasisPoints: 300, capBasisPoints: 10000, holidayRollover: false })
    expect(national.disputes.fourEyes).toBe(true)
  })

  it.each<[string, string[]]>([
    ['fj', ['vehicles.own', 'phone.localOnly']],
    [
      'cq',
      ['vehicles.own', 'vehicles.unitOwnedBindable', 'online.perViolationPointsCap', 'online.rental', 'online.maintenanceWindow', 'binding.dateRule.exemptZeroPoints', 'binding.windowReview', 'disputes.jurisdictionLevel']
    ],
    [
      'cq-2020-epidemic',
      ['vehicles.own', 'vehicles.nonOwned', 'online.perViolationPointsCap', 'online.rental', 'online.maintenanceWindow', 'binding.dateRule.enforced', 'binding.dateRule.exemptZeroPoints', 'binding.windowReview', 'disputes.jurisdictionLevel']
    ],
    ['sd', ['online.payable']],
    ['city-002', []]
  ])('%s differs from national exactly in %j', (id, expected) => {
    expect(differences(national, set.get(id)).sort()).toEqual([...expected].sort())
  })

  it('seed 001 §四.1 / seed 003: the epidemic profile differs from cq only by the epidemic measures', () => {
    expect(differences(set.get('cq'), set.get('cq-2020-epidemic')).sort()).toEqual(['binding.dateRule.enforced', 'vehicles.nonOwned', 'vehicles.own', 'vehicles.unitOwnedBindable'])
  })

  it('seed 003: the epidemic profile starts on 2020-02-12; its end is an assumption marked [U]', () => {
    const epidemic = set.get('cq-2020-epidemic') as Profile
    expect(epidemic.effective.from).toBe('2020-02-12')
    expect(epidemic.notes.some((n) => n.startsWith('[U] effective.to'))).toBe(true)
  })

  it('seed 000 §05: fj takes phones of its own province only', () => {
    expect(set.get('fj')?.phone.localOnly).toBe(true)
  })

  it('every parameter of the schema is shown by `rules profiles`', () => {
    const leaves = (value: unknown, prefix: string): string[] =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix === '' ? k : `${prefix}.${k}`))
        : [prefix]
    const shown = PROFILE_PARAMETERS.map((p) => p.key)
    const unshown = leaves(set.get('cq'), '')
      .filter((leaf) => !['id', 'sources', 'notes'].includes(leaf))
      .filter((leaf) => !shown.some((key) => leaf === key || leaf.startsWith(`${key}.`)))
    expect(unshown).toEqual([])
  })
})
