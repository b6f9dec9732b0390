// The signed-in frame: top bar, the current screen, status bar, and the lock screen over it all.
// It also owns the window-wide keys and the idle lock, so they work whatever screen is showing.
import Box from '@mui/material/Box'
import { useState } from 'react'
import { useHotkey } from '../hooks/useHotkey'
import { PersonScreen } from '../screens/PersonScreen'
import { SearchScreen } from '../screens/SearchScreen'
import { emptySearch, type SearchState } from '../search/search-state'
import { useSession } from '../session/session-context'
import { useIdleLock } from '../session/useIdleLock'
import { useNavigation } from '../shell/useNavigation'
import { LockDialog } from './LockDialog'
import { StatusBar } from './StatusBar'
import { TopBar } from './TopBar'

const SEARCH_KEYS = [{ key: 'F2' }, { key: 'k', ctrl: true }] as const
const LOCK_KEYS = [{ key: 'l', ctrl: true }] as const

export function AppShell() {
  const { session, call, lock, keepAlive } = useSession()
  const [search, setSearch] = useState<SearchState>(emptySearch)
  const { view, focusSearchToken, openPerson, goToSearch } = useNavigation(call)
  const active = !session.locked

  useIdleLock({ idleSeconds: session.idleLockSeconds, paused: session.locked, onIdle: lock, onActive: keepAlive })
  useHotkey(SEARCH_KEYS, goToSearch, active)
  useHotkey(LOCK_KEYS, lock, active)

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <TopBar />
      <Box component="main" sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {view.kind === 'search' ? (
          <SearchScreen
            state={search}
            onChange={setSearch}
            focusToken={focusSearchToken}
            onOpen={openPerson}
          />
        ) : (
          <PersonScreen answer={view.answer} onBack={goToSearch} keysEnabled={active} />
        )}
      </Box>
      <StatusBar />
      <LockDialog open={session.locked} />
    </Box>
  )
}
