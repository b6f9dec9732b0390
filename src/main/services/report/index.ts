// 业务统计 for supervisors: the counter business of a range of days (the workstation's local days),
// per clerk and per day, from what this workstation's cache holds of the jurisdiction — the history
// every command writes (service_records), the decisions and the payments. Counts include actions
// saved here that central has not confirmed yet (said as pendingCount); a rejection takes them back.
// Looking at the report and exporting it are audited (local only: central publishes its own figures).
import { DomainError } from '../../../shared/contract/result'
import type { OperatorDto } from '../../../shared/contract/schemas'
import type { DailyReport, ReportCsv, ReportRangeInput } from '../../../shared/contract/workflows/report-schemas'
import type { Session } from '../../core/sessions'
import type { WorkflowDeps } from '../../core/workflows'
import { toZonedIso } from '../../platform/zoned-time'
import { fold } from './aggregate'
import { reportCsv, reportFileName } from './csv'
import { dayRange } from './day-range'
import { prepareReportQueries } from './queries'

function supervisorOf(session: Session | null): OperatorDto {
  if (session === null) throw new DomainError('SESSION_REQUIRED', '请先登录。')
  // The channel admits supervisors only; this holds the rule for any other caller of the service.
  if (session.operator.role !== 'supervisor') throw new DomainError('NOT_SUPERVISOR', '只有审核民警可以查看业务统计')
  return session.operator
}

export function createReportService(deps: WorkflowDeps) {
  const queries = prepareReportQueries(deps.sqlite)

  function build(input: ReportRangeInput): DailyReport {
    const range = dayRange(input, deps.today(), deps.config.timeZone)
    const params = { days: JSON.stringify(range.days), looseFrom: range.looseFrom, looseTo: range.looseTo }
    // One read transaction: the three counts see the same state even while sync writes.
    const groups = deps.sqlite.transaction(() => [...queries.history.all(params), ...queries.decisions.all(params), ...queries.payments.all(params)])()
    const folded = fold(
      groups,
      range.days.map((d) => d.date)
    )
    for (const u of folded.unclassified) {
      deps.logger.log('warn', 'REPORT_OUTCOME_UNKNOWN', { kind: u.kind, decision: u.decision, outcome: u.outcome, proposal: u.proposal, count: u.n })
    }
    return {
      from: range.from,
      to: range.to,
      today: deps.today(),
      timeZone: deps.config.timeZone,
      days: folded.days,
      rows: folded.rows,
      cells: folded.cells,
      totals: folded.totals,
      decisionsByChannel: folded.decisionsByChannel,
      pendingCount: folded.pendingCount,
      organName: deps.config.organName,
      workstationName: deps.config.workstationName,
      generatedAt: toZonedIso(deps.clock.now(), deps.config.timeZone)
    }
  }

  function audit(action: string, operator: OperatorDto, report: DailyReport, extra: Record<string, unknown> = {}): void {
    deps.writes.run({
      action,
      operatorId: operator.id,
      subject: { type: 'report', id: null },
      auditPayload: { from: report.from, to: report.to, totals: report.totals, rows: report.rows.length, ...extra },
      command: null
    })
  }

  return {
    daily(input: ReportRangeInput, session: Session | null): DailyReport {
      const operator = supervisorOf(session)
      const report = build(input)
      audit('report.view', operator, report)
      return report
    },
    export(input: ReportRangeInput, session: Session | null): ReportCsv {
      const operator = supervisorOf(session)
      const report = build(input)
      const { csv, lines } = reportCsv(report)
      const fileName = reportFileName(report)
      audit('report.export', operator, report, { fileName, lines })
      return { fileName, csv, lines }
    }
  }
}

export type ReportService = ReturnType<typeof createReportService>
