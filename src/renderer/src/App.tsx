// Top level: which of the three phases the app is in decides the whole screen.
import { AppShell } from './components/AppShell'
import { StartingScreen } from './screens/StartingScreen'
import { SignInScreen } from './screens/SignInScreen'
import { SessionContext } from './session/session-context'
import { useSessionController } from './session/useSessionController'

export function App() {
  const { phase, info, retry, signedIn, api } = useSessionController()

  if (phase.kind === 'starting') return <StartingScreen />
  if (phase.kind === 'signedOut' || api === null) {
    return (
      <SignInScreen
        info={info}
        notice={phase.kind === 'signedOut' ? phase.notice : null}
        onSignedIn={signedIn}
        onRetry={retry}
      />
    )
  }
  return (
    <SessionContext.Provider value={api}>
      <AppShell />
    </SessionContext.Provider>
  )
}
