// The daily report's numbers counted straight from a workstation's SQLite file, written apart from
// the service's queries (src/main/services/report/queries.ts) and differently: the local day is
// date(time, '+8 hours') — right for Asia/Shanghai, the zone of the tests' workstations, which has
// no daylight time —, a registration's own phone change is told by its detail (no `targets`), and
// a dispute review's measure by its decision and proposal. What the report says must equal this.
import Database from 'better-sqlite3'
import { REPORT_MEASURES, type ReportCounts } from '../../../src/shared/contract/workflows/report-schemas'

export type Counts = ReportCounts

export interface SqlReport {
  /** who → counts, who being `clerk:<警号>` or the channel (app, bank, window, central). */
  byWho: Map<string, Counts>
  byDay: Map<string, Counts>
  /** `${day}|${who}` → counts */
  byCell: Map<string, Counts>
  totals: Counts
  /** Rows of the range written by actions of this workstation central has not confirmed. */
  pending: number
}

const zero = (): Counts => Object.fromEntries(REPORT_MEASURES.map((m) => [m, 0])) as Counts

const REVIEW_MEASURE: Record<string, keyof Counts> = {
  'approve|uphold': 'disputesUpheld',
  'approve|void': 'disputesVoided',
  'approve|correct_plate': 'disputesPlateCorrected',
  'approve|transfer': 'disputesTransferred'
}

const SIMPLE: Record<string, keyof Counts> = {
  'account.register': 'registrations',
  'phone.change': 'phoneChanges',
  'binding.create': 'bindings',
  'binding.remove': 'unbindings',
  'dispute.file': 'disputesFiled'
}

interface Line {
  day: string
  who: string
  kind: string
  decision: string | null
  outcome: string | null
  n: number
  fine: number
  late: number
  pending: number
}

export function reportFromSql(databaseFile: string, from: string, to: string): SqlReport {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const shadowed = (table: string, id: string): string => `(SELECT count(*) FROM sync_shadow s WHERE s.table_name = '${table}' AND s.row_id = ${id})`
    const history = db
      .prepare(
        `SELECT date(at, '+8 hours') AS day, CASE WHEN operator_no IS NULL THEN channel ELSE 'clerk:' || operator_no END AS who, kind,
                json_extract(detail, '$.decision') AS decision, json_extract(detail, '$.outcome') AS outcome,
                count(*) AS n, 0 AS fine, 0 AS late, sum(${shadowed('service_records', 'service_records.id')}) AS pending
           FROM service_records
          WHERE date(at, '+8 hours') BETWEEN @from AND @to
            AND kind IN ('account.register', 'phone.change', 'binding.create', 'binding.remove', 'dispute.file', 'dispute.review')
            AND NOT (kind = 'phone.change' AND json_extract(detail, '$.targets') IS NULL)
          GROUP BY 1, 2, 3, 4, 5`
      )
      .all({ from, to }) as Line[]
    const decisions = db
      .prepare(
        `SELECT date(d.decided_at, '+8 hours') AS day,
                CASE WHEN r.operator_no IS NOT NULL THEN 'clerk:' || r.operator_no WHEN d.organ = '交管12123' THEN 'app' ELSE 'window' END AS who,
                'violation.process' AS kind, NULL AS decision, NULL AS outcome, count(*) AS n, 0 AS fine, 0 AS late,
                sum(${shadowed('decisions', 'd.id')}) AS pending
           FROM decisions d LEFT JOIN service_records r ON r.id = d.id
          WHERE date(d.decided_at, '+8 hours') BETWEEN @from AND @to
          GROUP BY 1, 2`
      )
      .all({ from, to }) as Line[]
    const payments = db
      .prepare(
        `SELECT date(p.paid_at, '+8 hours') AS day,
                CASE WHEN r.operator_no IS NOT NULL THEN 'clerk:' || r.operator_no ELSE p.channel END AS who,
                'payment.record' AS kind, NULL AS decision, NULL AS outcome, count(*) AS n,
                sum(p.fine_fen) AS fine, sum(p.late_fee_fen) AS late, sum(${shadowed('payments', 'p.id')}) AS pending
           FROM payments p LEFT JOIN service_records r ON r.id = p.id
          WHERE date(p.paid_at, '+8 hours') BETWEEN @from AND @to
          GROUP BY 1, 2`
      )
      .all({ from, to }) as Line[]

    const out: SqlReport = { byWho: new Map(), byDay: new Map(), byCell: new Map(), totals: zero(), pending: 0 }
    const bump = <K>(map: Map<K, Counts>, key: K, measure: keyof Counts, value: number): void => {
      if (!map.has(key)) map.set(key, zero())
      map.get(key)![measure] += value
    }
    for (const line of [...history, ...decisions, ...payments]) {
      const adds: [keyof Counts, number][] =
        line.kind === 'violation.process'
          ? [['decisions', line.n]]
          : line.kind === 'payment.record'
            ? [['payments', line.n], ['fineFen', line.fine], ['lateFeeFen', line.late]]
            : line.kind === 'dispute.review'
              ? [[line.decision === 'approve' ? REVIEW_MEASURE[`approve|${line.outcome}`]! : 'disputesRejected', line.n]]
              : [[SIMPLE[line.kind]!, line.n]]
      for (const [measure, value] of adds) {
        bump(out.byWho, line.who, measure, value)
        bump(out.byDay, line.day, measure, value)
        bump(out.byCell, `${line.day}|${line.who}`, measure, value)
        out.totals[measure] += value
      }
      out.pending += line.pending
    }
    return out
  } finally {
    db.close()
  }
}
