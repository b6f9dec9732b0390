// Follows the actions this desk has just saved until central has answered them: the result of a
// processing shows the definitive decision number as soon as central assigns it, and the person
// view is reloaded once the confirmed rows have arrived (or a rejection has taken the action back).
// The list is read only when the sync status changes, and only while something is being watched.
import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { SyncList, SyncStatusDto } from '../../../shared/contract'
import type { Call } from '../session/session-context'

export type CommandOutcome =
  | { kind: 'waiting' }
  | { kind: 'confirmed'; decisionNo: string | null }
  | { kind: 'rejected'; message: string }

interface Watched {
  /** The person whose view shows the action's effect. */
  personId: string
}

interface Options {
  call: Call
  status: SyncStatusDto | null
  /** No reading while the screen is locked (`sync:list` is refused then). */
  paused: boolean
  /** Central's answer has reached the local rows: views of this person are out of date. */
  onSettled: (personId: string) => void
}

export interface CommandWatch {
  watch: (commandId: string, personId: string) => void
  outcome: (commandId: string) => CommandOutcome | undefined
}

/** What the lists say about one command: still waiting, answered, and whether its rows are in. */
export function readOutcome(list: SyncList, commandId: string): { outcome: CommandOutcome; settled: boolean } {
  const rejected = list.rejected.find((item) => item.id === commandId)
  if (rejected !== undefined) {
    return { outcome: { kind: 'rejected', message: rejected.reasonMessage ?? rejected.reasonCode ?? '' }, settled: true }
  }
  const applied = list.recent.find((item) => item.id === commandId)
  if (applied !== undefined) return { outcome: { kind: 'confirmed', decisionNo: applied.assignedNo }, settled: applied.settled }
  return { outcome: { kind: 'waiting' }, settled: false }
}

export function useCommandWatch({ call, status, paused, onSettled }: Options): CommandWatch {
  const [watched, setWatched] = useState<ReadonlyMap<string, Watched>>(() => new Map())
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, CommandOutcome>>(() => new Map())
  const settled = useEffectEvent(onSettled)
  // Any change central could have caused; a poll that changes nothing does not read the list.
  const moment =
    status === null ? '' : [status.lastSyncAt, status.pending, status.awaitingPull, status.rejectedOpen, status.state].join('|')

  useEffect(() => {
    if (paused || watched.size === 0 || moment === '') return
    let live = true
    void call('sync:list', {}).then((answer) => {
      if (!live || !answer.ok) return
      const read = [...watched].map(([id, w]) => ({ id, personId: w.personId, ...readOutcome(answer.value, id) }))
      setOutcomes((current) => {
        const next = new Map(current)
        for (const r of read) next.set(r.id, r.outcome)
        return next
      })
      const done = read.filter((r) => r.settled)
      if (done.length === 0) return
      setWatched((current) => {
        const next = new Map(current)
        for (const r of done) next.delete(r.id)
        return next
      })
      for (const personId of new Set(done.map((r) => r.personId))) settled(personId)
    })
    return () => {
      live = false
    }
  }, [call, moment, paused, watched])

  const watch = useCallback((commandId: string, personId: string) => {
    setOutcomes((current) => new Map(current).set(commandId, { kind: 'waiting' }))
    setWatched((current) => new Map(current).set(commandId, { personId }))
  }, [])

  const outcome = useCallback((commandId: string) => outcomes.get(commandId), [outcomes])

  return { watch, outcome }
}
