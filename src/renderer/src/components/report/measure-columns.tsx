// The report's columns, shared by the two tables so they read alike: a first column (who, or the
// day), then the measures in three groups — accounts and bindings, decisions and money, disputes —
// under a group heading each. Zero reads lighter, so the figures that matter stand out.
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import type { ReactNode } from 'react'
import { MONEY_MEASURES, type ReportCounts, type ReportMeasure } from '../../../../shared/contract/workflows/report-schemas'
import { t } from '../../i18n/zh-CN'
import { measureText } from './report-format'

const r = t.report

export const MEASURE_GROUPS: readonly { title: string; measures: readonly ReportMeasure[] }[] = [
  { title: r.groups.accounts, measures: ['registrations', 'phoneChanges', 'bindings', 'unbindings'] },
  { title: r.groups.decisions, measures: ['decisions', 'payments', 'fineFen', 'lateFeeFen'] },
  {
    title: r.groups.disputes,
    measures: ['disputesFiled', 'disputesUpheld', 'disputesVoided', 'disputesPlateCorrected', 'disputesTransferred', 'disputesRejected']
  }
]

const groupStart = new Set(MEASURE_GROUPS.map((g) => g.measures[0]))
const divider = { borderLeft: 1, borderLeftColor: 'divider' } as const

export function MeasureHeader({ first }: { first: string }) {
  return (
    <>
      <TableRow>
        <TableCell rowSpan={2} sx={{ minWidth: 150, verticalAlign: 'bottom' }}>
          {first}
        </TableCell>
        {MEASURE_GROUPS.map((g) => (
          <TableCell key={g.title} colSpan={g.measures.length} align="center" sx={{ ...divider, py: 0.5, color: 'text.secondary' }}>
            {g.title}
          </TableCell>
        ))}
      </TableRow>
      <TableRow>
        {MEASURE_GROUPS.flatMap((g) =>
          g.measures.map((m) => (
            <TableCell key={m} align="right" sx={{ ...(groupStart.has(m) ? divider : {}), px: 1, lineHeight: 1.3, verticalAlign: 'bottom' }}>
              {r.measures[m]}
            </TableCell>
          ))
        )}
      </TableRow>
    </>
  )
}

export function MeasureCells({ counts, strong = false }: { counts: ReportCounts; strong?: boolean }): ReactNode {
  return MEASURE_GROUPS.flatMap((g) =>
    g.measures.map((m) => (
      <TableCell
        key={m}
        align="right"
        sx={{
          ...(groupStart.has(m) ? divider : {}),
          px: 1,
          whiteSpace: 'nowrap',
          fontWeight: strong ? 700 : MONEY_MEASURES.includes(m) ? 500 : 400,
          color: counts[m] === 0 && !strong ? 'text.disabled' : undefined
        }}
      >
        {measureText(m, counts[m])}
      </TableCell>
    ))
  )
}
