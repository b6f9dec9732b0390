// What the signed-in shell offers the screens inside it: the sync state and its panel, the
// follow-up of actions just saved, signing out with a question when actions are still unsent, and
// a register of open dialogs so the window-wide keys stay quiet while one is up.
import { createContext, useContext, useEffect } from 'react'
import type { AppError, Result, SyncStatusDto } from '../../../shared/contract'
import type { CommandOutcome } from '../sync/useCommandWatch'

export type SyncTab = 'pending' | 'rejected' | 'recent'

export interface ShellApi {
  sync: { status: SyncStatusDto | null; error: AppError | null }
  /** Asks main to reach central now; the status bar shows the answer at once. */
  syncNow: () => Promise<Result<SyncStatusDto>>
  openSyncPanel: (tab?: SyncTab) => void
  /** 退出: straight away, or after a question when actions have not reached central yet. */
  requestSignOut: () => void
  /** Follow an action until central answers it; its person's view is reloaded then. */
  watchCommand: (commandId: string, personId: string) => void
  commandOutcome: (commandId: string) => CommandOutcome | undefined
  /** Counts an open dialog; returns its removal. */
  registerModal: () => () => void
}

export const ShellContext = createContext<ShellApi | null>(null)

export function useShell(): ShellApi {
  const api = useContext(ShellContext)
  if (api === null) throw new Error('useShell outside the signed-in shell')
  return api
}

/** While `open`, the shell's window-wide keys (F2, F9, Esc back…) leave the dialog alone. */
export function useModalRegistration(open: boolean): void {
  const { registerModal } = useShell()
  useEffect(() => (open ? registerModal() : undefined), [open, registerModal])
}
