// What every part of the 备案 service shares: the workflow's dependencies, its prepared
// statements, the window's own rows (for deciding commands locally) and the moment in the
// workstation's zone.
import type { WorkflowDeps } from '../../core/workflows'
import { toZonedIso } from '../../platform/zoned-time'
import { LocalRows } from '../../sync/local-rows'
import { prepareBindingQueries, type BindingQueries } from './queries'

export interface BindingContext extends WorkflowDeps {
  q: BindingQueries
  rows: LocalRows
  /** Now, zoned ISO. */
  now: () => string
}

export function bindingContext(deps: WorkflowDeps): BindingContext {
  return {
    ...deps,
    q: prepareBindingQueries(deps.sqlite),
    rows: new LocalRows(deps.sqlite),
    now: () => toZonedIso(deps.clock.now(), deps.config.timeZone)
  }
}
