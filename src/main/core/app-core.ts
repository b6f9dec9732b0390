// Builds the Electron-free core that both hosts drive: store, write path, services, handlers and
// the dispatcher. Database, clock and id generator are injected so tests and the CLI use the same code.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { AppCore, HostKind, StartupReport } from './types'
import { openStore } from '../store/db'
import { createWritePath, type OutboxCommand } from '../store/write-path'
import { proofsIn } from '../commands/clerk'
import type { Clock } from '../platform/clock'
import { systemClock } from '../platform/clock'
import { uuidv7Generator } from '../platform/ids'
import { localDate } from '../platform/zoned-time'
import { loadWorkstationConfig, updateWorkstationConfig } from './config'
import type { WorkstationConfig } from './config'
import type { Logger } from './logger'
import { stderrLogger } from './logger'
import { createSessionStore } from './sessions'
import { createRegistry, registerAll } from './registry'
import { createDispatcher } from './dispatcher'
import { createOperatorService } from '../services/operators'
import { preparePersonQueries } from '../services/person-queries'
import { sessionHandlers } from './handlers/session'
import { peopleHandlers } from './handlers/people'
import { ensureDemoOperators } from './demo'
import { ensureDemoData } from './demo-data'
import { builtinProfiles, type ProfileSet } from '../rules/engine'
import { prepareVerdictQueries } from '../services/verdict-queries'
import { createVerdictService } from '../services/violation-verdicts'
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../sync/engine'
import { openSyncConnection } from '../sync/connection'
import type { LocalCommandEnv } from '../sync/rebase'
import { createSyncListService } from '../services/sync-list'
import { createWindowActions } from '../services/window-actions'
import { syncHandlers } from './handlers/sync'
import { workflowHandlers } from './workflows'
import { createCentralLink } from '../services/central-link'
import { createChromiumRenderer } from '../printing/chromium-renderer'
import type { DocumentRenderer } from '../printing/renderer'

export const PRODUCT_NAME = '交管窗口业务终端'
export const DATABASE_FILE = 'counterdesk.sqlite'
/** How often the core checkpoints the WAL between clerk actions. */
const CHECKPOINT_EVERY_MS = 2_000

export interface CoreOptions {
  dataDir: string
  host: HostKind
  /** Create demo operators and seed demo data into an empty database. */
  demo: boolean
  /** Size of the demo data set (people). */
  demoPeople?: number
  clock?: Clock
  logger?: Logger
  config?: Partial<WorkstationConfig>
  version?: string
  /**
   * Loads the policy profiles, once, at start (default: the shipped ones). A malformed profile
   * throws ProfileLoadError naming the file and field, and the core does not start.
   */
  loadProfiles?: () => ProfileSet
  /**
   * Synchronisation with central. Without it the engine exists (actions queue, the status bar
   * says 未登记) but never connects. `enrol` registers the workstation on first start.
   */
  /**
   * Turns printed documents into PDFs (and, in the desktop app, paper). Default: Debian's Chromium
   * through Playwright, launched at the first print. The core closes it at shutdown.
   */
  documentRenderer?: DocumentRenderer
  sync?: {
    enrol?: { centralUrl: string; enrolmentCode: string }
    engine?: Partial<Omit<SyncEngineOptions, 'sqlite' | 'databaseFile' | 'env' | 'clock' | 'timeZone'>>
  }
}

export async function createAppCore(options: CoreOptions): Promise<AppCore> {
  const clock = options.clock ?? systemClock
  const logger = options.logger ?? stderrLogger()
  mkdirSync(options.dataDir, { recursive: true })
  const config = loadWorkstationConfig(options.dataDir, options.config)
  const profiles = (options.loadProfiles ?? builtinProfiles)()
  const databaseFile = path.join(options.dataDir, DATABASE_FILE)
  const store = openStore({ file: databaseFile })
  let syncSqlite: ReturnType<typeof openSyncConnection> | null = null
  const documentRenderer = options.documentRenderer ?? createChromiumRenderer()
  try {
    const ids = uuidv7Generator(clock)
    const writesHook: { onCommandQueued: (command: OutboxCommand) => void } = { onCommandQueued: () => undefined }
    const writes = createWritePath({
      store,
      clock,
      ids,
      workstationId: config.workstationId,
      timeZone: config.timeZone,
      onCommandQueued: (command) => writesHook.onCommandQueued(command)
    })
    const today = (): string => localDate(clock.now(), config.timeZone)

    const demoAccounts = options.demo ? ensureDemoOperators(store, ids, writes) : []

    let engine: SyncEngine | null = null
    syncSqlite = openSyncConnection(databaseFile)
    const env = (): LocalCommandEnv => ({ profiles, jurisdiction: config.regionCode, online: engine?.isOnline() ?? false })
    engine = createSyncEngine({
      ...options.sync?.engine,
      sqlite: syncSqlite,
      databaseFile,
      env,
      clock,
      timeZone: config.timeZone,
      log: (line) => logger.log('info', 'SYNC', { detail: line })
    })
    const syncEngine = engine
    const centralLink = createCentralLink(syncEngine, clock)
    writesHook.onCommandQueued = (command) => {
      centralLink.markUsed(proofsIn(command.payload).map((p) => p.challengeId))
      syncEngine.kick()
    }
    // With a central, the data comes from central's snapshot; a workstation that is not enrolled
    // and is not about to be (training, tests of the window alone) gets the generator's data locally.
    const willSync = options.sync?.enrol !== undefined || syncEngine.store.enrolment() !== null
    const demoExamples =
      options.demo && !willSync ? ensureDemoData(store, { people: options.demoPeople ?? 400, now: clock.now(), timeZone: config.timeZone }) : []

    const sessions = createSessionStore(clock, config.idleLockSeconds, (session) =>
      writes.run({
        action: 'operator.screenLocked',
        operatorId: session.operator.id,
        subject: { type: 'operator', id: session.operator.id },
        auditPayload: { reason: 'idle' },
        command: null
      })
    )
    const verdicts = createVerdictService({
      queries: prepareVerdictQueries(store.sqlite),
      profiles,
      jurisdiction: config.regionCode,
      clock,
      timeZone: config.timeZone,
      logger,
      // Offline, processing here is provisional until central confirms (the verdict says so).
      centralOnline: () => syncEngine.isOnline()
    })
    // Fails the start, with the selection's reason, if no profile applies to this region today.
    verdicts.profileInForce()

    const operatorService = createOperatorService(store.db, writes, clock, config)
    const registry = createRegistry()
    registerAll(registry, {
      'app:info': () => ({
        productName: PRODUCT_NAME,
        version: options.version ?? '0.1.0',
        host: options.host,
        workstationId: config.workstationId,
        workstationName: config.workstationName,
        organName: config.organName,
        timeZone: config.timeZone,
        demoData: demoExamples.length > 0,
        profile: verdicts.profileInForce()
      }),
      ...sessionHandlers(sessions, operatorService, writes),
      ...peopleHandlers(preparePersonQueries(store.sqlite), writes, today, verdicts),
      ...syncHandlers(
        syncEngine,
        createSyncListService({ sqlite: store.sqlite, writes, env }),
        createWindowActions({ sqlite: store.sqlite, writes, env, workstationId: config.workstationId, organName: config.organName })
      ),
      ...workflowHandlers({
        sqlite: store.sqlite,
        writes,
        env,
        profiles,
        // A demo workstation reads cards with the simulated reader unless its file says otherwise.
        config: { ...config, idCardReader: config.idCardReader ?? (options.demo ? 'simulated' : 'none') },
        clock,
        today,
        central: centralLink,
        logger,
        printing: {
          renderer: documentRenderer,
          savePrinter: (printer) => void updateWorkstationConfig(options.dataDir, { printing: { ...loadWorkstationConfig(options.dataDir).printing, printer } })
        }
      })
    })
    registry.assertComplete()
    const dispatch = createDispatcher({ registry, sessions, logger })

    const startup: StartupReport = {
      dataDir: options.dataDir,
      databaseFile,
      workstationId: config.workstationId,
      demoData: demoExamples.length > 0,
      demoAccounts: demoAccounts.map((a) => ({ policeNo: a.policeNo, password: a.password, name: a.name, role: a.role })),
      demoExamples
    }
    const endSession = (sessionKey: string): void => {
      const session = sessions.get(sessionKey)
      if (!session) return
      writes.run({ action: 'operator.sessionEnded', operatorId: session.operator.id, subject: { type: 'operator', id: session.operator.id }, auditPayload: { reason: 'window_closed' }, command: null })
      sessions.end(sessionKey)
    }
    if (options.sync?.enrol && syncEngine.store.enrolment() === null) {
      await syncEngine.enrol({
        ...options.sync.enrol,
        workstationId: config.workstationId,
        workstationName: config.workstationName,
        regionCode: config.regionCode
      })
    }
    if (options.sync !== undefined && syncEngine.store.enrolment() !== null) syncEngine.start()
    // Checkpoints between clerk actions instead of inside one (store/db.ts): PASSIVE never waits
    // for a writer or a reader, so at worst it copies less this time.
    const syncConnection = syncSqlite
    const checkpoints = setInterval(() => {
      try {
        syncConnection.pragma('wal_checkpoint(PASSIVE)')
      } catch (error) {
        logger.log('warn', 'WAL_CHECKPOINT_FAILED', { detail: error instanceof Error ? error.message : String(error) })
      }
    }, CHECKPOINT_EVERY_MS)
    checkpoints.unref()
    let closed = false
    const shutdown = async (): Promise<void> => {
      if (closed) return
      closed = true
      clearInterval(checkpoints)
      await syncEngine.stop()
      syncSqlite?.close()
      store.close()
      await documentRenderer.close()
    }
    return {
      dispatch,
      endSession,
      startup,
      sync: syncEngine,
      shutdown,
      close: () => void shutdown()
    }
  } catch (error) {
    syncSqlite?.close()
    store.close()
    void documentRenderer.close()
    throw error
  }
}
