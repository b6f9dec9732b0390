// The 业务统计 screen's state: the range as typed, the report main last answered (kept on screen
// while the next one is asked for), refusals at the field they concern, and the CSV export of what
// is shown. Every query and export is one audited call; nothing is asked twice for one keypress.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import type { DailyReport } from '../../../../shared/contract/workflows/report-schemas'
import { t } from '../../i18n/zh-CN'
import { useSession } from '../../session/session-context'
import { downloadText } from './download'
import { pageRange, quickRange, rangeProblem, type DateRange, type QuickRange } from './report-range'

export interface FieldErrors {
  from?: string
  to?: string
}

export interface ReportState {
  draft: DateRange
  report: DailyReport | null
  busy: boolean
  fieldErrors: FieldErrors
  /** A refusal that is not about a field (session, main unreachable). */
  error: AppError | null
  /** The last export, said in the status line. */
  exported: string | null
}

export function useReport() {
  const { call } = useSession()
  const [state, setState] = useState<ReportState>({ draft: { from: '', to: '' }, report: null, busy: true, fieldErrors: {}, error: null, exported: null })
  const seq = useRef(0)

  // Asks main; only the latest request may land (an earlier answer arriving late is dropped).
  const request = useCallback(
    (range: Partial<DateRange>) => {
      const mine = ++seq.current
      void call('report:daily', range).then((answer) => {
        if (mine !== seq.current) return
        if (answer.ok) {
          const report = answer.value
          setState((s) => ({ ...s, busy: false, report, draft: { from: report.from, to: report.to } }))
        } else {
          const { field } = answer.error
          setState((s) =>
            field === 'from' || field === 'to'
              ? { ...s, busy: false, fieldErrors: { [field]: answer.error.message } }
              : { ...s, busy: false, error: answer.error }
          )
        }
      })
    },
    [call]
  )

  const load = useCallback(
    (range: Partial<DateRange>) => {
      setState((s) => ({ ...s, busy: true, error: null, fieldErrors: {}, exported: null }))
      request(range)
    },
    [request]
  )

  // Today's report when the screen opens (the state starts busy).
  useEffect(() => request({}), [request])

  const today = state.report?.today ?? null

  const setDraft = useCallback((draft: DateRange) => setState((s) => ({ ...s, draft, fieldErrors: {} })), [])

  const submit = useCallback(() => {
    if (today === null) return
    const problem = rangeProblem(state.draft, today)
    if (problem !== null) setState((s) => ({ ...s, fieldErrors: { [problem.field]: problem.message } }))
    else load(state.draft)
  }, [load, state.draft, today])

  const quick = useCallback(
    (kind: QuickRange) => {
      if (today !== null) load(quickRange(kind, today))
    },
    [load, today]
  )

  const page = useCallback(
    (direction: -1 | 1) => {
      const shown = state.report
      if (shown === null) return
      const next = pageRange({ from: shown.from, to: shown.to }, direction, shown.today)
      if (next !== null) load(next)
    },
    [load, state.report]
  )

  const exportCsv = useCallback(async () => {
    const shown = state.report
    if (shown === null) return
    setState((s) => ({ ...s, error: null, exported: null }))
    const answer = await call('report:export', { from: shown.from, to: shown.to })
    if (!answer.ok) {
      setState((s) => ({ ...s, error: answer.error }))
      return
    }
    downloadText(answer.value.fileName, answer.value.csv, 'text/csv;charset=utf-8')
    setState((s) => ({ ...s, exported: t.report.exported(answer.value.fileName, answer.value.lines) }))
  }, [call, state.report])

  return { state, setDraft, submit, quick, page, exportCsv }
}
