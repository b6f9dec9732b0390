// The two rules verdicts on the person view, through the real core: seeded SQLite file, injected
// clock, `dispatch` exactly as both hosts call it. Cases are picked from the generated data set,
// never hard-coded, and the assertions name the concrete values the clerk reads.
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppCore } from '../../src/main/core/app-core'
import { memoryLogger } from '../../src/main/core/logger'
import type { AppCore, CallerContext } from '../../src/main/core/types'
import { fixedClock } from '../../src/main/platform/clock'
import { BUILTIN_PROFILE_DOCUMENTS, checkProfile, makeProfileSet, ProfileLoadError } from '../../src/main/rules/profiles'
import type { PersonView, ViolationView } from '../../src/shared/contract'
import { makeTempDir } from '../support/temp-dir'

const caller: CallerContext = { host: 'web', sessionKey: 'tab-verdicts' }
// 14:30 in Shenzhen: outside any maintenance window.
const NOW = new Date('2026-11-21T06:30:00Z')

describe('violation verdicts on the person view', () => {
  const tmp = makeTempDir()
  const logger = memoryLogger()
  let core: AppCore
  let db: Database.Database

  beforeAll(async () => {
    core = await createAppCore({ dataDir: tmp.dir, host: 'web', demo: true, demoPeople: 400, clock: fixedClock(NOW), logger })
    db = new Database(core.startup.databaseFile, { readonly: true })
    const signedIn = await core.dispatch('session:signIn', { policeNo: '100001', password: 'demo-clerk-1' }, caller)
    expect(signedIn.ok).toBe(true)
  })
  afterAll(() => {
    db.close()
    core.close()
    tmp.remove()
  })

  async function open(personId: string): Promise<PersonView> {
    const result = await core.dispatch('person:open', { personId }, caller)
    if (!result.ok) throw new Error(`person:open failed: ${result.error.code} ${result.error.message}`)
    return result.value as PersonView
  }

  async function violationOf(personId: string, recordNo: string): Promise<ViolationView> {
    const found = (await open(personId)).violations.find((v) => v.recordNo === recordNo)
    if (found === undefined) throw new Error(`violation ${recordNo} not on the person view`)
    return found
  }

  /** An unprocessed camera record of a licensed owner's own car, matching `where`. */
  function ownRecord(where: string): { personId: string; recordNo: string; points: number; cyclePoints: number; plate: string; useCode: string } {
    const row = db
      .prepare(
        `SELECT p.id AS personId, x.record_no AS recordNo, x.points, d.cycle_points AS cyclePoints, v.plate, v.use_code AS useCode
           FROM violations x JOIN vehicles v ON v.id = x.vehicle_id JOIN people p ON p.id = v.owner_person_id
           JOIN drivers d ON d.person_id = p.id
          WHERE x.status = 'unprocessed' AND x.source = 'camera' AND x.on_internet = 1 AND ${where}
          ORDER BY x.record_no LIMIT 1`
      )
      .get() as ReturnType<typeof ownRecord> | undefined
    if (row === undefined) throw new Error(`the generated data set has no record where ${where}`)
    return row
  }

  it('refuses 12123 when the points would reach 12, naming the points, and asks the window to confirm', async () => {
    const pick = ownRecord('x.points > 0 AND d.cycle_points + x.points >= 12')
    const total = pick.cyclePoints + pick.points
    const { verdicts } = await violationOf(pick.personId, pick.recordNo)

    expect(verdicts.selfService).toMatchObject({ available: true, allowed: false })
    const denial = verdicts.selfService.denials.find((d) => d.code === 'POINTS_WOULD_REACH_12')
    expect(denial?.message).toContain(`本次记${pick.points}分，当前已记${pick.cyclePoints}分，累计将达${total}分`)
    expect(denial?.source).toContain('seed 001 §四.3')

    const warning = verdicts.window.warnings.find((w) => w.code === 'WILL_REACH_12')
    expect(warning).toMatchObject({ confirm: true })
    expect(warning?.message).toContain(`累计将达${total}分`)
  })

  it('refuses 12123 for an operating vehicle, naming its plate and use', async () => {
    const pick = ownRecord("v.use_code <> 'A' AND v.plate_type IN ('02', '52')")
    const { verdicts } = await violationOf(pick.personId, pick.recordNo)
    const denial = verdicts.selfService.denials.find((d) => d.code === 'VEHICLE_USAGE_OPERATING')
    expect(denial?.message).toContain(`车辆${pick.plate}的使用性质为${pick.useCode} `)
    // The window handles operating vehicles: only the record itself could block it there.
    expect(verdicts.window.denials).toEqual([])
  })

  it('shows ALREADY_PROCESSED on both questions for a paid record', async () => {
    const row = db
      .prepare(
        `SELECT d.person_id AS personId, x.record_no AS recordNo FROM violations x
           JOIN decisions d ON d.violation_id = x.id JOIN payments p ON p.decision_id = d.id
          WHERE x.status = 'paid' ORDER BY x.record_no LIMIT 1`
      )
      .get() as { personId: string; recordNo: string }
    const { verdicts } = await violationOf(row.personId, row.recordNo)
    for (const verdict of [verdicts.selfService, verdicts.window]) {
      expect(verdict).toMatchObject({ available: true, allowed: false })
      const denial = verdict.denials.find((d) => d.code === 'ALREADY_PROCESSED')
      expect(denial?.message).toContain(`违法记录${row.recordNo}已处理并已缴款`)
    }
  })

  it('answers every record of the data set without a facts error', async () => {
    const people = db.prepare('SELECT id, EXISTS (SELECT 1 FROM drivers d WHERE d.person_id = p.id) AS licensed FROM people p').all() as { id: string; licensed: 0 | 1 }[]
    let answered = 0
    for (const person of people) {
      for (const v of (await open(person.id)).violations) {
        for (const verdict of [v.verdicts.selfService, v.verdicts.window]) {
          // Only open records of people without a licence on file get "cannot tell" (for both
          // verdicts); a closed record is answered whatever the store lacks.
          const closed = ['processed', 'paid', 'voided'].includes(v.status)
          expect(verdict.available, `${v.recordNo}: ${verdict.unavailableReason?.message ?? ''}`).toBe(person.licensed === 1 || closed)
          if (verdict.available) answered += 1
        }
      }
    }
    expect(answered).toBeGreaterThan(1000)
    expect(logger.lines.filter((l) => l.code.startsWith('VERDICT_'))).toEqual([])
  })

  it('reports the profile in force for the workstation region (440305: no Guangdong profile, so national)', async () => {
    const info = await core.dispatch('app:info', {}, caller)
    expect(info).toMatchObject({ ok: true, value: { profile: { id: 'national', name: '全国通用规则' } } })
  })
})

describe('policy profiles at core start', () => {
  it('selects the Chongqing profile for a Chongqing workstation', async () => {
    const tmp = makeTempDir()
    const core = await createAppCore({ dataDir: tmp.dir, host: 'web', demo: false, clock: fixedClock(NOW), logger: memoryLogger(), config: { regionCode: '500103' } })
    try {
      expect(await core.dispatch('app:info', {}, caller)).toMatchObject({ ok: true, value: { profile: { id: 'cq', name: '重庆市' } } })
    } finally {
      core.close()
      tmp.remove()
    }
  })

  it('does not start with a malformed profile, and the message names the field', async () => {
    const tmp = makeTempDir()
    // The shipped national profile with a fine limit above the simple procedure's 200 yuan.
    const national = BUILTIN_PROFILE_DOCUMENTS.find((d) => d.file === 'national.json')?.data as { online: object }
    const malformed = { ...national, online: { ...national.online, fineLimitFen: 50_000 } }
    const loadProfiles = () => makeProfileSet([checkProfile({ file: 'national.json', data: malformed })])
    try {
      const start = createAppCore({ dataDir: tmp.dir, host: 'web', demo: false, clock: fixedClock(NOW), loadProfiles })
      await expect(start).rejects.toThrow(ProfileLoadError)
      await expect(start).rejects.toThrow(/national\.json.*online\.fineLimitFen/)
    } finally {
      tmp.remove()
    }
  })
})
