// The shell's places: the search (home), one person's record, 面签注册, 审核 and (supervisors) 业务统计. Opening a person is an
// event, not an effect, so each open is exactly one audited `person:open` call; so is each reload
// of the record after an action changed it. The sync panel is a dialog over either place.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PersonView, Result } from '../../../shared/contract'
import type { Call } from '../session/session-context'

export type View = { kind: 'search' } | { kind: 'person'; personId: string; answer: Result<PersonView> | null } | { kind: 'registration' } | { kind: 'report' } | { kind: 'review' }

export interface Navigation {
  view: View
  /** Bumped whenever the search box must take the focus (F2, Ctrl+K, coming back). */
  focusSearchToken: number
  openPerson: (personId: string) => void
  /**
   * Reads the shown person again (after an action changed the record, or central answered it),
   * keeping the record on screen meanwhile; does nothing if another screen is showing by then.
   */
  refreshPerson: (personId: string) => void
  goToSearch: () => void
  /** 面签注册 (F3): a screen of its own, started afresh each time. */
  openRegistration: () => void
  /** 业务统计 (Ctrl+B, supervisors): the daily report, asked afresh each time. */
  openReport: () => void
  /** 审核 (Ctrl+E): objections, bindings and refused actions awaiting review, and 我的异议. */
  openReview: () => void
}

export function useNavigation(call: Call): Navigation {
  const [view, setView] = useState<View>({ kind: 'search' })
  const [focusSearchToken, setFocusSearchToken] = useState(0)
  // Only the latest open may land: an answer that comes back after Esc is dropped.
  const openSeq = useRef(0)
  const shown = useRef<View>(view)
  useEffect(() => {
    shown.current = view
  }, [view])

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

  const refreshPerson = useCallback(
    (personId: string) => {
      const current = shown.current
      if (current.kind !== 'person' || current.personId !== personId) return
      const seq = ++openSeq.current
      void call('person:open', { personId }).then((answer) => {
        if (seq !== openSeq.current) return
        // A failed reload (locked meanwhile, host gone) keeps the record that is on screen.
        setView((v) => (v.kind === 'person' && v.personId === personId && (answer.ok || v.answer === null) ? { ...v, answer } : v))
      })
    },
    [call]
  )

  const goToSearch = useCallback(() => {
    openSeq.current++
    setView({ kind: 'search' })
    setFocusSearchToken((n) => n + 1)
  }, [])

  const openRegistration = useCallback(() => {
    openSeq.current++
    setView({ kind: 'registration' })
  }, [])

  const openReport = useCallback(() => {
    openSeq.current++
    setView({ kind: 'report' })
  }, [])

  const openReview = useCallback(() => {
    openSeq.current++
    setView({ kind: 'review' })
  }, [])

  return { view, focusSearchToken, openPerson, refreshPerson, goToSearch, openRegistration, openReport, openReview }
}
