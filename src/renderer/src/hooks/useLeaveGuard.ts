// Closing the browser tab while actions are still waiting for central: the browser's own "leave
// this page?" question. Only the browser host needs it; the Electron shell decides for itself
// what closing its window means.
import { useEffect } from 'react'

export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      event.preventDefault()
      // Older Chromium builds (and Electron's) still look at returnValue.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [active])
}
