// The workstation's sync state, polled from main every two seconds for as long as the signed-in
// shell is mounted. `sync:status` is allowed while the screen is locked, so the status bar stays
// true behind the lock; signing out unmounts the shell and the polling stops with it.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError, SyncStatusDto } from '../../../shared/contract'
import type { Call } from '../session/session-context'

export const SYNC_POLL_MS = 2_000

export interface SyncStatusState {
  /** The last status main gave; null until the first answer. */
  status: SyncStatusDto | null
  /** The last poll failed (main unreachable): `status` is then the last one known. */
  error: AppError | null
  /** Shows a status main has just returned (the answer of `sync:now`) without waiting for a poll. */
  apply: (status: SyncStatusDto) => void
}

export function useSyncStatus(call: Call): SyncStatusState {
  const [status, setStatus] = useState<SyncStatusDto | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  // Every answer is a new object; only a change may re-render the shell (and the record under it).
  const last = useRef('')

  const apply = useCallback((next: SyncStatusDto) => {
    const key = JSON.stringify(next)
    if (key === last.current) return
    last.current = key
    setStatus(next)
  }, [])

  useEffect(() => {
    let live = true
    let timer: number | undefined
    // One request at a time: the next poll is scheduled when this one has answered.
    const poll = async (): Promise<void> => {
      const answer = await call('sync:status', {})
      if (!live) return
      if (answer.ok) {
        apply(answer.value)
        setError(null)
      } else {
        setError((e) => (e?.code === answer.error.code && e.message === answer.error.message ? e : answer.error))
      }
      timer = window.setTimeout(() => void poll(), SYNC_POLL_MS)
    }
    void poll()
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [call, apply])

  return { status, error, apply }
}
