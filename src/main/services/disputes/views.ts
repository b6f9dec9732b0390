// What the screens show of an objection: its record, the summary line of lists, and the detail a
// clerk or reviewer works from, with the rule checks for the signed-in operator. The checks are
// the command's own (reviewerProblems, proposalProblem) on this window's rows, so the screen and
// the command cannot disagree.
import { randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { DisputeDetail, DisputeSummary, DisputedRecord, ProposalView, RuleCheck } from '../../../shared/contract/workflows/disputes-schemas'
import { maskIdNumber, maskName } from '../../../shared/masking'
import type { OperatorDto } from '../../../shared/contract/schemas'
import { COMMANDS, loadStateSync } from '../../commands'
import { GROUND_NAMES, attachmentsOf, proposalDetailOf, type ProposalDetail } from '../../commands/dispute-rows'
import { proposalProblem, reviewerProblems } from '../../commands/disputes'
import { regionName } from '../../rules/engine/format'
import type { WireRow } from '../../sync/protocol'
import { plateTypeName } from '../code-names'
import { PLATE_TYPES } from '../../rules/validators/plate'
import type { DisputeContext } from './context'
import type { DisputeRow, HistoryRow, RecordRow, SummaryRow } from './queries'

export function recordView(r: RecordRow): DisputedRecord {
  return {
    id: r.id,
    recordNo: r.record_no,
    source: r.source,
    plate: r.plate,
    plateTypeName: plateTypeName(r.plate_type).name,
    code: r.code,
    behaviour: r.behaviour,
    fineFen: r.fine_fen,
    points: r.points,
    occurredAt: r.occurred_at,
    place: r.place,
    regionName: regionName(r.region_code),
    discoveringOrgan: r.discovering_organ,
    status: r.status
  }
}

const who = (name: string | null, no: string | null): string | null => (no === null ? name : `${name ?? '操作员'}（${no}）`)

export function summaryView(c: DisputeContext, row: SummaryRow): DisputeSummary {
  const record = c.q.record.get(row.violation_id) as RecordRow
  return {
    id: row.id,
    record: recordView(record),
    personId: row.person_id,
    personName: row.person_name ?? '（当事人档案不在本机）',
    ground: row.ground as DisputeSummary['ground'],
    status: row.status,
    outcome: row.proposal,
    filedAt: row.filed_at,
    filedBy: who(row.filer_name, row.filed_by_no) ?? row.filed_by,
    proposedAt: row.proposed_at,
    proposedBy: who(row.proposer_name, row.proposed_by_no),
    proposerNo: row.proposed_by_no,
    reviewedBy: who(row.reviewer_name, row.reviewed_by_no),
    reviewComment: row.review_comment,
    resolvedAt: row.resolved_at,
    awaitingCentral: row.pending === 1
  }
}

function proposalView(c: DisputeContext, outcome: DisputeRow['proposal'], detail: ProposalDetail | null): ProposalView | null {
  if (outcome === null || detail === null) return null
  const vehicle =
    detail.vehicleId === null
      ? undefined
      : (c.q.vehicle.get(detail.vehicleId) as { plate: string; plate_type: string; model: string; owner_type: string; owner_name: string | null; unit_name: string | null } | undefined)
  const driver = detail.driverPersonId === null ? undefined : (c.q.person.get(detail.driverPersonId) as { name: string; id_number: string } | undefined)
  return {
    outcome,
    ground: detail.ground,
    note: detail.note,
    vehicle:
      vehicle === undefined
        ? null
        : {
            plate: vehicle.plate,
            plateTypeName: plateTypeName(vehicle.plate_type).name,
            model: vehicle.model,
            ownerMasked: vehicle.owner_type === 'unit' ? (vehicle.unit_name ?? '单位') : maskName(vehicle.owner_name ?? '')
          },
    driver: driver === undefined ? null : { nameMasked: maskName(driver.name), idNumberMasked: maskIdNumber(driver.id_number) },
    revision: detail.revision
  }
}

/** The rows the approval would act on, loaded as the command loads them (pending actions included). */
function approvalState(c: DisputeContext, disputeId: string) {
  const def = COMMANDS.get('dispute.review')!
  const probe = { disputeId, decision: 'approve', comment: '', proposalRevision: '', serviceRecordId: randomUUID(), clerk: { operatorNo: '0', operatorName: '-', workstationId: '-', place: '-' } }
  return loadStateSync(def, probe, (query) => c.rows.load(query))
}

const CHECK_SOURCES = { status: 'RULES.md resolve_dispute', ground: 'FACTS §6', fourEyes: 'FACTS §6', role: 'RULES.md resolve_dispute', proposal: 'RULES.md Disputes' }

function checks(c: DisputeContext, row: DisputeRow, operator: OperatorDto): { list: RuleCheck[]; problems: string[] } {
  const wire = row as unknown as WireRow
  const problems = reviewerProblems(wire, { operatorNo: operator.policeNo, operatorId: operator.id, role: operator.role }, { at: c.now(), profiles: c.profiles, jurisdiction: c.config.regionCode })
  const failed = (code: string): string | undefined => problems.find((p) => p.code === code)?.message
  const line = (code: string, source: string, passedText: string): RuleCheck => {
    const message = failed(code)
    return { code, passed: message === undefined, message: message ?? passedText, source }
  }
  const detail = proposalDetailOf(wire)
  const list: RuleCheck[] = [
    line('NOT_AWAITING_APPROVAL', CHECK_SOURCES.status, '处理意见已提交，等待审核'),
    line('SAME_OPERATOR', CHECK_SOURCES.fourEyes, `审核人（${operator.policeNo}）不是经办人（${row.proposed_by_no ?? '—'}）`),
    line('NOT_SUPERVISOR', CHECK_SOURCES.role, '审核人为审核岗（主管）')
  ]
  if (row.proposal === 'void') list.push(line('GROUND_REQUIRED', CHECK_SOURCES.ground, `消除依据：${GROUND_NAMES[detail?.ground ?? 'other']}`))
  if (row.proposal !== null && detail !== null) {
    const state = approvalState(c, row.id)
    const violation = state.byId('violations', row.violation_id)
    const problem = violation === undefined ? { code: 'VIOLATION_UNKNOWN', message: '没有该异议对应的违法记录' } : proposalProblem({ outcome: row.proposal, ...detail }, violation, state)
    list.push({ code: problem?.code ?? 'PROPOSAL_EXECUTABLE', passed: problem === null, message: problem?.message ?? executableText(row.proposal, detail), source: CHECK_SOURCES.proposal })
  }
  const known = new Set(list.map((l) => l.code))
  const other = problems.filter((p) => !known.has(p.code))
  return { list: [...list, ...other.map((p) => ({ code: p.code, passed: false, message: p.message, source: CHECK_SOURCES.status }))], problems: problems.map((p) => p.message) }
}

function executableText(outcome: NonNullable<DisputeRow['proposal']>, detail: ProposalDetail): string {
  if (outcome === 'correct_plate') return `更正后的车辆${detail.plate ?? ''}在本辖区登记在册，批准后记录转至该车，并短信告知车主`
  if (outcome === 'transfer') return '实际驾驶人有驾驶证档案，批准后记录转至其名下待处理'
  if (outcome === 'void') return '批准后记录消除，不再处理'
  return '批准后记录维持，恢复为未处理，可正常处理'
}

export function detailView(c: DisputeContext, disputeId: string, operator: OperatorDto): DisputeDetail {
  const row = c.q.summary.get(disputeId) as SummaryRow | undefined
  if (row === undefined) throw new DomainError('DISPUTE_UNKNOWN', '没有该异议记录（可能尚未同步到本窗口）')
  const local = new Set(c.q.localHashes.all(row.id) as string[])
  const history = c.q.history.all({ disputeId: row.id, personId: row.person_id }) as HistoryRow[]
  const { list, problems } = checks(c, row, operator)
  const windowRole = operator.role === 'clerk' || operator.role === 'supervisor'
  return {
    summary: summaryView(c, row),
    statement: row.statement,
    proposal: proposalView(c, row.proposal, proposalDetailOf(row as unknown as WireRow)),
    attachments: attachmentsOf(row as unknown as WireRow).map((a) => ({ ...a, local: local.has(a.sha256) })),
    history: history.map((h) => ({ kind: h.kind, summary: h.summary, at: h.at, operator: who(h.operator_name, h.operator_no), place: h.place, pending: h.pending === 1 })),
    checks: list,
    review: { allowed: problems.length === 0, reasons: problems },
    canPropose: windowRole && (row.status === 'open' || row.status === 'returned'),
    plateTypes: PLATE_TYPES.map((p) => ({ code: p.code, name: p.name }))
  }
}
