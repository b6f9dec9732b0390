import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../tests/support/temp-dir'
import { memoryLogger } from '../core/logger'
import { fixedClock } from '../platform/clock'
import { builtinProfiles } from '../rules/engine'
import { openStore, type Store } from '../store/db'
import { prepareVerdictQueries } from './verdict-queries'
import { createVerdictService } from './violation-verdicts'

const PERSON = '0195a000-0000-7000-8000-000000000001'
const VEHICLE = '0195a000-0000-7000-8000-000000000002'
const NOW = new Date('2026-11-21T06:30:00Z') // 14:30 in Shenzhen

function fixture(jurisdiction = '440305', now = NOW) {
  const tmp = makeTempDir()
  const store: Store = openStore({ file: tmp.file('db.sqlite') })
  const sql = store.sqlite
  sql.prepare(`INSERT INTO people (id, id_number, name, gender, birth_date, address, updated_at)
               VALUES (?, '440305199001011234', '测试', 'M', '1990-01-01', '深圳', '2026-01-01T00:00:00+08:00')`).run(PERSON)
  sql.prepare(`INSERT INTO drivers (id, person_id, file_no, classes, status, first_issue_date, valid_until, cycle_points, full_score_count, issuing_organ, updated_at)
               VALUES ('d1', ?, '440300000001', 'C1', 'A', '2015-03-02', '2031-03-02', 3, 0, '深圳市公安局交通警察支队', '2026-01-01T00:00:00+08:00')`).run(PERSON)
  sql.prepare(`INSERT INTO vehicles (id, plate, plate_type, use_code, model, vehicle_kind, status, owner_type, owner_person_id, registered_at, updated_at)
               VALUES (?, '粤B12345', '02', 'A', '大众牌FV7152BBDBG', 'small_car', 'A', 'person', ?, '2020-01-01T00:00:00+08:00', '2020-01-01T00:00:00+08:00')`).run(VEHICLE, PERSON)
  let n = 0
  const addViolation = (over: { fineFen?: number; points?: number; occurredAt?: string; penalty?: string | null } = {}): string => {
    n += 1
    const id = `0195a000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`
    sql.prepare(`INSERT INTO violations (id, record_no, source, vehicle_id, plate, plate_type, code, behaviour, penalty, fine_fen, points, status, occurred_at, place, region_code, discovering_organ, updated_at)
                 VALUES (?, ?, 'camera', ?, '粤B12345', '02', '1352', '超速', ?, ?, ?, 'unprocessed', ?, '南山大道', '440305', '南山大队', '2026-11-02T00:00:00+08:00')`)
      .run(id, `44030526110${String(n).padStart(5, '0')}`, VEHICLE, over.penalty === undefined ? 'fine' : over.penalty, over.fineFen ?? 20_000, over.points ?? 3, over.occurredAt ?? '2026-11-01T08:15:00.000+08:00')
    return id
  }
  const outbox = (type: string, violationId: string, status = 'pending'): void => {
    const seq = (sql.prepare('SELECT count(*) FROM outbox').pluck().get() as number) + 1
    sql.prepare(`INSERT INTO outbox (id, seq, type, payload, created_at, status) VALUES (?, ?, ?, ?, '2026-11-21T14:00:00.000+08:00', ?)`)
      .run(`cmd-${seq}`, seq, type, JSON.stringify({ operatorId: 'op', data: { violationId } }), status)
  }
  const logger = memoryLogger()
  const service = createVerdictService({
    queries: prepareVerdictQueries(sql),
    profiles: builtinProfiles(),
    jurisdiction,
    clock: fixedClock(now),
    timeZone: 'Asia/Shanghai',
    logger,
    centralOnline: () => false
  })
  const judge = (id: string) => {
    const verdicts = service.forViolations(PERSON, [id]).get(id)
    if (verdicts === undefined) throw new Error(`no verdicts for ${id}`)
    return verdicts
  }
  return { tmp, store, sql, addViolation, outbox, logger, service, judge }
}

describe('violation verdicts from the store', () => {
  const cleanups: (() => void)[] = []
  afterEach(() => cleanups.splice(0).forEach((f) => f()))
  const track = (f: ReturnType<typeof fixture>) => {
    cleanups.push(() => (f.store.close(), f.tmp.remove()))
    return f
  }

  it('refuses a fine over 200 yuan online with the amounts, and allows it at the window', () => {
    const f = track(fixture())
    const { selfService, window } = f.judge(f.addViolation({ fineFen: 25_000 }))
    expect(selfService).toMatchObject({ available: true, allowed: false })
    expect(selfService.denials.map((d) => d.code)).toEqual(['FINE_OVER_LIMIT'])
    expect(selfService.denials[0]?.message).toContain('罚款250元，超过网上处理上限200元')
    expect(selfService.denials[0]?.source).toMatch(/seed 000/)
    expect(window).toMatchObject({ available: true, allowed: true, unavailableReason: null })
    // No link to central yet: processing here is provisional, and the window verdict says so.
    expect(window.warnings.map((w) => w.code)).toEqual(['OFFLINE_PROVISIONAL'])
    expect(window.consequences.map((c) => c.code)).toEqual(['POINTS_RECORDED', 'PAYMENT_DEADLINE'])
  })

  it('allows a plain camera record of the own car online', () => {
    const f = track(fixture())
    const { selfService } = f.judge(f.addViolation())
    expect(selfService).toMatchObject({ available: true, allowed: true, denials: [] })
    expect(selfService.consequences.map((c) => c.code)).toEqual(['ONLINE_PAYMENT_WINDOW'])
  })

  it('counts a pending processing command in the outbox as processed, and nothing else', () => {
    const f = track(fixture())
    const processed = f.addViolation()
    const disputedOnly = f.addViolation()
    const applied = f.addViolation()
    f.outbox('violation.process', processed)
    f.outbox('dispute.file', disputedOnly)
    f.outbox('violation.process', applied, 'applied')
    const { selfService, window } = f.judge(processed)
    for (const verdict of [selfService, window]) {
      expect(verdict.allowed).toBe(false)
      expect(verdict.denials.map((d) => d.code)).toEqual(['ALREADY_PROCESSED'])
      expect(verdict.denials[0]?.message).toContain('等待数据同步')
    }
    expect(f.judge(disputedOnly).window.allowed).toBe(true)
    expect(f.judge(applied).window.allowed).toBe(true)
  })

  it('refuses online when the driver or the vehicle is restricted (重点备案/限制处理)', () => {
    const f = track(fixture())
    const id = f.addViolation()
    f.sql.prepare('UPDATE drivers SET restricted = 1').run()
    const denials = f.judge(id).selfService.denials
    expect(denials.map((d) => d.code)).toEqual(['RESTRICTED_PERSON_OR_VEHICLE'])
    expect(denials[0]?.message).toContain('驾驶人')
  })

  it('says "cannot tell" for facts the store lacks, per question', () => {
    const f = track(fixture())
    const id = f.addViolation()
    f.sql.prepare('UPDATE vehicles SET vehicle_kind = NULL').run()
    const { selfService, window } = f.judge(id)
    expect(selfService).toMatchObject({ available: false, allowed: false, denials: [], unavailableReason: { code: 'FACTS_NOT_HELD' } })
    expect(selfService.unavailableReason?.message).toContain('车辆类型')
    expect(window.available).toBe(true)
    const noPenalty = f.judge(f.addViolation({ penalty: null }))
    expect(noPenalty.window.unavailableReason?.message).toContain('处罚种类')
    expect(f.logger.lines).toEqual([])
  })

  it('logs facts the engine refuses as our bug and shows no guessed decision', () => {
    const f = track(fixture())
    // A record dated after "now" cannot be true: the engine refuses the facts.
    const id = f.addViolation({ occurredAt: '2026-11-22T09:00:00.000+08:00' })
    const { selfService, window } = f.judge(id)
    for (const verdict of [selfService, window]) {
      expect(verdict).toMatchObject({ available: false, allowed: false, denials: [], unavailableReason: { code: 'FACTS_INVALID' } })
      expect(verdict.unavailableReason?.message).toContain('violation.occurredAt')
    }
    expect(f.logger.lines).toEqual([
      { level: 'error', code: 'VERDICT_FACTS_INVALID', detail: { action: 'online_self_service', violationId: id, field: 'violation.occurredAt' } },
      { level: 'error', code: 'VERDICT_FACTS_INVALID', detail: { action: 'window_process', violationId: id, field: 'violation.occurredAt' } }
    ])
  })

  it('names the profile in force for the workstation region and date', () => {
    expect(track(fixture()).service.profileInForce()).toEqual({ id: 'national', name: '全国通用规则' })
    expect(track(fixture('500103')).service.profileInForce()).toMatchObject({ id: 'cq' })
    expect(track(fixture('500103', new Date('2021-06-01T04:00:00Z'))).service.profileInForce()).toMatchObject({ id: 'cq-2020-epidemic' })
  })
})
