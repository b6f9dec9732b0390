// evaluate(): errors before any rule runs, profile selection, and the decision's shape.
import { describe, expect, it } from 'vitest'
import { builtinProfiles } from '../profiles/builtin'
import { EPIDEMIC_AT, WHERE, onlineFacts, payFacts } from './cases/fixtures.test-support'
import { evaluate } from './evaluate'

const profiles = builtinProfiles()

describe('evaluate', () => {
  it('an unknown action is ACTION_UNKNOWN', () => {
    expect(evaluate('renew_license', {}, { profiles })).toMatchObject({ ok: false, error: { code: 'ACTION_UNKNOWN', field: 'action' } })
  })

  it('a workstation region code that is not 6 digits is JURISDICTION_INVALID', () => {
    expect(evaluate('pay_fine', payFacts(), { profiles, jurisdiction: '5001' })).toMatchObject({ ok: false, error: { code: 'JURISDICTION_INVALID' } })
  })

  it('an unknown profile is PROFILE_UNKNOWN', () => {
    const result = evaluate('pay_fine', payFacts(), { profiles, profileId: 'hk' })
    expect(result).toMatchObject({ ok: false, error: { code: 'PROFILE_UNKNOWN', field: 'profileId', message: expect.stringContaining('“hk”') } })
  })

  it('a profile outside its effective dates is PROFILE_NOT_IN_FORCE', () => {
    const result = evaluate('pay_fine', payFacts(), { profiles, profileId: 'cq-2020-epidemic', jurisdiction: WHERE.cq })
    expect(result).toMatchObject({ ok: false, error: { code: 'PROFILE_NOT_IN_FORCE', message: expect.stringContaining('2020-02-12至2023-01-07') } })
  })

  it('a profile of another jurisdiction is PROFILE_NOT_APPLICABLE', () => {
    const result = evaluate('pay_fine', payFacts(), { profiles, profileId: 'fj', jurisdiction: WHERE.cq })
    expect(result).toMatchObject({ ok: false, error: { code: 'PROFILE_NOT_APPLICABLE' } })
  })

  it('a date before every profile is PROFILE_NOT_IN_FORCE', () => {
    const facts = { ...payFacts(), at: '2015-06-01T10:00:00+08:00', decision: { ...payFacts().decision, decidedOn: '2015-05-20' } }
    expect(evaluate('pay_fine', facts, { profiles, jurisdiction: WHERE.beijing })).toMatchObject({ ok: false, error: { code: 'PROFILE_NOT_IN_FORCE' } })
  })

  it('facts are checked before the profile, so bad facts are FACTS_INVALID even with a bad profile id', () => {
    expect(evaluate('pay_fine', { at: 'now' }, { profiles, profileId: 'hk' })).toMatchObject({ ok: false, error: { code: 'FACTS_INVALID' } })
  })

  it('every decision names its profile; the date of the action selects it (seed 003: 2020-02-12)', () => {
    const now = evaluate('online_self_service', onlineFacts(), { profiles, jurisdiction: WHERE.cq })
    const then = evaluate('online_self_service', { ...onlineFacts(), at: EPIDEMIC_AT, violation: { ...onlineFacts().violation, occurredAt: '2020-02-20T08:00:00+08:00' } }, { profiles, jurisdiction: WHERE.cq })
    expect(now).toMatchObject({ ok: true, decision: { profileId: 'cq', profileName: '重庆市' } })
    expect(then).toMatchObject({ ok: true, decision: { profileId: 'cq-2020-epidemic', profileName: '重庆市（疫情防控期间）' } })
  })

  it('without a workstation region code the national profile answers', () => {
    expect(evaluate('pay_fine', payFacts(), { profiles })).toMatchObject({ ok: true, decision: { profileId: 'national' } })
  })

  it('allowed is exactly "no denials", and the decision holds only the documented keys', () => {
    const result = evaluate('online_self_service', onlineFacts(), { profiles, jurisdiction: WHERE.cq })
    if (!result.ok) throw new Error(result.error.message)
    expect(Object.keys(result.decision).sort()).toEqual(['action', 'allowed', 'consequences', 'denials', 'profileId', 'profileName', 'warnings'])
    expect(result.decision.allowed).toBe(result.decision.denials.length === 0)
  })

  it('is deterministic: the same facts give the same decision', () => {
    const a = evaluate('pay_fine', payFacts(), { profiles, jurisdiction: WHERE.sd })
    const b = evaluate('pay_fine', payFacts(), { profiles, jurisdiction: WHERE.sd })
    expect(a).toEqual(b)
  })
})
