// A section's list read from main: read on mount, again whenever the input or `revision` changes
// (the record was read again) or `reload()` is called (an action in the section changed it). A
// failed read keeps what is on screen and shows the error; an answer that arrives after a newer
// read started is dropped.
import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { AppError, ChannelInput, ChannelName, ChannelOutput, Result } from '../../../shared/contract'
import { useSession } from '../session/session-context'

export function useChannelList<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  revision: unknown
): { value: ChannelOutput<C> | null; error: AppError | null; reload: () => void } {
  const { call } = useSession()
  const [value, setValue] = useState<ChannelOutput<C> | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [reads, setReads] = useState(0)
  const reload = useCallback(() => setReads((n) => n + 1), [])
  // The input is an object made afresh at every render: its content decides when to read again.
  const inputKey = JSON.stringify(input)
  const read = useEffectEvent((): Promise<Result<ChannelOutput<C>>> => call(channel, input))
  useEffect(() => {
    let live = true
    void read().then((answer) => {
      if (!live) return
      if (answer.ok) {
        setValue(answer.value)
        setError(null)
      } else setError(answer.error)
    })
    return () => {
      live = false
    }
  }, [channel, inputKey, revision, reads])
  return { value, error, reload }
}
