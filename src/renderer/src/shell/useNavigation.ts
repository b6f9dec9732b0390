// The shell's two places: the search (home) and one person's record. Opening a person is an
// event, not an effect, so each open is exactly one audited `person:open` call.
import { useCallback, useRef, useState } from 'react'
import type { PersonView, Result } from '../../../shared/contract'
import type { Call } from '../session/session-context'

export type View = { kind: 'search' } | { kind: 'person'; personId: string; answer: Result<PersonView> | null }

export interface Navigation {
  view: View
  /** Bumped whenever the search box must take the focus (F2, Ctrl+K, coming back). */
  focusSearchToken: number
  openPerson: (personId: string) => void
  goToSearch: () => void
}

export function useNavigation(call: Call): Navigation {
  const [view, setView] = useState<View>({ kind: 'search' })
  const [focusSearchToken, setFocusSearchToken] = useState(0)
  // Only the latest open may land: an answer that comes back after Esc is dropped.
  const openSeq = useRef(0)

  const openPerson = useCallback(
    (personId: string) => {
      const seq = ++openSeq.current
      setView({ kind: 'person', personId, answer: null })
      void call('person:open', { personId }).then((answer) => {
        if (seq !== openSeq.current) return
        setView((v) => (v.kind === 'person' && v.personId === personId ? { ...v, answer } : v))
      })
    },
    [call]
  )

  const goToSearch = useCallback(() => {
    openSeq.current++
    setView({ kind: 'search' })
    setFocusSearchToken((n) => n + 1)
  }, [])

  return { view, focusSearchToken, openPerson, goToSearch }
}
