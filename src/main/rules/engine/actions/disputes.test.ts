import { describe, expect, it } from 'vitest'
import { builtinProfiles } from '../../profiles/builtin'
import type { Profile } from '../../profiles/profile-schema'
import { FILE_DISPUTE_TABLE, RESOLVE_TABLE } from '../cases/disputes.test-support'
import { checkCase, decide, fileDisputeFacts, resolveFacts } from '../cases/fixtures.test-support'
import { evaluate } from '../evaluate'

describe('file_dispute', () => {
  for (const c of FILE_DISPUTE_TABLE.cases) it(c.name, () => checkCase(FILE_DISPUTE_TABLE, c))

  it('seed 001 §六.1: without the workstation\'s region code the jurisdiction cannot be judged', () => {
    const result = evaluate('file_dispute', fileDisputeFacts(), { profiles: builtinProfiles() })
    expect(result).toMatchObject({ ok: false, error: { code: 'JURISDICTION_REQUIRED', field: 'jurisdiction' } })
  })
})

describe('resolve_dispute', () => {
  for (const c of RESOLVE_TABLE.cases) it(c.name, () => checkCase(RESOLVE_TABLE, c))

  it('FACTS §6: four-eyes is local policy: a profile may turn it off', () => {
    const cq = builtinProfiles().get('cq') as Profile
    const profiles = new Map([['cq', { ...cq, disputes: { ...cq.disputes, fourEyes: false } }], ...[...builtinProfiles()].filter(([id]) => id !== 'cq')])
    const facts = resolveFacts()
    facts.approver.operatorId = facts.proposal.proposerId
    expect(decide('resolve_dispute', facts, { profiles, jurisdiction: '500103' }).allowed).toBe(true)
    expect(decide('resolve_dispute', facts, { jurisdiction: '500103' }).denials.map((f) => f.code)).toEqual(['SAME_OPERATOR'])
  })
})
