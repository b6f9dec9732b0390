// The reference central system: enrolment, authentication, push, pull, bootstrap and change
// notification over one database. The HTTP layer (server.ts) only parses and routes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { EventEmitter } from 'node:events'
import type { ProfileSet } from '../main/rules/engine'
import type { BootstrapPage, BootstrapStart, Cursor, EnrolRequest, EnrolResponse, PullResponse, PushResponse, WireCommand } from '../main/sync/protocol'
import { toZonedIso } from '../main/platform/zoned-time'
import type { CentralDb } from './db'
import { applyPush, type Workstation } from './push'
import { bootstrapPage, bootstrapStart, newEpoch, pull } from './pull'
import type { SmsPurpose } from '../main/commands/clerk'
import type { AccountLookupRequest, AccountLookupResponse, SmsSendResponse, SmsVerifyResponse } from '../main/sync/services-protocol'
import { LoggingSmsGateway, createCode, verifyCode, type SmsGateway, type SmsMessage } from './sms'
import { lookupAccounts } from './lookup'
import { evidenceFor } from './evidence'
import type { EvidenceResponse } from '../main/sync/evidence-protocol'

export type ClientKind = Workstation['kind']

export interface CentralOptions {
  db: CentralDb
  /** 6-digit region code of the jurisdiction central serves; a workstation must lie inside it. */
  jurisdiction: string
  jurisdictionName: string
  timeZone: string
  profiles: ProfileSet
  now?: () => Date
  /** Where central writes what the operator of central should see (command defects, SMS log). */
  log?: (line: string) => void
  /** The SMS gateway; default: the reference gateway, which logs messages instead of sending them. */
  sms?: SmsGateway
}

export class CentralRefusal extends Error {
  constructor(
    readonly code: 'UNAUTHORIZED' | 'ENROLMENT_CODE' | 'JURISDICTION',
    message: string
  ) {
    super(message)
    this.name = 'CentralRefusal'
  }
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

/** 440300 serves 4403xx; 440000 serves 44xxxx; 440305 serves itself. */
export function inJurisdiction(region: string, jurisdiction: string): boolean {
  const prefix = jurisdiction.replace(/(00)+$/, '')
  return region.startsWith(prefix)
}

export interface Central {
  readonly db: CentralDb
  readonly jurisdiction: string
  readonly timeZone: string
  /** A one-time code; with `forWorkstation`, one that re-enrols that existing workstation (a reinstall). */
  issueEnrolmentCode(kind: ClientKind, forWorkstation?: string): Promise<string>
  enrol(request: EnrolRequest): Promise<EnrolResponse>
  authenticate(workstationId: string, secret: string): Promise<Workstation | null>
  push(ws: Workstation, commands: WireCommand[], skewMs: number | null): Promise<PushResponse>
  pull(ws: Workstation, epoch: string, from: Cursor, limit: number): Promise<PullResponse>
  bootstrapStart(): Promise<BootstrapStart>
  bootstrapPage(table: string, after: string, limit: number): Promise<BootstrapPage | null>
  serverTime(): string
  /** Nationwide account lookup for registration and phone changes (sync-protocol.md §10). */
  lookupAccounts(request: AccountLookupRequest): Promise<AccountLookupResponse>
  sendSmsCode(ws: Workstation, phone: string, purpose: SmsPurpose): Promise<SmsSendResponse>
  verifySmsCode(ws: Workstation, challengeId: string, code: string): Promise<SmsVerifyResponse>
  /** A camera record's evidence photos, drawn on first request by the reference central; null for an unknown record. */
  evidence(violationId: string): Promise<EvidenceResponse | null>
  /** The reference gateway's recent messages, newest first (null with a real gateway). */
  smsLog(phone?: string): SmsMessage[] | null
  /** Fires after every commit that appended to the change log. */
  onChange(listener: () => void): () => void
  /** For changes written outside push (the data loader). */
  notifyChange(): void
  close(): Promise<void>
}

export async function createCentral(options: CentralOptions): Promise<Central> {
  const { db } = options
  const now = options.now ?? ((): Date => new Date())
  const events = new EventEmitter()
  events.setMaxListeners(0)
  await db.query(
    `INSERT INTO central_meta (id, epoch, jurisdiction, jurisdiction_name) VALUES (1, $1, $2, $3) ON CONFLICT (id) DO NOTHING`,
    [newEpoch(), options.jurisdiction, options.jurisdictionName]
  )
  const meta = (await db.query<{ jurisdiction: string; jurisdiction_name: string }>('SELECT jurisdiction, jurisdiction_name FROM central_meta WHERE id = 1'))[0]!
  if (meta.jurisdiction !== options.jurisdiction) {
    throw new Error(`central database serves ${meta.jurisdiction}, not ${options.jurisdiction}`)
  }

  const base = { timeZone: options.timeZone, now }
  const log = options.log ?? ((): void => undefined)
  const sms = options.sms ?? new LoggingSmsGateway(log)
  const sendNotices = (messages: { phone: string; text: string }[]): void => {
    for (const m of messages) {
      // Recorded in sms_messages with the command; a gateway failure is logged, never undoes it.
      sms.send({ phone: m.phone, kind: 'notice', text: m.text, sentAt: now().toISOString() }).catch((error: unknown) => log(`短信发送失败 ${m.phone}: ${String(error)}`))
    }
  }
  return {
    db,
    jurisdiction: options.jurisdiction,
    timeZone: options.timeZone,
    async issueEnrolmentCode(kind, forWorkstation) {
      const code = randomBytes(12).toString('base64url')
      await db.query('INSERT INTO enrolment_codes (code_hash, kind, for_workstation) VALUES ($1, $2, $3)', [sha256(code), kind, forWorkstation ?? null])
      return code
    },
    async enrol(request) {
      if (!inJurisdiction(request.regionCode, options.jurisdiction)) {
        throw new CentralRefusal('JURISDICTION', `工作站辖区${request.regionCode}不属于本中心（${meta.jurisdiction_name}）`)
      }
      const secret = randomBytes(32).toString('base64url')
      const lastSeq = await db.transaction(async (q) => {
        const existing = await q.query<{ kind: ClientKind; last_seq: string }>('SELECT kind, last_seq::text AS last_seq FROM workstations WHERE id = $1 FOR UPDATE', [
          request.workstationId
        ])
        // A code is used once. The same workstation may present it again within ten minutes: its
        // first answer may have been lost (a crash, a dropped response) before it saved the secret.
        // An existing workstation (a reinstall) needs a code issued for its id: a code for a new
        // window can never take over another workstation's identity or channel.
        const codes = await q.query<{ kind: ClientKind; for_workstation: string | null; used_by: string | null; recent: boolean }>(
          `SELECT kind, for_workstation::text AS for_workstation, used_by::text AS used_by, (used_at > now() - interval '10 minutes') AS recent
           FROM enrolment_codes WHERE code_hash = $1 FOR UPDATE`,
          [sha256(request.enrolmentCode)]
        )
        const code = codes[0]
        const prior = existing[0]
        const ownRetry = code !== undefined && code.used_by === request.workstationId && code.recent
        const usable =
          code !== undefined &&
          (code.used_by === null || ownRetry) &&
          (code.for_workstation === null || code.for_workstation === request.workstationId) &&
          (prior === undefined || ownRetry || code.for_workstation === request.workstationId)
        if (!usable) {
          const message = prior !== undefined && code !== undefined && code.used_by === null ? '该工作站已登记；重新登记须使用为本工作站签发的登记码' : '登记码无效或已使用'
          throw new CentralRefusal('ENROLMENT_CODE', message)
        }
        if (prior !== undefined && prior.kind !== code.kind) throw new CentralRefusal('ENROLMENT_CODE', '登记码与该工作站的类别不符')
        await q.query('UPDATE enrolment_codes SET used_by = $2, used_at = coalesce(used_at, now()) WHERE code_hash = $1', [sha256(request.enrolmentCode), request.workstationId])
        await q.query(
          `INSERT INTO workstations (id, name, kind, region_code, secret_hash) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, region_code = EXCLUDED.region_code, secret_hash = EXCLUDED.secret_hash`,
          [request.workstationId, request.workstationName, code.kind, request.regionCode, sha256(secret)]
        )
        // A reinstall keeps its sequence: the workstation continues after it, or its actions would collide.
        return Number(prior?.last_seq ?? 0)
      })
      return { workstationId: request.workstationId, secret, jurisdiction: options.jurisdiction, jurisdictionName: meta.jurisdiction_name, lastSeq }
    },
    async authenticate(workstationId, secret) {
      const rows = await db.query<{ id: string; kind: ClientKind; region_code: string; secret_hash: string }>(
        'SELECT id::text AS id, kind, region_code, secret_hash FROM workstations WHERE id = $1',
        [workstationId]
      )
      const row = rows[0]
      // Hash the presented secret even for an unknown id, so timing does not tell which ids exist.
      const presented = Buffer.from(sha256(secret), 'hex')
      const expected = Buffer.from(row?.secret_hash ?? sha256('unknown'), 'hex')
      if (row === undefined || !timingSafeEqual(presented, expected)) return null
      return { id: row.id, kind: row.kind, regionCode: row.region_code }
    },
    async push(ws, commands, skewMs) {
      const outcome = await applyPush({ db, profiles: options.profiles, log: options.log, ...base }, ws, commands, skewMs)
      if (outcome.results.some((r) => r.status !== 'retry' && !r.duplicate)) events.emit('change')
      sendNotices(outcome.notifications)
      return { results: outcome.results, lastProcessedSeq: outcome.lastProcessedSeq, serverTime: toZonedIso(now(), options.timeZone) }
    },
    pull: (ws, epoch, from, limit) => pull(db, { workstationId: ws.id, epoch, from, limit, ...base }),
    bootstrapStart: () => bootstrapStart(db, options.timeZone, now),
    bootstrapPage: (table, after, limit) => bootstrapPage(db, table, after, limit),
    serverTime: () => toZonedIso(now(), options.timeZone),
    lookupAccounts: async (request) => ({ ...(await lookupAccounts(db, request)), serverTime: toZonedIso(now(), options.timeZone) }),
    async sendSmsCode(ws, phone, purpose) {
      const at = now()
      const sent = await db.transaction((q) => createCode(q, { workstationId: ws.id, phone, purpose, now: at, organ: meta.jurisdiction_name }))
      await sms.send(sent.message)
      return { challengeId: sent.challengeId, expiresAt: toZonedIso(sent.expiresAt, options.timeZone), serverTime: toZonedIso(at, options.timeZone) }
    },
    async verifySmsCode(ws, challengeId, code) {
      const at = now()
      const v = await db.transaction((q) => verifyCode(q, { workstationId: ws.id, challengeId, code, now: at }))
      return {
        verified: v.verified,
        attemptsLeft: v.attemptsLeft,
        phone: v.phone,
        purpose: v.purpose,
        validUntil: v.validUntil === null ? null : toZonedIso(v.validUntil, options.timeZone),
        serverTime: toZonedIso(at, options.timeZone)
      }
    },
    async evidence(violationId) {
      const photos = await db.transaction((q) => evidenceFor(q, violationId, options.timeZone))
      if (photos === null) return null
      const wire = photos.map((p) => ({ seq: p.seq, mime: p.mime as 'image/svg+xml', sha256: p.sha256, base64: p.bytes.toString('base64'), capturedAt: p.capturedAt, caption: p.caption }))
      return { violationId, photos: wire, serverTime: toZonedIso(now(), options.timeZone) }
    },
    smsLog: (phone) => (sms instanceof LoggingSmsGateway ? sms.messages(phone) : null),
    onChange(listener) {
      events.on('change', listener)
      return () => events.off('change', listener)
    },
    notifyChange: () => events.emit('change'),
    close: () => db.close()
  }
}
