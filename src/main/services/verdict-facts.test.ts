import { describe, expect, it } from 'vitest'
import { ACTION_FACTS_SCHEMAS } from '../rules/engine'
import { engineStatus, onlineSelfServiceFacts, windowProcessFacts, type FactsContext } from './verdict-facts'
import type { VerdictDriverRow, VerdictViolationRow } from './verdict-queries'

const PERSON = '0195a000-0000-7000-8000-000000000001'

function violation(over: Partial<VerdictViolationRow> = {}): VerdictViolationRow {
  return {
    id: 'v1',
    record_no: '4403052611200001',
    source: 'camera',
    code: '1352',
    penalty: 'fine',
    fine_fen: 20_000,
    points: 3,
    status: 'unprocessed',
    occurred_at: '2026-11-01T08:15:00.000+08:00',
    region_code: '440305',
    on_internet: 1,
    decided: 0,
    paid: 0,
    open_dispute: 0,
    vehicle_id: 'veh1',
    vehicle_plate: '粤B12345',
    vehicle_plate_type: '02',
    vehicle_kind: 'small_car',
    vehicle_use_code: 'A',
    vehicle_status: 'A',
    vehicle_owner_type: 'person',
    vehicle_owner_person_id: PERSON,
    vehicle_restricted: 0,
    bound_at: null,
    ...over
  }
}

const driver: VerdictDriverRow = {
  classes: 'C1',
  status: 'A',
  first_issue_date: '2015-03-02',
  cycle_points: 0,
  full_score_count: 0,
  restricted: 0
}

const ctx = (pending: string[] = []): FactsContext => ({ personId: PERSON, at: '2026-11-21T14:30:00.000+08:00', pendingProcessing: new Set(pending) })
const link = { online: false, lastSyncAt: null }

describe('engineStatus', () => {
  it('reads decisions and payments beside the status column, and pending commands as pending_sync', () => {
    expect(engineStatus(violation(), new Set())).toBe('unprocessed')
    expect(engineStatus(violation(), new Set(['v1']))).toBe('pending_sync')
    expect(engineStatus(violation({ decided: 1 }), new Set(['v1']))).toBe('processed')
    expect(engineStatus(violation({ status: 'processed' }), new Set())).toBe('processed')
    expect(engineStatus(violation({ decided: 1, paid: 1 }), new Set())).toBe('paid')
    expect(engineStatus(violation({ status: 'disputed' }), new Set())).toBe('unprocessed')
    expect(engineStatus(violation({ status: 'voided', decided: 1 }), new Set())).toBe('voided')
  })
})

describe('online_self_service facts', () => {
  it('builds facts the engine schema accepts, with own / bound / none relations', () => {
    const own = onlineSelfServiceFacts(violation(), driver, ctx())
    expect(own.ok && own.facts.relation).toEqual({ kind: 'own' })
    if (own.ok) expect(ACTION_FACTS_SCHEMAS.online_self_service.safeParse(own.facts).success).toBe(true)

    const boundAt = '2026-01-05T10:00:00.000+08:00'
    const bound = onlineSelfServiceFacts(violation({ vehicle_owner_person_id: 'someone-else', bound_at: boundAt }), driver, ctx())
    expect(bound.ok && bound.facts.relation).toEqual({ kind: 'bound', boundAt })

    const none = onlineSelfServiceFacts(violation({ vehicle_owner_person_id: null, vehicle_owner_type: 'unit' }), driver, ctx())
    expect(none.ok && none.facts.relation).toEqual({ kind: 'none' })
  })

  it('passes the restricted flags, the internet flag and an objection however it is recorded', () => {
    const built = onlineSelfServiceFacts(violation({ open_dispute: 1, on_internet: 0, vehicle_restricted: 1 }), { ...driver, restricted: 1 }, ctx())
    expect(built.ok).toBe(true)
    if (!built.ok) return
    expect(built.facts.violation).toMatchObject({ disputed: true, onInternet: false })
    expect(built.facts.driver.restricted).toBe(true)
    expect(built.facts.vehicle.restricted).toBe(true)
    const byStatus = onlineSelfServiceFacts(violation({ status: 'disputed' }), driver, ctx())
    expect(byStatus.ok && byStatus.facts.violation.disputed).toBe(true)
  })

  it('names what the store lacks instead of guessing it', () => {
    expect(onlineSelfServiceFacts(violation(), undefined, ctx())).toEqual({ ok: false, missing: [expect.stringContaining('驾驶证')] })
    const noVehicle = violation({ vehicle_id: null, vehicle_plate: null, vehicle_plate_type: null, vehicle_kind: null, vehicle_use_code: null, vehicle_status: null, vehicle_owner_type: null, vehicle_owner_person_id: null, vehicle_restricted: null })
    expect(onlineSelfServiceFacts(noVehicle, driver, ctx())).toEqual({ ok: false, missing: [expect.stringContaining('车辆的档案')] })
    expect(onlineSelfServiceFacts(violation({ vehicle_kind: null }), driver, ctx())).toEqual({ ok: false, missing: [expect.stringContaining('车辆类型')] })
    const both = onlineSelfServiceFacts(violation({ penalty: null, vehicle_kind: null }), driver, ctx())
    expect(both.ok ? [] : both.missing).toHaveLength(2)
  })
})

describe('window_process facts', () => {
  it('needs neither the vehicle nor the internet flag, and carries the link to central', () => {
    const built = windowProcessFacts(violation({ vehicle_id: null, vehicle_kind: null }), driver, ctx(['v1']), link)
    expect(built.ok).toBe(true)
    if (!built.ok) return
    expect(built.facts).toMatchObject({ online: false, lastSyncAt: null, violation: { status: 'pending_sync' } })
    expect(ACTION_FACTS_SCHEMAS.window_process.safeParse(built.facts).success).toBe(true)
  })

  it('cannot answer without a licence or a penalty kind', () => {
    expect(windowProcessFacts(violation({ penalty: null }), driver, ctx(), link)).toEqual({ ok: false, missing: [expect.stringContaining('处罚种类')] })
    expect(windowProcessFacts(violation(), undefined, ctx(), link).ok).toBe(false)
  })
})
