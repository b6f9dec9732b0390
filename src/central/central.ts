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

export type ClientKind = Workstation['kind']

export interface CentralOptions {
  db: CentralDb
  /** 6-digit region code of the jurisdiction central serves; a workstation must lie inside it. */
  jurisdiction: string
  jurisdictionName: string
  timeZone: string
  profiles: ProfileSet
  now?: () => Date
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
  issueEnrolmentCode(kind: ClientKind): Promise<string>
  enrol(request: EnrolRequest): Promise<EnrolResponse>
  authenticate(workstationId: string, secret: string): Promise<Workstation | null>
  push(ws: Workstation, commands: WireCommand[], skewMs: number | null): Promise<PushResponse>
  pull(ws: Workstation, epoch: string, from: Cursor, limit: number): Promise<PullResponse>
  bootstrapStart(): Promise<BootstrapStart>
  bootstrapPage(table: string, after: string, limit: number): Promise<BootstrapPage | null>
  serverTime(): string
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
  return {
    db,
    jurisdiction: options.jurisdiction,
    timeZone: options.timeZone,
    async issueEnrolmentCode(kind) {
      const code = randomBytes(12).toString('base64url')
      await db.query('INSERT INTO enrolment_codes (code_hash, kind) VALUES ($1, $2)', [sha256(code), kind])
      return code
    },
    async enrol(request) {
      if (!inJurisdiction(request.regionCode, options.jurisdiction)) {
        throw new CentralRefusal('JURISDICTION', `工作站辖区${request.regionCode}不属于本中心（${meta.jurisdiction_name}）`)
      }
      const secret = randomBytes(32).toString('base64url')
      await db.transaction(async (q) => {
        const used = await q.query<{ kind: ClientKind }>(
          // The same workstation may present its code again: its first answer may have been lost
          // (a crash, a dropped response) before it saved the secret. Anyone else gets a refusal.
          'UPDATE enrolment_codes SET used_by = $2, used_at = now() WHERE code_hash = $1 AND (used_by IS NULL OR used_by = $2) RETURNING kind',
          [sha256(request.enrolmentCode), request.workstationId]
        )
        const kind = used[0]?.kind
        if (kind === undefined) throw new CentralRefusal('ENROLMENT_CODE', '登记码无效或已使用')
        // Re-enrolling an existing workstation (a reinstall) issues a new secret; its sequence stays.
        await q.query(
          `INSERT INTO workstations (id, name, kind, region_code, secret_hash) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, region_code = EXCLUDED.region_code, secret_hash = EXCLUDED.secret_hash`,
          [request.workstationId, request.workstationName, kind, request.regionCode, sha256(secret)]
        )
      })
      return { workstationId: request.workstationId, secret, jurisdiction: options.jurisdiction, jurisdictionName: meta.jurisdiction_name }
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
      const outcome = await applyPush({ db, profiles: options.profiles, ...base }, ws, commands, skewMs)
      if (outcome.results.some((r) => r.status !== 'retry' && !r.duplicate)) events.emit('change')
      return { results: outcome.results, lastProcessedSeq: outcome.lastProcessedSeq, serverTime: toZonedIso(now(), options.timeZone) }
    },
    pull: (ws, epoch, from, limit) => pull(db, { workstationId: ws.id, epoch, from, limit, ...base }),
    bootstrapStart: () => bootstrapStart(db, options.timeZone, now),
    bootstrapPage: (table, after, limit) => bootstrapPage(db, table, after, limit),
    serverTime: () => toZonedIso(now(), options.timeZone),
    onChange(listener) {
      events.on('change', listener)
      return () => events.off('change', listener)
    },
    notifyChange: () => events.emit('change'),
    close: () => db.close()
  }
}
