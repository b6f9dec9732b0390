// What every part of the 异议 service shares: the workflow's dependencies, its prepared
// statements, the window's own rows (for deciding commands locally) and the moment in the
// workstation's zone.
import type { WorkflowDeps } from '../../core/workflows'
import { toZonedIso } from '../../platform/zoned-time'
import { LocalRows } from '../../sync/local-rows'
import { prepareDisputeQueries, type DisputeQueries } from './queries'

export interface DisputeContext extends WorkflowDeps {
  q: DisputeQueries
  rows: LocalRows
  /** Now, zoned ISO. */
  now: () => string
}

export function disputeContext(deps: WorkflowDeps): DisputeContext {
  return {
    ...deps,
    q: prepareDisputeQueries(deps.sqlite),
    rows: new LocalRows(deps.sqlite),
    now: () => toZonedIso(deps.clock.now(), deps.config.timeZone)
  }
}
