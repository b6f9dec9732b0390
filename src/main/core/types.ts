// What the two hosts (the Electron shell and the web host) see of the core. Both call `dispatch`
// with the raw, untrusted input; the core validates it against the contract.
import type { Result } from '../../shared/contract/result'
import type { SyncEngine } from '../sync/engine'

export type HostKind = 'electron' | 'web'

export interface CallerContext {
  host: HostKind
  /**
   * Identifies one signed-in session: the webContents id in Electron, the browser tab's id in the
   * web host (the web host has already checked the per-launch token before it gets here).
   */
  sessionKey: string
}

export interface AppCore {
  dispatch(channel: string, input: unknown, caller: CallerContext): Promise<Result<unknown>>
  /** Ends a session whose window or tab is gone, without waiting for a sign-out. */
  endSession(sessionKey: string): void
  /** Facts the hosts print at start (data folder, demo accounts). */
  readonly startup: StartupReport
  /** The workstation's sync engine (status, sync now, enrolment). */
  readonly sync: SyncEngine
  /** Stops sync and closes the database; resolves when both are done. */
  shutdown(): Promise<void>
  /** shutdown() without waiting. */
  close(): void
}

export interface StartupReport {
  dataDir: string
  databaseFile: string
  workstationId: string
  demoData: boolean
  /** Present only when this start created the demo operators: printed once for the person starting the app. */
  demoAccounts: { policeNo: string; password: string; name: string; role: string }[]
  /** Present when demo data was seeded: a few people to search for. */
  demoExamples: { label: string; key: string }[]
}
