// Central's other clients (交管12123 paying fines, camera intake, another window), speaking the
// sync protocol directly as `central simulate` does: the window issues no payments or camera
// records yet, and the fault tests need both. Each channel is enrolled with its own code, keeps
// its own sequence and audit chain, and can be pointed at the fault proxy.
import { createHash, randomUUID } from 'node:crypto'
import { SyncClient } from '../../../src/main/sync/client'
import type { PushResponse, WireCommand } from '../../../src/main/sync/protocol'
import type { ClientKind } from '../../../src/central/central'
import type { CentralDb } from '../../../src/central/db'
import { builtinProfiles, evaluate } from '../../../src/main/rules/engine'
import { toZonedIso } from '../../../src/main/platform/zoned-time'
import { VIOLATION_CODES } from '../../../src/main/seed/violation-codes'
import type { RecordPaymentPayload, CameraRecordPayload, ProcessViolationPayload } from '../../../src/main/commands'
import type { TestCentral } from './harness'

export const CHANNEL_REGION = '440305'
const TIME_ZONE = 'Asia/Shanghai'

export const nowZoned = (): string => toZonedIso(new Date(), TIME_ZONE)

export interface TestChannel {
  id: string
  /** A client of this channel's credentials at another address (the fault proxy). */
  via(baseUrl: string): SyncClient
  /** A new command with the next sequence number and a chained audit anchor (not sent). */
  command(type: string, data: unknown): WireCommand
  /** Pushes straight to central (no proxy). */
  push(commands: WireCommand[]): Promise<PushResponse>
  /** One command per push, one central transaction each; throws unless every one applied. */
  sendEach(type: string, data: unknown[]): Promise<void>
}

export async function enrolChannel(central: TestCentral, kind: ClientKind): Promise<TestChannel> {
  const id = randomUUID()
  const anonymous = new SyncClient({ baseUrl: central.url, now: () => new Date() })
  const { secret } = (
    await anonymous.enrol({ enrolmentCode: await central.issueCode(kind), workstationId: id, workstationName: `测试通道 ${kind}`, regionCode: CHANNEL_REGION })
  ).value
  const via = (baseUrl: string): SyncClient => new SyncClient({ baseUrl, now: () => new Date(), credentials: { workstationId: id, secret } })
  const direct = via(central.url)
  let seq = 0
  let hash = '0'.repeat(64)
  const self: TestChannel = {
    id,
    via,
    command(type, data) {
      seq += 1
      hash = createHash('sha256').update(hash).update(type).update(JSON.stringify(data)).digest('hex')
      return { id: randomUUID(), seq, type, payload: { operatorId: null, workstationId: id, clientTime: nowZoned(), audit: { seq, hash }, data } }
    },
    push: async (commands) => (await direct.push(commands)).value,
    async sendEach(type, data) {
      for (const d of data) {
        const [result] = (await self.push([self.command(type, d)])).results
        if (result?.status !== 'applied') throw new Error(`${type} not applied: ${JSON.stringify(result)}`)
      }
    }
  }
  return self
}

/** A decision central holds as unpaid, with what central will ask for it today through 12123. */
export interface PayableDecision {
  decisionId: string
  fineFen: number
  lateFeeFen: number
}

/** Unpaid decisions the rules let 12123 take payment for now, in id order. */
export async function payableDecisions(db: CentralDb, limit: number): Promise<PayableDecision[]> {
  const rows = await db.query<{ id: string; fine_fen: number; decided_at: string; source: 'camera' | 'onsite'; penalty: string | null }>(
    `SELECT d.id, d.fine_fen::int AS fine_fen, d.decided_at, v.source, v.penalty FROM decisions d JOIN violations v ON v.id = d.violation_id
     WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.decision_id = d.id) AND v.status != 'voided'
     ORDER BY d.id`
  )
  const profiles = builtinProfiles()
  const at = nowZoned()
  const out: PayableDecision[] = []
  for (const row of rows) {
    const verdict = evaluate(
      'pay_fine',
      {
        at,
        decision: { source: row.source, procedure: row.penalty === 'beyond_simple' ? 'general' : 'simple', fineFen: row.fine_fen, decidedOn: row.decided_at.slice(0, 10) },
        paid: false,
        channel: 'online',
        selfProcessedAt: null,
        holidays: []
      },
      { profiles, jurisdiction: CHANNEL_REGION }
    )
    if (!verdict.ok || !verdict.decision.allowed || verdict.decision.amounts === undefined) continue
    out.push({ decisionId: row.id, fineFen: verdict.decision.amounts.fineFen, lateFeeFen: verdict.decision.amounts.lateFeeFen })
    if (out.length >= limit) break
  }
  return out
}

/** A payment through 12123; the receipt number is the payment reference that must be used once. */
export function paymentData(decision: PayableDecision, receiptNo = `APP${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`): RecordPaymentPayload {
  return { paymentId: randomUUID(), decisionId: decision.decisionId, receiptNo, fineFen: decision.fineFen, lateFeeFen: decision.lateFeeFen, channel: 'app' }
}

/** New camera records on central's vehicles: central changes that use up no processable record. */
export async function cameraRecords(db: CentralDb, count: number): Promise<CameraRecordPayload[]> {
  // Vehicles whose owner holds no licence first: the new records are not processable targets.
  const vehicles = await db.query<{ id: string; plate: string; plate_type: string }>(
    `SELECT ve.id, ve.plate, ve.plate_type FROM vehicles ve
     ORDER BY EXISTS (SELECT 1 FROM drivers d WHERE d.person_id = ve.owner_person_id), ve.id LIMIT $1`,
    [count]
  )
  const code = VIOLATION_CODES.find((c) => c.points === 0 && c.penalty === 'fine')!
  return Array.from({ length: count }, (_, i) => {
    const v = vehicles[i % vehicles.length]!
    return {
      id: randomUUID(),
      recordNo: `${CHANNEL_REGION}T${randomUUID().replace(/-/g, '').slice(0, 18)}`,
      vehicleId: v.id,
      plate: v.plate,
      plateType: v.plate_type,
      code: code.code,
      behaviour: code.behaviour,
      penalty: code.penalty,
      fineFen: code.fineFen,
      points: code.points,
      occurredAt: nowZoned(),
      place: '深圳市南山区深南大道与科技园路交叉口',
      regionCode: CHANNEL_REGION,
      discoveringOrgan: '深圳市公安局交通警察支队南山大队'
    }
  })
}

/** Another window's processing of a record, sent as that window would. */
export function processData(target: { violationId: string; personId: string }): ProcessViolationPayload {
  return {
    violationId: target.violationId,
    driverPersonId: target.personId,
    decisionId: randomUUID(),
    provisionalNo: `临-TEST-${randomUUID().slice(0, 6)}`,
    confirmed: ['WILL_REACH_12'],
    organ: '深圳市公安局交通警察支队福田大队'
  }
}
