import { describe, expect, it } from 'vitest'
import { builtinProfiles } from './builtin'
import { selectProfile } from './select'

const set = builtinProfiles()
const pick = (jurisdiction: string | undefined, date: string, profileId?: string) => {
  const r = selectProfile(set, { date, ...(jurisdiction === undefined ? {} : { jurisdiction }), ...(profileId === undefined ? {} : { profileId }) })
  return r.ok ? r.profile.id : r.error.code
}

describe('selectProfile', () => {
  it.each([
    ['350502', '2026-11-21', 'fj'],
    ['350203', '2017-05-01', 'fj'],
    ['500103', '2026-11-21', 'cq'],
    ['500236', '2026-11-21', 'cq'],
    ['500103', '2020-02-11', 'cq'],
    ['500103', '2020-02-12', 'cq-2020-epidemic'],
    ['500103', '2023-01-07', 'cq-2020-epidemic'],
    ['500103', '2023-01-08', 'cq'],
    ['370202', '2026-11-21', 'sd'],
    ['210102', '2026-11-21', 'city-002'],
    ['210202', '2026-11-21', 'national'],
    ['440304', '2026-11-21', 'national']
  ])('workstation %s on %s → %s', (jurisdiction, date, expected) => {
    expect(pick(jurisdiction, date)).toBe(expected)
  })

  it('without a workstation region code only national applies', () => {
    expect(pick(undefined, '2026-11-21')).toBe('national')
  })

  it('before every profile: PROFILE_NOT_IN_FORCE', () => {
    expect(pick('110105', '2017-12-31')).toBe('PROFILE_NOT_IN_FORCE')
  })

  it('an explicit id must exist, be in force and apply to the workstation', () => {
    expect(pick('500103', '2026-11-21', 'nowhere')).toBe('PROFILE_UNKNOWN')
    expect(pick('500103', '2026-11-21', 'cq-2020-epidemic')).toBe('PROFILE_NOT_IN_FORCE')
    expect(pick('500103', '2026-11-21', 'sd')).toBe('PROFILE_NOT_APPLICABLE')
    expect(pick(undefined, '2026-11-21', 'sd')).toBe('PROFILE_NOT_APPLICABLE')
    expect(pick('500103', '2026-11-21', 'national')).toBe('national')
    expect(pick('500103', '2020-03-01', 'cq')).toBe('cq')
  })
})
