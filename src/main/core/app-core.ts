// Builds the Electron-free core that both hosts drive: store, write path, services, handlers and
// the dispatcher. Database, clock and id generator are injected so tests and the CLI use the same code.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { AppCore, HostKind, StartupReport } from './types'
import { openStore } from '../store/db'
import { createWritePath } from '../store/write-path'
import type { Clock } from '../platform/clock'
import { systemClock } from '../platform/clock'
import { uuidv7Generator } from '../platform/ids'
import { localDate } from '../platform/zoned-time'
import { loadWorkstationConfig } from './config'
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

export const PRODUCT_NAME = '交管窗口业务终端'
export const DATABASE_FILE = 'counterdesk.sqlite'

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
}

export async function createAppCore(options: CoreOptions): Promise<AppCore> {
  const clock = options.clock ?? systemClock
  const logger = options.logger ?? stderrLogger()
  mkdirSync(options.dataDir, { recursive: true })
  const config = loadWorkstationConfig(options.dataDir, options.config)
  const profiles = (options.loadProfiles ?? builtinProfiles)()
  const databaseFile = path.join(options.dataDir, DATABASE_FILE)
  const store = openStore({ file: databaseFile })
  try {
    const ids = uuidv7Generator(clock)
    const writes = createWritePath({ store, clock, ids, workstationId: config.workstationId, timeZone: config.timeZone })
    const today = (): string => localDate(clock.now(), config.timeZone)

    const demoAccounts = options.demo ? ensureDemoOperators(store, ids, writes) : []
    const demoExamples = options.demo
      ? ensureDemoData(store, { people: options.demoPeople ?? 400, now: clock.now(), timeZone: config.timeZone })
      : []

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
      // No link to central exists yet (sync arrives with issue 4): processing here is provisional.
      centralOnline: () => false
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
      ...peopleHandlers(preparePersonQueries(store.sqlite), writes, today, verdicts)
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
    return { dispatch, endSession, startup, close: () => store.close() }
  } catch (error) {
    store.close()
    throw error
  }
}
