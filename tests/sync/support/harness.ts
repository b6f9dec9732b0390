// The sync suite's real parts: a reference central (PGlite or a PostgreSQL database of its own)
// with generated data behind its HTTP server, and workstations built by the real createAppCore on
// their own SQLite files, enrolled with enrolment codes exactly as an admin would.
import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import { openCentralDb, type CentralDb } from '../../../src/central/db'
import { createCentral, type Central, type ClientKind } from '../../../src/central/central'
import { startCentralServer, type CentralServer } from '../../../src/central/server'
import { loadDemoData } from '../../../src/central/load'
import { createAppCore } from '../../../src/main/core/app-core'
import { memoryLogger } from '../../../src/main/core/logger'
import type { AppCore, CallerContext } from '../../../src/main/core/types'
import type { Clock } from '../../../src/main/platform/clock'
import { builtinProfiles, type ProfileSet } from '../../../src/main/rules/engine'
import { SYNCED_TABLES, fromSqliteRow } from '../../../src/main/sync/tables'
import type { SyncEngineOptions } from '../../../src/main/sync/engine'
import { toWire } from '../../../src/central/rows'
import { canonicalJson } from '../../../src/main/audit/canonical-json'
import { createTestDatabase, type CentralDbKind } from '../../support/central-databases'
import { makeTempDir } from '../../support/temp-dir'
import type { SmsMessage } from '../../../src/central/sms'

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef'
export const JURISDICTION = '440300'

export interface TestCentral {
  kind: CentralDbKind
  db: CentralDb
  central: Central
  server: CentralServer
  url: string
  issueCode(kind?: ClientKind): Promise<string>
  /** Stops the HTTP server only (a power cut of central); the database stays. */
  stopServer(): Promise<void>
  /** Starts the HTTP server again on the same port. */
  restartServer(): Promise<void>
  /** Messages the reference SMS gateway sent to a phone, newest first (central's log). */
  smsLog(phone: string): SmsMessage[]
  /** The last verification code sent to a phone; throws if none was. */
  smsCode(phone: string): string
  close(): Promise<void>
}

export async function startTestCentral(kind: CentralDbKind, options: { people?: number; now?: () => Date; profiles?: ProfileSet } = {}): Promise<TestCentral> {
  const database = await createTestDatabase(kind)
  const db = await openCentralDb({ url: database.url })
  const central = await createCentral({
    db,
    jurisdiction: JURISDICTION,
    jurisdictionName: '深圳市',
    timeZone: 'Asia/Shanghai',
    profiles: options.profiles ?? builtinProfiles(),
    now: options.now
  })
  await loadDemoData(db, { seed: 20261121, people: options.people ?? 60, now: new Date(), timeZone: 'Asia/Shanghai' })
  let server: CentralServer | null = await startCentralServer({ central, adminToken: ADMIN_TOKEN })
  const port = server.port
  const self: TestCentral = {
    kind,
    db,
    central,
    server,
    url: server.url,
    issueCode: (k = 'window') => central.issueEnrolmentCode(k),
    smsLog: (phone) => central.smsLog(phone) ?? [],
    smsCode(phone) {
      const code = (central.smsLog(phone) ?? []).find((m) => m.kind === 'code')?.code
      if (code === undefined) throw new Error(`no verification code was sent to ${phone}`)
      return code
    },
    async stopServer() {
      await server?.close()
      server = null
    },
    async restartServer() {
      if (server === null) server = await startCentralServer({ central, adminToken: ADMIN_TOKEN, port })
      self.server = server
    },
    async close() {
      await server?.close()
      await central.close()
      await database.dropAfter()
    }
  }
  return self
}

export interface TestWorkstation {
  core: AppCore
  dataDir: string
  databaseFile: string
  caller: CallerContext
  call<T>(channel: string, input?: unknown): Promise<T>
  /** The same call, returning the error envelope instead of throwing. */
  attempt(channel: string, input?: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }>
  close(): Promise<void>
}

let workstationCount = 0

export async function startWorkstation(
  centralUrl: string,
  enrolmentCode: string | null,
  options: {
    dataDir?: string
    clock?: Clock
    engine?: Partial<SyncEngineOptions>
    signIn?: { policeNo: string; password: string } | null
    /** Policy profiles other than the shipped ones (the same set central was given). */
    profiles?: ProfileSet
  } = {}
): Promise<TestWorkstation> {
  const tmp = options.dataDir === undefined ? makeTempDir('counterdesk-sync-') : null
  const dataDir = options.dataDir ?? tmp!.dir
  workstationCount += 1
  const core = await createAppCore({
    dataDir,
    host: 'web',
    demo: true,
    clock: options.clock,
    ...(options.profiles === undefined ? {} : { loadProfiles: () => options.profiles! }),
    logger: memoryLogger(),
    config: { regionCode: '440305' },
    sync: {
      enrol: enrolmentCode === null ? undefined : { centralUrl, enrolmentCode },
      engine: { pollMs: 60_000, live: false, bootstrapIn: 'inline', backoffBaseMs: 50, backoffMaxMs: 500, ...options.engine }
    }
  })
  const caller: CallerContext = { host: 'web', sessionKey: `tab-${workstationCount}` }
  const attempt = async (channel: string, input: unknown = {}) =>
    (await core.dispatch(channel, input, caller)) as { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = await attempt(channel, input)
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`)
    return r.value as T
  }
  const signIn = options.signIn === undefined ? { policeNo: '100001', password: 'demo-clerk-1' } : options.signIn
  if (signIn !== null) await call('session:signIn', signIn)
  return {
    core,
    dataDir,
    databaseFile: core.startup.databaseFile,
    caller,
    call,
    attempt,
    async close() {
      await core.shutdown()
      tmp?.remove()
    }
  }
}

/** SHA-256 per synced table over its rows in id order, each row as canonical JSON in wire form. */
export type Checksums = Record<string, string>

function digest(rows: unknown[]): string {
  const h = createHash('sha256')
  for (const r of rows) h.update(canonicalJson(r)).update('\n')
  return h.digest('hex')
}

export function workstationChecksums(databaseFile: string): Checksums {
  const sqlite = new Database(databaseFile, { readonly: true })
  try {
    const out: Checksums = {}
    for (const t of SYNCED_TABLES) {
      const rows = sqlite.prepare(`SELECT * FROM "${t.name}" ORDER BY id`).all() as Record<string, unknown>[]
      out[t.name] = digest(rows.map((r) => fromSqliteRow(t, r)))
    }
    return out
  } finally {
    sqlite.close()
  }
}

export async function centralChecksums(db: CentralDb): Promise<Checksums> {
  const out: Checksums = {}
  for (const t of SYNCED_TABLES) {
    const rows = await db.query(`SELECT * FROM "${t.name}" ORDER BY id`)
    out[t.name] = digest(rows.map((r) => toWire(t, r)))
  }
  return out
}

/** A violation central holds as unprocessed, with a driver who owns the vehicle: a clean case to process. */
export async function processableViolations(db: CentralDb, limit: number): Promise<{ violationId: string; personId: string; points: number }[]> {
  const rows = await db.query<{ id: string; person_id: string; points: number; cycle_points: number }>(
    `SELECT v.id, d.person_id, v.points, d.cycle_points FROM violations v
       JOIN vehicles ve ON ve.id = v.vehicle_id
       JOIN drivers d ON d.person_id = ve.owner_person_id
     WHERE v.status = 'unprocessed' AND v.penalty IS NOT NULL AND d.status = 'A'
       AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.violation_id = v.id)
       AND NOT EXISTS (SELECT 1 FROM disputes x WHERE x.violation_id = v.id)
     ORDER BY v.id LIMIT $1`,
    [limit]
  )
  return rows.map((r) => ({ violationId: r.id, personId: r.person_id, points: r.points }))
}

/**
 * One exchange after central came back, as the engine's backoff would retry it: the first request
 * may meet a kept-alive connection to the stopped server and fail at once.
 */
export async function syncAfterRestart(ws: TestWorkstation, attempts = 5): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await ws.core.sync.syncNow()
      return
    } catch (error) {
      if (i >= attempts) throw error
      await new Promise((r) => setTimeout(r, 200 * i))
    }
  }
}
