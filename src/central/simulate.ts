// `counterdesk central simulate`: plays the channels other than this window, over the same sync
// protocol a workstation uses, so central treats them exactly like real traffic: citizens
// processing and paying on 交管12123, camera records arriving from intake, and another window
// processing records. It keeps a mirror of central (bootstrap + pull) to choose realistic targets.
import { createHash, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { openStore } from '../main/store/db'
import { SyncClient, SyncError } from '../main/sync/client'
import { SyncStore } from '../main/sync/sync-store'
import { runBootstrap } from '../main/sync/bootstrap'
import { openSyncConnection } from '../main/sync/connection'
import { builtinProfiles, evaluate } from '../main/rules/engine'
import { toZonedIso } from '../main/platform/zoned-time'
import { VIOLATION_CODES } from '../main/seed/violation-codes'
import type { WireCommand } from '../main/sync/protocol'
import type { ClientKind } from './central'

export type SimulatedAction = 'app_process' | 'app_pay' | 'camera_record' | 'window_process'

export interface SimulationOptions {
  centralUrl: string
  adminToken: string
  /** Actions per second, over all channels. */
  rate: number
  /** Stop after this many actions (default: run until stopped). */
  limit?: number
  seed?: number
  regionCode?: string
  timeZone?: string
  weights?: Partial<Record<SimulatedAction, number>>
  onAction?: (event: { action: SimulatedAction; status: string; code?: string; detail: string }) => void
}

export interface Simulation {
  /** Resolves when the limit is reached or stop() was called. */
  done: Promise<{ actions: number; applied: number; rejected: number }>
  stop(): void
}

function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One simulated channel: enrolled like a workstation, with its own sequence and audit anchors. */
class Channel {
  private seq = 0
  private auditHash = '0'.repeat(64)
  constructor(
    readonly id: string,
    private readonly client: SyncClient
  ) {}

  async send(type: string, data: unknown, at: string): Promise<{ status: string; code?: string; message?: string }> {
    this.seq += 1
    this.auditHash = createHash('sha256').update(this.auditHash).update(type).update(JSON.stringify(data)).digest('hex')
    const command: WireCommand = {
      id: randomUUID(),
      seq: this.seq,
      type,
      payload: { operatorId: null, workstationId: this.id, clientTime: at, audit: { seq: this.seq, hash: this.auditHash }, data }
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const result = (await this.client.push([command])).value.results[0]!
        if (result.status === 'retry') throw new SyncError(result.code, result.message, true)
        return result.status === 'rejected' ? { status: 'rejected', code: result.code, message: result.message } : { status: 'applied' }
      } catch (error) {
        // The same command id again: central answers it at most once (idempotent retry).
        if (!(error instanceof SyncError) || !error.transient || attempt >= 20) throw error
        await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** attempt)))
      }
    }
  }
}

async function enrolChannel(options: SimulationOptions, kind: ClientKind, name: string, regionCode: string): Promise<{ channel: Channel; client: SyncClient; secret: string; id: string }> {
  const response = await fetch(`${options.centralUrl}/admin/v1/enrolment-codes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind })
  })
  if (!response.ok) throw new Error(`central refused an enrolment code for ${kind}: HTTP ${response.status}`)
  const { code } = (await response.json()) as { code: string }
  const id = randomUUID()
  const anonymous = new SyncClient({ baseUrl: options.centralUrl, now: () => new Date() })
  const enrolled = (await anonymous.enrol({ enrolmentCode: code, workstationId: id, workstationName: name, regionCode })).value
  const client = new SyncClient({ baseUrl: options.centralUrl, now: () => new Date(), credentials: { workstationId: id, secret: enrolled.secret } })
  return { channel: new Channel(id, client), client, secret: enrolled.secret, id }
}

export async function startSimulation(options: SimulationOptions): Promise<Simulation> {
  const regionCode = options.regionCode ?? '440305'
  const timeZone = options.timeZone ?? 'Asia/Shanghai'
  const random = prng(options.seed ?? 1)
  const profiles = builtinProfiles()
  const app = await enrolChannel(options, 'app', '交管12123（模拟）', regionCode)
  const intake = await enrolChannel(options, 'intake', '监控录入（模拟）', regionCode)
  const window = await enrolChannel(options, 'window', '其他窗口（模拟）', regionCode)

  // The mirror: the workstation's own store and sync code, on a scratch file.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counterdesk-simulate-'))
  const file = path.join(dir, 'mirror.sqlite')
  openStore({ file }).close()
  const clientOptions = { baseUrl: options.centralUrl, now: () => new Date(), credentials: { workstationId: app.id, secret: app.secret } }
  await runBootstrap({ databaseFile: file, client: clientOptions }, () => undefined)
  const sqlite: Database.Database = openSyncConnection(file)
  const mirror = new SyncStore(sqlite, () => ({ profiles, jurisdiction: regionCode, online: true }))
  mirror.finishBootstrap()
  const mirrorClient = new SyncClient(clientOptions)
  async function refresh(): Promise<void> {
    for (;;) {
      const position = mirror.cursor()!
      const page = (await mirrorClient.pull(position.epoch, position.cursor, 1000)).value
      mirror.applyPullPage(page)
      if (!page.hasMore) return
    }
  }

  const weights = { app_process: 3, app_pay: 3, camera_record: 2, window_process: 1, ...options.weights }
  const total = Object.values(weights).reduce((s, w) => s + w, 0)
  function pick(): SimulatedAction {
    let r = random() * total
    for (const [action, w] of Object.entries(weights) as [SimulatedAction, number][]) {
      r -= w
      if (r < 0) return action
    }
    return 'camera_record'
  }
  const offset = (n: number): number => Math.floor(random() * Math.max(1, n))
  const processable = sqlite.prepare(
    `SELECT v.id, ve.owner_person_id AS person_id, v.record_no FROM violations v
       JOIN vehicles ve ON ve.id = v.vehicle_id JOIN drivers d ON d.person_id = ve.owner_person_id
     WHERE v.status = 'unprocessed' AND v.penalty IS NOT NULL LIMIT 1 OFFSET ?`
  )
  const processableCount = sqlite.prepare(
    `SELECT count(*) FROM violations v JOIN vehicles ve ON ve.id = v.vehicle_id JOIN drivers d ON d.person_id = ve.owner_person_id WHERE v.status = 'unprocessed' AND v.penalty IS NOT NULL`
  ).pluck()
  const unpaid = sqlite.prepare(
    `SELECT d.id, d.decision_no, d.fine_fen, d.decided_at, v.source, v.penalty FROM decisions d JOIN violations v ON v.id = d.violation_id
     WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.decision_id = d.id) AND v.status != 'voided' LIMIT 1 OFFSET ?`
  )
  const unpaidCount = sqlite.prepare(`SELECT count(*) FROM decisions d WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.decision_id = d.id)`).pluck()
  const vehicle = sqlite.prepare('SELECT id, plate, plate_type FROM vehicles LIMIT 1 OFFSET ?')
  const vehicleCount = sqlite.prepare('SELECT count(*) FROM vehicles').pluck()

  async function act(action: SimulatedAction, at: string): Promise<{ status: string; code?: string; detail: string } | null> {
    if (action === 'app_process' || action === 'window_process') {
      const row = processable.get(offset(processableCount.get() as number)) as { id: string; person_id: string; record_no: string } | undefined
      if (row === undefined) return null
      const channel = action === 'app_process' ? app.channel : window.channel
      const data = {
        violationId: row.id,
        driverPersonId: row.person_id,
        decisionId: randomUUID(),
        provisionalNo: `SIM-${randomUUID().slice(0, 8)}`,
        confirmed: ['WILL_REACH_12'],
        organ: action === 'app_process' ? '交管12123' : '深圳市公安局交通警察支队福田大队'
      }
      return { ...(await channel.send('violation.process', data, at)), detail: `违法记录${row.record_no}` }
    }
    if (action === 'app_pay') {
      const row = unpaid.get(offset(unpaidCount.get() as number)) as
        | { id: string; decision_no: string; fine_fen: number; decided_at: string; source: 'camera' | 'onsite'; penalty: string | null }
        | undefined
      if (row === undefined) return null
      const verdict = evaluate(
        'pay_fine',
        {
          at,
          decision: { source: row.source, procedure: row.penalty === 'beyond_simple' ? 'general' : 'simple', fineFen: row.fine_fen, decidedOn: row.decided_at.slice(0, 10) },
          paid: false,
          channel: 'window',
          selfProcessedAt: null,
          holidays: []
        },
        { profiles, jurisdiction: regionCode }
      )
      if (!verdict.ok || verdict.decision.amounts === undefined) return null
      const data = {
        paymentId: randomUUID(),
        decisionId: row.id,
        receiptNo: `APP${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`,
        fineFen: verdict.decision.amounts.fineFen,
        lateFeeFen: verdict.decision.amounts.lateFeeFen,
        channel: 'app' as const
      }
      return { ...(await app.channel.send('payment.record', data, at)), detail: `决定书${row.decision_no}` }
    }
    const v = vehicle.get(offset(vehicleCount.get() as number)) as { id: string; plate: string; plate_type: string } | undefined
    if (v === undefined) return null
    const code = VIOLATION_CODES[offset(VIOLATION_CODES.length)]!
    const recordNo = `${regionCode}${Date.now().toString().slice(-8)}${String(offset(1e6)).padStart(6, '0')}`
    const data = {
      id: randomUUID(),
      recordNo,
      vehicleId: v.id,
      plate: v.plate,
      plateType: v.plate_type,
      code: code.code,
      behaviour: code.behaviour,
      penalty: code.penalty,
      fineFen: code.fineFen,
      points: code.points,
      occurredAt: at,
      place: '深圳市南山区深南大道与科技园路交叉口',
      regionCode,
      discoveringOrgan: '深圳市公安局交通警察支队南山大队'
    }
    return { ...(await intake.channel.send('camera.record', data, at)), detail: `${v.plate} ${code.code}` }
  }

  let stopped = false
  const done = (async () => {
    const counts = { actions: 0, applied: 0, rejected: 0 }
    const interval = 1000 / Math.max(0.01, options.rate)
    try {
      while (!stopped && (options.limit === undefined || counts.actions < options.limit)) {
        const started = Date.now()
        await refresh()
        const action = pick()
        const outcome = await act(action, toZonedIso(new Date(), timeZone))
        if (outcome !== null) {
          counts.actions += 1
          if (outcome.status === 'applied') counts.applied += 1
          else counts.rejected += 1
          options.onAction?.({ action, ...outcome })
        }
        const wait = interval - (Date.now() - started)
        if (wait > 0 && !stopped) await new Promise((r) => setTimeout(r, wait))
      }
      return counts
    } finally {
      sqlite.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })()
  return {
    done,
    stop() {
      stopped = true
    }
  }
}
