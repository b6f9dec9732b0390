// Closing the window while actions wait for central asks first. They are safe on disk and will be
// pushed at the next start, but a clerk who closes the app at the end of the day should know
// that central has not seen them yet.
import { shellText } from './shell-text'

/** The parts of BrowserWindow the guard uses, so tests can pass a fake. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown
}

export interface MessageBoxOptions {
  type: 'warning'
  title: string
  message: string
  detail: string
  buttons: string[]
  defaultId: number
  cancelId: number
  noLink: boolean
}

export function closeWarning(pending: number): MessageBoxOptions | null {
  if (pending <= 0) return null
  const t = shellText.closeWithPending
  return { type: 'warning', title: t.title, message: t.message(pending), detail: t.detail, buttons: [t.cancel, t.quit], defaultId: 0, cancelId: 0, noLink: true }
}

/** Asks before a close while `pendingCount()` is above zero; button 1 (仍然退出) lets it close. */
export function guardClose(win: ClosableWindow, pendingCount: () => number, ask: (options: MessageBoxOptions) => number): void {
  win.on('close', (event) => {
    const warning = closeWarning(pendingCount())
    if (warning !== null && ask(warning) !== 1) event.preventDefault()
  })
}
