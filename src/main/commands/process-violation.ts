// violation.process: the window processes a violation for its driver (RULES.md "At the window").
// A decision is created (provisional number offline; central assigns the definitive one), the
// record becomes processed, and the points go onto the driver's scoring cycle. Central decides
// again on its own rows: a record paid or processed on 12123 meanwhile is refused with the reason.
import { z } from 'zod'
import { evaluate, type ActionFacts } from '../rules/engine'
import { paymentDueDate } from '../rules/calculators/late-fee'
import { selectProfile } from '../rules/engine'
import { defineCommand, refuse, type CommandContext, type StateView } from './types'
import { bool, int, text, textOrNull } from './rows'
import type { WireRow } from '../sync/protocol'

const id = z.string().min(1).max(64)

export const processViolationPayload = z.strictObject({
  violationId: id,
  driverPersonId: id,
  decisionId: id,
  /** Shown on screen and printed until central assigns the definitive number. */
  provisionalNo: z.string().min(1).max(32),
  /** Codes of warnings the clerk confirmed telling the driver (WILL_REACH_12). */
  confirmed: z.array(z.string().max(64)).max(10),
  organ: z.string().min(1).max(64)
})
export type ProcessViolationPayload = z.infer<typeof processViolationPayload>

const OPEN_DISPUTE = new Set(['open', 'proposed', 'returned'])

/** The record's status as the rules read it: a decision or payment counts even before the status column follows. */
export function recordStatus(violation: WireRow, state: StateView): 'unprocessed' | 'processed' | 'paid' | 'voided' {
  const status = text(violation, 'status')
  if (status === 'voided') return 'voided'
  const decision = state.where('decisions', 'violation_id', text(violation, 'id'))[0]
  const paid = decision !== undefined && state.where('payments', 'decision_id', text(decision, 'id')).length > 0
  if (status === 'paid' || paid) return 'paid'
  if (status === 'processed' || decision !== undefined) return 'processed'
  return 'unprocessed'
}

export function hasOpenDispute(violation: WireRow, state: StateView): boolean {
  if (text(violation, 'status') === 'disputed') return true
  return state.where('disputes', 'violation_id', text(violation, 'id')).some((d) => OPEN_DISPUTE.has(text(d, 'status')))
}

function facts(violation: WireRow, driver: WireRow, state: StateView, ctx: CommandContext): ActionFacts<'window_process'> | string {
  const penalty = textOrNull(violation, 'penalty')
  if (penalty === null) return '该违法记录缺少处罚种类，无法判断能否处理'
  return {
    at: ctx.at,
    violation: {
      recordNo: text(violation, 'record_no'),
      source: text(violation, 'source') as 'camera' | 'onsite',
      code: text(violation, 'code'),
      penalty: penalty as 'warning' | 'fine' | 'beyond_simple',
      fineFen: int(violation, 'fine_fen'),
      points: int(violation, 'points'),
      status: recordStatus(violation, state),
      disputed: hasOpenDispute(violation, state),
      occurredAt: text(violation, 'occurred_at'),
      regionCode: text(violation, 'region_code')
    },
    driver: {
      licenseStatus: text(driver, 'status'),
      classes: text(driver, 'classes'),
      firstIssueDate: text(driver, 'first_issue_date'),
      cyclePoints: int(driver, 'cycle_points'),
      fullScoreCountInCycle: int(driver, 'full_score_count')
    },
    online: ctx.online,
    // The engine only words the offline warning with it; the decision does not depend on it.
    lastSyncAt: null
  }
}

/** Status letters once the full score is reached: B 超分/满分 joins them, and A 正常 no longer holds (FACTS §3). */
export function withFullScore(status: string): string {
  if (status.includes('B')) return status
  return (status.replace('A', '') + 'B').split('').sort().join('')
}

export const processViolation = defineCommand<ProcessViolationPayload>({
  type: 'violation.process',
  payload: processViolationPayload,
  reads(p, peek) {
    const queries = [
      { table: 'violations', column: 'id', value: p.violationId },
      { table: 'drivers', column: 'person_id', value: p.driverPersonId },
      { table: 'decisions', column: 'violation_id', value: p.violationId },
      { table: 'disputes', column: 'violation_id', value: p.violationId },
      { table: 'decisions', column: 'id', value: p.decisionId }
    ]
    const decision = peek('decisions', 'violation_id', p.violationId)?.[0]
    if (decision !== undefined) queries.push({ table: 'payments', column: 'decision_id', value: text(decision, 'id') })
    return queries
  },
  decide(p, state, ctx) {
    const violation = state.byId('violations', p.violationId)
    if (violation === undefined) return refuse('VIOLATION_UNKNOWN', '中心没有该违法记录')
    if (state.byId('decisions', p.decisionId) !== undefined) return refuse('DECISION_ID_TAKEN', '处罚决定编号已被占用')
    const driver = state.where('drivers', 'person_id', p.driverPersonId)[0]
    if (driver === undefined) return refuse('DRIVER_UNKNOWN', '当事人没有驾驶证档案，违法须由持证的实际驾驶人处理')
    const f = facts(violation, driver, state, ctx)
    if (typeof f === 'string') return refuse('FACTS_MISSING', f)
    const result = evaluate('window_process', f, { profiles: ctx.profiles, jurisdiction: ctx.jurisdiction })
    if (!result.ok) return refuse(result.error.code, result.error.message)
    const { decision } = result
    if (!decision.allowed) {
      const first = decision.denials[0]
      return refuse(first?.code ?? 'REFUSED', decision.denials.map((d) => d.message).join('；'))
    }
    const unconfirmed = decision.warnings.filter((w) => w.confirm === true && !p.confirmed.includes(w.code))
    if (unconfirmed.length > 0) {
      return refuse('CONFIRMATION_REQUIRED', `须向驾驶人告知并确认：${unconfirmed.map((w) => w.message).join('；')}`)
    }

    const selection = selectProfile(ctx.profiles, { date: ctx.at.slice(0, 10), jurisdiction: ctx.jurisdiction })
    if (!selection.ok) return refuse(selection.error.code, selection.error.message)
    const decidedOn = ctx.at.slice(0, 10)
    // No shipped profile rolls deadlines over holidays (late-fee.ts); an empty list is exact for them.
    const { dueDate } = paymentDueDate(decidedOn, selection.profile.lateFee, [])
    const points = int(violation, 'points')
    const before = int(driver, 'cycle_points')
    const threshold = selection.profile.points.threshold
    const reachesFull = points > 0 && before < threshold && before + points >= threshold
    const decisionNo = ctx.assignDecisionNo?.() ?? p.provisionalNo
    return {
      ok: true,
      assigned: ctx.assignDecisionNo ? { decisionNo } : undefined,
      writes: [
        {
          table: 'decisions',
          op: 'upsert',
          row: {
            id: p.decisionId,
            decision_no: decisionNo,
            provisional: ctx.assignDecisionNo === undefined,
            violation_id: p.violationId,
            person_id: p.driverPersonId,
            fine_fen: int(violation, 'fine_fen'),
            points,
            decided_at: ctx.at,
            due_date: dueDate,
            organ: p.organ,
            operator_id: ctx.operatorId
          }
        },
        {
          table: 'violations',
          op: 'upsert',
          row: { ...violation, status: 'processed', driver_person_id: p.driverPersonId, updated_at: ctx.at }
        },
        {
          table: 'drivers',
          op: 'upsert',
          row: {
            ...driver,
            cycle_points: before + points,
            full_score_count: int(driver, 'full_score_count') + (reachesFull ? 1 : 0),
            status: reachesFull ? withFullScore(text(driver, 'status')) : text(driver, 'status'),
            restricted: bool(driver, 'restricted'),
            updated_at: ctx.at
          }
        }
      ]
    }
  }
})
