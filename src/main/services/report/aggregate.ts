// Folding the grouped counts into the report: per clerk (or channel), per day, per clerk and day,
// and the total, all from the same additions so the table, the chart and the CSV cannot disagree.
import {
  REPORT_MEASURES,
  type ReportCounts,
  type ReportMeasure,
  type ReportRow,
  type ReportRowKind
} from '../../../shared/contract/workflows/report-schemas'
import { DISPUTE_REVIEW_KIND, HISTORY_KINDS, disputeOutcome } from './outcomes'
import type { GroupRow } from './queries'

export function zeroCounts(): ReportCounts {
  return Object.fromEntries(REPORT_MEASURES.map((m) => [m, 0])) as ReportCounts
}

function add(into: ReportCounts, from: Partial<ReportCounts>): void {
  for (const m of REPORT_MEASURES) into[m] += from[m] ?? 0
}

const CHANNEL_ROWS: readonly ReportRowKind[] = ['app', 'bank', 'central', 'window']

/** The row a group belongs to: its clerk by 警号, or the channel of business no clerk did. */
function rowKindOf(g: GroupRow): ReportRowKind {
  if (g.operatorNo !== null) return 'clerk'
  return (CHANNEL_ROWS as readonly string[]).includes(g.channel) ? (g.channel as ReportRowKind) : 'central'
}

export interface Unclassified {
  kind: string
  decision: string | null
  outcome: string | null
  proposal: string | null
  n: number
}

/** What one group adds; null for a dispute review whose detail names no outcome the report knows. */
function contribution(g: GroupRow): Partial<ReportCounts> | null {
  if (g.kind === 'violation.process') return { decisions: g.n }
  if (g.kind === 'payment.record') return { payments: g.n, fineFen: g.fineFen, lateFeeFen: g.lateFeeFen }
  if (g.kind === DISPUTE_REVIEW_KIND) {
    const measure = disputeOutcome(g)
    return measure === null ? null : { [measure]: g.n }
  }
  const measure = (HISTORY_KINDS as Record<string, ReportMeasure>)[g.kind]
  return measure === undefined ? null : { [measure]: g.n }
}

export interface Folded {
  rows: ReportRow[]
  days: { date: string; counts: ReportCounts }[]
  cells: { date: string; key: string; counts: ReportCounts }[]
  totals: ReportCounts
  decisionsByChannel: { window: number; app: number }
  pendingCount: number
  unclassified: Unclassified[]
}

export function fold(groups: readonly GroupRow[], dates: readonly string[]): Folded {
  const rows = new Map<string, ReportRow>()
  const days = new Map(dates.map((date) => [date, zeroCounts()]))
  const cells = new Map<string, { date: string; key: string; counts: ReportCounts }>()
  const totals = zeroCounts()
  const decisionsByChannel = { window: 0, app: 0 }
  const unclassified: Unclassified[] = []
  let pendingCount = 0

  for (const g of groups) {
    const adds = contribution(g)
    if (adds === null) {
      unclassified.push({ kind: g.kind, decision: g.decision, outcome: g.outcome, proposal: g.proposal, n: g.n })
      continue
    }
    const kind = rowKindOf(g)
    const key = kind === 'clerk' ? `clerk:${g.operatorNo}` : kind
    let row = rows.get(key)
    if (row === undefined) {
      row = { key, kind, operatorNo: g.operatorNo, operatorName: g.operatorName, place: g.place, counts: zeroCounts() }
      rows.set(key, row)
    }
    // Groups of one clerk may carry different names or places (a renamed record, another window): keep the greatest, as SQL's max does.
    if (g.operatorName !== null && (row.operatorName === null || g.operatorName > row.operatorName)) row.operatorName = g.operatorName
    if (g.place !== null && (row.place === null || g.place > row.place)) row.place = g.place
    add(row.counts, adds)
    const day = days.get(g.day)
    if (day === undefined) throw new Error(`report group on ${g.day}, outside the range`)
    add(day, adds)
    const cellKey = `${g.day}|${key}`
    let cell = cells.get(cellKey)
    if (cell === undefined) {
      cell = { date: g.day, key, counts: zeroCounts() }
      cells.set(cellKey, cell)
    }
    add(cell.counts, adds)
    add(totals, adds)
    if (g.kind === 'violation.process') decisionsByChannel[g.channel === 'app' ? 'app' : 'window'] += g.n
    pendingCount += g.pending
  }

  const order = (r: ReportRow): string => (r.kind === 'clerk' ? `0|${r.operatorNo}` : `1|${CHANNEL_ROWS.indexOf(r.kind)}`)
  const byDay = (a: { date: string; key: string }, b: { date: string; key: string }): number =>
    a.date.localeCompare(b.date) || order(rows.get(a.key)!).localeCompare(order(rows.get(b.key)!))
  return {
    rows: [...rows.values()].sort((a, b) => order(a).localeCompare(order(b))),
    days: dates.map((date) => ({ date, counts: days.get(date)! })),
    cells: [...cells.values()].sort(byDay),
    totals,
    decisionsByChannel,
    pendingCount,
    unclassified
  }
}
