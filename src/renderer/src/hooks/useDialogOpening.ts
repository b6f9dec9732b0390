// Opening a dialog from a button or a shortcut: a fresh dialog (new key) for every opening, kept
// mounted while it fades out, and the focus given back to what had it before (if still there).
import { useState } from 'react'

export interface DialogOpening {
  /** Null while closed and faded out; `seq` is the dialog's key. */
  opening: { open: boolean; seq: number } | null
  show: () => void
  close: () => void
  /** For the dialog's onExited (its fade-out ended). */
  exited: () => void
}

export function useDialogOpening(): DialogOpening {
  const [opening, setOpening] = useState<{ open: boolean; seq: number } | null>(null)
  const [trigger, setTrigger] = useState<HTMLElement | null>(null)
  return {
    opening,
    show: () => {
      setTrigger(document.activeElement instanceof HTMLElement ? document.activeElement : null)
      setOpening((current) => ({ open: true, seq: (current?.seq ?? 0) + 1 }))
    },
    close: () => setOpening((current) => current && { ...current, open: false }),
    exited: () => {
      if (trigger?.isConnected === true) trigger.focus()
      setOpening(null)
    }
  }
}
