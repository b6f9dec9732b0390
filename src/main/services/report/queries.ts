// The report's three grouped counts, each over the days of the range (a JSON list of
// {date, startS, endS}): the history's business (service_records), the penalty decisions and the
// payments. A time belongs to the day whose instants hold it (unixepoch understands any offset);
// the text bounds only cut the scan short. Who did it comes from the history: every command
// writes its record with the clerk (decisions and payments under their own id); a decision or
// payment without one (loaded from central's older data, 12123, the bank) counts under its channel.
import type Database from 'better-sqlite3'
import { APP_ORGAN } from '../../commands/process-violation'
import { DISPUTE_REVIEW_KIND, HISTORY_KINDS } from './outcomes'

export interface RangeParams {
  /** JSON list of the days: [{ date, startS, endS }]. */
  days: string
  looseFrom: string
  looseTo: string
}

/** One group: a day, who (警号, or none and the channel), what, how many; money for payments. */
export interface GroupRow {
  day: string
  kind: string
  operatorNo: string | null
  operatorName: string | null
  place: string | null
  channel: string
  /** dispute.review only: the detail's decision, outcome and proposal. */
  decision: string | null
  outcome: string | null
  proposal: string | null
  n: number
  fineFen: number
  lateFeeFen: number
  /** Of `n`, written by actions of this workstation central has not confirmed yet. */
  pending: number
}

const DAYS = `days AS (
  SELECT json_extract(value, '$.date') AS day, json_extract(value, '$.startS') AS start_s, json_extract(value, '$.endS') AS end_s
    FROM json_each(@days)
)`

const PENDING = (table: string, id: string): string => `EXISTS (SELECT 1 FROM sync_shadow s WHERE s.table_name = '${table}' AND s.row_id = ${id})`

const COUNTED_KINDS = JSON.stringify([...Object.keys(HISTORY_KINDS), DISPUTE_REVIEW_KIND])

export function prepareReportQueries(sqlite: Database.Database) {
  return {
    // A phone change a registration made in the same visit (same command: same person or unit,
    // same instant) is part of that registration, not a business of its own.
    history: sqlite.prepare<RangeParams, GroupRow>(
      `WITH ${DAYS},
       hits AS (
         SELECT r.kind, r.operator_no, r.operator_name, r.place, r.channel,
                CASE WHEN r.kind = '${DISPUTE_REVIEW_KIND}' THEN json_extract(r.detail, '$.decision') END AS decision,
                CASE WHEN r.kind = '${DISPUTE_REVIEW_KIND}' THEN json_extract(r.detail, '$.outcome') END AS outcome,
                CASE WHEN r.kind = '${DISPUTE_REVIEW_KIND}' THEN json_extract(r.detail, '$.proposal') END AS proposal,
                unixepoch(r.at, 'subsec') AS s,
                ${PENDING('service_records', 'r.id')} AS pending
           FROM service_records r
          WHERE r.at >= @looseFrom AND r.at < @looseTo
            AND r.kind IN (SELECT value FROM json_each('${COUNTED_KINDS}'))
            AND NOT (r.kind = 'phone.change' AND EXISTS (
                  SELECT 1 FROM service_records g
                   WHERE g.kind = 'account.register' AND g.at = r.at AND g.person_id IS r.person_id AND g.unit_id IS r.unit_id))
       )
       SELECT d.day, h.kind, h.operator_no AS operatorNo, max(h.operator_name) AS operatorName, max(h.place) AS place, h.channel,
              CAST(h.decision AS TEXT) AS decision, CAST(h.outcome AS TEXT) AS outcome, CAST(h.proposal AS TEXT) AS proposal,
              count(*) AS n, 0 AS fineFen, 0 AS lateFeeFen, sum(h.pending) AS pending
         FROM hits h JOIN days d ON h.s >= d.start_s AND h.s < d.end_s
        GROUP BY d.day, h.kind, h.operator_no, h.channel, h.decision, h.outcome, h.proposal`
    ),
    decisions: sqlite.prepare<RangeParams, GroupRow>(
      `WITH ${DAYS},
       hits AS (
         SELECT r.operator_no, r.operator_name, r.place,
                COALESCE(r.channel, CASE WHEN x.organ = '${APP_ORGAN}' THEN 'app' ELSE 'window' END) AS channel,
                unixepoch(x.decided_at, 'subsec') AS s,
                ${PENDING('decisions', 'x.id')} AS pending
           FROM decisions x LEFT JOIN service_records r ON r.id = x.id AND r.kind = 'violation.process'
          WHERE x.decided_at >= @looseFrom AND x.decided_at < @looseTo
       )
       SELECT d.day, 'violation.process' AS kind, h.operator_no AS operatorNo, max(h.operator_name) AS operatorName,
              max(h.place) AS place, h.channel, NULL AS decision, NULL AS outcome, NULL AS proposal,
              count(*) AS n, 0 AS fineFen, 0 AS lateFeeFen, sum(h.pending) AS pending
         FROM hits h JOIN days d ON h.s >= d.start_s AND h.s < d.end_s
        GROUP BY d.day, h.operator_no, h.channel`
    ),
    payments: sqlite.prepare<RangeParams, GroupRow>(
      `WITH ${DAYS},
       hits AS (
         SELECT r.operator_no, r.operator_name, r.place, COALESCE(r.channel, p.channel) AS channel,
                p.fine_fen, p.late_fee_fen, unixepoch(p.paid_at, 'subsec') AS s,
                ${PENDING('payments', 'p.id')} AS pending
           FROM payments p LEFT JOIN service_records r ON r.id = p.id AND r.kind = 'payment.record'
          WHERE p.paid_at >= @looseFrom AND p.paid_at < @looseTo
       )
       SELECT d.day, 'payment.record' AS kind, h.operator_no AS operatorNo, max(h.operator_name) AS operatorName,
              max(h.place) AS place, h.channel, NULL AS decision, NULL AS outcome, NULL AS proposal,
              count(*) AS n, sum(h.fine_fen) AS fineFen, sum(h.late_fee_fen) AS lateFeeFen, sum(h.pending) AS pending
         FROM hits h JOIN days d ON h.s >= d.start_s AND h.s < d.end_s
        GROUP BY d.day, h.operator_no, h.channel`
    )
  }
}

export type ReportQueries = ReturnType<typeof prepareReportQueries>
