// What the 审核 screen lists, read together: objections awaiting review and the operator's own
// (dispute:queue), bindings sent to review (binding:reviews) and actions central refused
// (sync:list, 需处理). Read again after every review and whenever the sync state moves.
import { useCallback, useEffect, useState } from 'react'
import type { AppError, SyncItem } from '../../../../shared/contract'
import type { BindingReviewItem } from '../../../../shared/contract/workflows/binding-schemas'
import type { DisputeQueue } from '../../../../shared/contract/workflows/disputes-schemas'
import { useSession } from '../../session/session-context'

export interface ReviewQueue {
  disputes: DisputeQueue
  bindings: BindingReviewItem[]
  conflicts: SyncItem[]
}

export function useReviewQueue(revision: unknown): { queue: ReviewQueue | null; error: AppError | null; reload: () => void } {
  const { call } = useSession()
  const [queue, setQueue] = useState<ReviewQueue | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [reads, setReads] = useState(0)
  const reload = useCallback(() => setReads((n) => n + 1), [])

  useEffect(() => {
    let live = true
    void Promise.all([call('dispute:queue', {}), call('binding:reviews', {}), call('sync:list', {})]).then(([disputes, bindings, sync]) => {
      if (!live) return
      const failed = [disputes, bindings, sync].find((a) => !a.ok)
      if (failed !== undefined && !failed.ok) setError(failed.error)
      else setError(null)
      if (disputes.ok) {
        setQueue({
          disputes: disputes.value,
          bindings: bindings.ok ? bindings.value.items : [],
          conflicts: sync.ok ? sync.value.rejected : []
        })
      }
    })
    return () => {
      live = false
    }
  }, [call, revision, reads])

  return { queue, error, reload }
}
