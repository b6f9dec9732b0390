// The signed-in frame: top bar, the current screen, status bar, the sync panel, and the lock screen
// over it all. It also owns the window-wide keys, the idle lock and the sync status poll, so they
// work whatever screen is showing.
import Box from '@mui/material/Box'
import { useCallback, useMemo, useState } from 'react'
import { unsentActions } from '../format/sync'
import { useHotkey } from '../hooks/useHotkey'
import { useLeaveGuard } from '../hooks/useLeaveGuard'
import { PersonScreen } from '../screens/PersonScreen'
import { RegistrationScreen } from '../screens/RegistrationScreen'
import { ReviewScreen } from '../screens/ReviewScreen'
import { ReportScreen } from './report/ReportScreen'
import { SearchScreen } from '../screens/SearchScreen'
import { emptySearch, type SearchState } from '../search/search-state'
import { useSession } from '../session/session-context'
import { useIdleLock } from '../session/useIdleLock'
import { ShellContext, type ShellApi, type SyncTab } from '../shell/shell-context'
import { useNavigation } from '../shell/useNavigation'
import { useCommandWatch } from '../sync/useCommandWatch'
import { useSyncStatus } from '../sync/useSyncStatus'
import { LockDialog } from './LockDialog'
import { SignOutDialog } from './SignOutDialog'
import { StatusBar } from './StatusBar'
import { SyncPanel } from './sync/SyncPanel'
import { TopBar } from './TopBar'

const SEARCH_KEYS = [{ key: 'F2' }, { key: 'k', ctrl: true }] as const
const LOCK_KEYS = [{ key: 'l', ctrl: true }] as const
const SYNC_PANEL_KEYS = [{ key: 'F9' }] as const
const REGISTRATION_KEYS = [{ key: 'F3' }] as const
const REPORT_KEYS = [{ key: 'b', ctrl: true }] as const
const REVIEW_KEYS = [{ key: 'e', ctrl: true }] as const

export function AppShell() {
  const { info, session, call, lock, keepAlive, signOut } = useSession()
  const [search, setSearch] = useState<SearchState>(emptySearch)
  const { view, focusSearchToken, openPerson, refreshPerson, goToSearch, openRegistration, openReport, openReview } = useNavigation(call)
  const sync = useSyncStatus(call)
  const commands = useCommandWatch({ call, status: sync.status, paused: session.locked, onSettled: refreshPerson })
  const [panel, setPanel] = useState<SyncTab | null>(null)
  const [askSignOut, setAskSignOut] = useState(false)
  const [modals, setModals] = useState(0)
  const active = !session.locked
  // The screens' keys (F2, F9, Esc back, F4…) stay out of an open dialog's way; Ctrl+L always locks.
  const navKeys = active && modals === 0
  const unsent = unsentActions(sync.status)

  useIdleLock({ idleSeconds: session.idleLockSeconds, paused: session.locked, onIdle: lock, onActive: keepAlive })
  useHotkey(SEARCH_KEYS, goToSearch, navKeys)
  useHotkey(LOCK_KEYS, lock, active)
  useHotkey(SYNC_PANEL_KEYS, () => setPanel('pending'), navKeys)
  useHotkey(REGISTRATION_KEYS, openRegistration, navKeys)
  useHotkey(REPORT_KEYS, openReport, navKeys && session.operator.role === 'supervisor')
  useHotkey(REVIEW_KEYS, openReview, navKeys && session.operator.role !== 'admin')
  useLeaveGuard(info?.host === 'web' && unsent > 0)

  const { apply } = sync
  const syncNow = useCallback(async () => {
    const answer = await call('sync:now', {})
    if (answer.ok) apply(answer.value)
    return answer
  }, [call, apply])

  const registerModal = useCallback(() => {
    setModals((n) => n + 1)
    return () => setModals((n) => n - 1)
  }, [])

  const requestSignOut = useCallback(() => {
    if (unsent > 0) setAskSignOut(true)
    else signOut()
  }, [unsent, signOut])

  const shell = useMemo<ShellApi>(
    () => ({
      sync: { status: sync.status, error: sync.error },
      syncNow,
      openSyncPanel: (tab = 'pending') => setPanel(tab),
      requestSignOut,
      watchCommand: commands.watch,
      commandOutcome: commands.outcome,
      registerModal
    }),
    [sync.status, sync.error, syncNow, requestSignOut, commands.watch, commands.outcome, registerModal]
  )

  return (
    <ShellContext.Provider value={shell}>
      <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
        <TopBar onRegister={openRegistration} onReport={openReport} onReview={openReview} keysEnabled={navKeys} />
        <Box component="main" sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          {view.kind === 'search' ? (
            <SearchScreen state={search} onChange={setSearch} focusToken={focusSearchToken} onOpen={openPerson} />
          ) : view.kind === 'registration' ? (
            <RegistrationScreen onLeave={goToSearch} onOpenPerson={openPerson} keysEnabled={navKeys} />
          ) : view.kind === 'review' ? (
            <ReviewScreen onLeave={goToSearch} keysEnabled={navKeys} />
          ) : view.kind === 'report' ? (
            <ReportScreen onLeave={goToSearch} keysEnabled={navKeys} />
          ) : (
            <PersonScreen
              answer={view.answer}
              onBack={goToSearch}
              onChanged={() => refreshPerson(view.personId)}
              keysEnabled={navKeys}
            />
          )}
        </Box>
        <StatusBar />
        <SyncPanel
          open={panel !== null}
          tab={panel ?? 'pending'}
          onTab={setPanel}
          onClose={() => setPanel(null)}
          keysEnabled={active}
        />
        <SignOutDialog
          open={askSignOut}
          pending={unsent}
          onCancel={() => setAskSignOut(false)}
          onConfirm={() => {
            setAskSignOut(false)
            signOut()
          }}
        />
        <LockDialog open={session.locked} />
      </Box>
    </ShellContext.Provider>
  )
}
