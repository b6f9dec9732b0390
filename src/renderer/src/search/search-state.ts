// The search screen's state lives in the shell, not in the screen, so that going back from a
// person keeps the query, the results and the selected row.
import type { AppError, SearchResult } from '../../../shared/contract'

export interface SearchState {
  query: string
  /** The trimmed query the shown result or error belongs to. */
  submitted: string | null
  result: SearchResult | null
  error: AppError | null
  selected: number
  pending: boolean
}

export const emptySearch: SearchState = {
  query: '',
  submitted: null,
  result: null,
  error: null,
  selected: 0,
  pending: false
}

/** Enter opens the selected person only when the results on screen belong to the query typed. */
export function canOpenSelected(state: SearchState): boolean {
  return (
    !state.pending &&
    state.result !== null &&
    state.result.people.length > 0 &&
    state.submitted === state.query.trim()
  )
}
