// Window bindings a profile sends to review (binding.windowReview): saved as pending_review, they
// count towards the limits, appear in the supervisors' queue at every window of the jurisdiction,
// and take effect only when a supervisor other than the proposer approves them (SAME_OPERATOR);
// a rejection ends them. Central and the workstations run the same profile set, with review on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallerContext } from '../../src/main/core/types'
import { builtinProfiles, type Profile, type ProfileSet } from '../../src/main/rules/engine'
import type { BindingCheck, BindingCreated, BindingOverview, BindingReviewQueue } from '../../src/shared/contract/workflows/binding-schemas'
import { CENTRAL_DB_KINDS } from '../support/central-databases'
import { applicants, bindableVehicles, type Candidate } from './support/binding-data'
import { startTestCentral, startWorkstation, type TestCentral, type TestWorkstation } from './support/harness'

const PRESENT = { kind: 'owner_present', confirmed: true } as const
const SUPERVISOR = { policeNo: '200001', password: 'demo-super-1' }

/** The shipped profiles, with national sending window bindings to review. */
function reviewingProfiles(): ProfileSet {
  const set = new Map(builtinProfiles())
  const national = set.get('national') as Profile
  set.set('national', { ...national, binding: { ...national.binding, windowReview: true } })
  return set
}

describe.each(CENTRAL_DB_KINDS)('binding review against central on %s', (kind) => {
  let central: TestCentral
  let a: TestWorkstation
  let b: TestWorkstation
  let people: string[]
  let vehicles: Candidate[]
  let supervisorAtB: CallerContext

  beforeAll(async () => {
    const profiles = reviewingProfiles()
    central = await startTestCentral(kind, { people: 60, profiles })
    people = await applicants(central.db, 6)
    vehicles = await bindableVehicles(central.db, 8, people)
    a = await startWorkstation(central.url, await central.issueCode(), { profiles })
    b = await startWorkstation(central.url, await central.issueCode(), { profiles })
    await a.core.sync.syncNow()
    await b.core.sync.syncNow()
    supervisorAtB = { host: 'web', sessionKey: `supervisor-${kind}` }
    const signIn = await b.core.dispatch('session:signIn', SUPERVISOR, supervisorAtB)
    expect(signIn.ok).toBe(true)
  }, 180_000)
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await central?.close()
  })

  const asSupervisor = async <T>(channel: string, input: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> =>
    (await b.core.dispatch(channel, input, supervisorAtB)) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } }

  it('a window binding waits for review, counts towards the limit, and a supervisor at another window approves it', async () => {
    const person = people.shift()!
    const v = vehicles.shift()!
    const check = await a.call<BindingCheck>('binding:check', { personId: person, plate: v.plate, plateType: v.plateType })
    expect(check).toMatchObject({ state: 'found', limits: { windowReview: true } })
    const created = await a.call<BindingCreated>('binding:create', { personId: person, vehicleId: v.id, consent: PRESENT })
    expect(created.status).toBe('pending_review')
    await a.core.sync.syncNow()
    expect(await central.db.query('SELECT status FROM bindings WHERE id = $1', [created.bindingId])).toEqual([{ status: 'pending_review' }])
    // Awaiting review counts: the same vehicle cannot be bound twice meanwhile.
    expect(await a.attempt('binding:create', { personId: person, vehicleId: v.id, consent: PRESENT })).toMatchObject({ ok: false, error: { code: 'ALREADY_BOUND' } })

    await b.core.sync.syncNow()
    const queue = await asSupervisor<BindingReviewQueue>('binding:reviews', {})
    if (!queue.ok) throw new Error(queue.error.message)
    const item = queue.value.items.find((x) => x.bindingId === created.bindingId)
    expect(item).toMatchObject({ plate: v.plate, proposerNo: '100001', ownProposal: false })
    expect(item!.idNumberMasked).toContain('*')

    // A clerk may not review.
    expect(await b.attempt('binding:review', { bindingId: created.bindingId, decision: 'approve', comment: '' })).toMatchObject({ ok: false, error: { code: 'ROLE_NOT_ALLOWED' } })
    const approved = await asSupervisor<BindingReviewQueue>('binding:review', { bindingId: created.bindingId, decision: 'approve', comment: '' })
    expect(approved.ok).toBe(true)
    if (approved.ok) expect(approved.value.items.some((x) => x.bindingId === created.bindingId)).toBe(false)
    await b.core.sync.syncNow()
    expect(await central.db.query('SELECT status FROM bindings WHERE id = $1', [created.bindingId])).toEqual([{ status: 'active' }])
    const kinds = await central.db.query<{ kind: string; operator_no: string }>('SELECT kind, operator_no FROM service_records WHERE person_id = $1 ORDER BY at', [person])
    expect(kinds).toEqual([
      { kind: 'binding.create', operator_no: '100001' },
      { kind: 'binding.review', operator_no: '200001' }
    ])
    await a.core.sync.syncNow()
    expect((await a.call<BindingOverview>('binding:list', { personId: person })).bindings).toMatchObject([{ status: 'active' }])
  })

  it('the supervisor who made a binding may not review it, at any window (SAME_OPERATOR); unbinding it ends the review', async () => {
    const person = people.shift()!
    const v = vehicles.shift()!
    const created = await asSupervisor<BindingCreated>('binding:create', { personId: person, vehicleId: v.id, consent: PRESENT })
    if (!created.ok) throw new Error(created.error.message)
    const queue = await asSupervisor<BindingReviewQueue>('binding:reviews', {})
    expect(queue.ok && queue.value.items.find((x) => x.bindingId === created.value.bindingId)?.ownProposal).toBe(true)
    expect(await asSupervisor('binding:review', { bindingId: created.value.bindingId, decision: 'approve', comment: '' })).toMatchObject({
      ok: false,
      error: { code: 'SAME_OPERATOR' }
    })
    await b.core.sync.syncNow()
    await a.core.sync.syncNow()

    const supervisorAtA: CallerContext = { host: 'web', sessionKey: `supervisor-a-${kind}` }
    expect((await a.core.dispatch('session:signIn', { policeNo: '200001', password: 'demo-super-1' }, supervisorAtA)).ok).toBe(true)
    // Same police number at another window: still the proposer.
    expect(await a.core.dispatch('binding:review', { bindingId: created.value.bindingId, decision: 'reject', comment: '车主不同意' }, supervisorAtA)).toMatchObject({
      ok: false,
      error: { code: 'SAME_OPERATOR' }
    })
    // Ended (解除) before anyone reviewed it: it leaves the queue at every window.
    const removed = await a.attempt('binding:remove', { bindingId: created.value.bindingId, reason: 'applicant_request', note: '' })
    expect(removed.ok).toBe(true)
    await a.core.sync.syncNow()
    expect(await central.db.query('SELECT status FROM bindings WHERE id = $1', [created.value.bindingId])).toEqual([{ status: 'unbound' }])
    await b.core.sync.syncNow()
    const after = await asSupervisor<BindingReviewQueue>('binding:reviews', {})
    expect(after.ok && after.value.items.some((x) => x.bindingId === created.value.bindingId)).toBe(false)
  })

  it('a supervisor rejects a binding with a reason; it no longer counts', async () => {
    const person = people.shift()!
    const v = vehicles.shift()!
    const created = await a.call<BindingCreated>('binding:create', { personId: person, vehicleId: v.id, consent: PRESENT })
    await a.core.sync.syncNow()
    await b.core.sync.syncNow()
    expect(await asSupervisor('binding:review', { bindingId: created.bindingId, decision: 'reject', comment: '' })).toMatchObject({
      ok: false,
      error: { code: 'COMMENT_REQUIRED' }
    })
    const rejected = await asSupervisor<BindingReviewQueue>('binding:review', { bindingId: created.bindingId, decision: 'reject', comment: '车主电话核实不同意' })
    expect(rejected.ok).toBe(true)
    await b.core.sync.syncNow()
    expect(await central.db.query('SELECT status FROM bindings WHERE id = $1', [created.bindingId])).toEqual([{ status: 'rejected' }])
    await a.core.sync.syncNow()
    expect((await a.call<BindingOverview>('binding:list', { personId: person })).bindings).toEqual([])
    const again = await a.call<BindingCheck>('binding:check', { personId: person, plate: v.plate, plateType: v.plateType })
    expect(again).toMatchObject({ state: 'found', verdict: { allowed: true } })
  })
})
