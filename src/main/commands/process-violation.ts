// violation.process: the window processes a violation for its driver (RULES.md "At the window").
// A decision is created (provisional number offline; central assigns the definitive one), the
// record becomes processed, and the points go onto the driver's scoring cycle. Central decides
// again on its own rows: a record paid or processed on 12123 meanwhile is refused with the reason.
// The decision goes into the person's history (service record) with the clerk who made it; commands
// queued before the clerk was recorded, and those of 12123 and the channel simulator, carry none.
import { z } from 'zod'
import { evaluate, type ActionFacts, type Decision } from '../rules/engine'
import { paymentDueDate } from '../rules/calculators/late-fee'
import { selectProfile, type ProfileSet } from '../rules/engine'
import { composeDecisionNumber } from '../rules/validators/decision-number'
import { yuan } from '../rules/engine/format'
import { clerkSchema, serviceRecordWrite } from './clerk'
import { defineCommand, refuse, type CommandContext, type Decided, type StateView } from './types'
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
  organ: z.string().min(1).max(64),
  /** The clerk at the window; absent in commands queued before it was recorded and from 12123. */
  clerk: clerkSchema.optional()
})
export type ProcessViolationPayload = z.infer<typeof processViolationPayload>

const OPEN_DISPUTE = new Set(['open', 'proposed', 'returned'])

/** The organ a 交管12123 client names in its commands (src/central/simulate.ts, the app channel). */
export const APP_ORGAN = '交管12123'

/**
 * Where the driver processed it, for the history: a window sends its clerk (older window commands
 * carry none but name the window's organ); 12123 sends no clerk and names itself as the organ.
 */
export function processingChannel(p: Pick<ProcessViolationPayload, 'clerk' | 'organ'>): 'window' | 'app' {
  return p.clerk === undefined && p.organ === APP_ORGAN ? 'app' : 'window'
}

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

function facts(violation: WireRow, driver: WireRow, state: StateView, ctx: CommandContext, lastSyncAt: string | null): ActionFacts<'window_process'> | string {
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
    lastSyncAt
  }
}

/** Status letters once the full score is reached: B 超分/满分 joins them, and A 正常 no longer holds (FACTS §3). */
export function withFullScore(status: string): string {
  if (status.includes('B')) return status
  return (status.replace('A', '') + 'B').split('').sort().join('')
}

/**
 * The definitive 决定书编号 central assigns: the region code and the serial, with the check digit of
 * the profile in force there that day (FACTS §1: the algorithm is regional).
 */
export function definitiveDecisionNo(profiles: ProfileSet, regionCode: string, at: string, serial: string): string {
  const selection = selectProfile(profiles, { date: at.slice(0, 10), jurisdiction: regionCode })
  return composeDecisionNumber(regionCode, serial, selection.ok ? selection.profile.decisionNumber.checkDigit : 'none')
}

export type Refusal = Extract<Decided, { ok: false }>

export type ProcessingJudgement =
  | { ok: false; refusal: Refusal }
  | { ok: true; violation: WireRow; driver: WireRow; decision: Decision }

/**
 * The rules' answer to processing this record for this driver on the given rows: the engine's
 * decision (denials, warnings to confirm, consequences), or why it cannot be asked. decide acts on
 * it; the window's batch preview shows it record by record (with the last sync, for the offline
 * warning's wording; decide has no clock of its own and leaves it out).
 */
export function judgeProcessing(
  p: Pick<ProcessViolationPayload, 'violationId' | 'driverPersonId'>,
  state: StateView,
  ctx: CommandContext,
  lastSyncAt: string | null = null
): ProcessingJudgement {
  const refused = (code: string, message: string): ProcessingJudgement => ({ ok: false, refusal: { ok: false, code, message } })
  const violation = state.byId('violations', p.violationId)
  if (violation === undefined) return refused('VIOLATION_UNKNOWN', '中心没有该违法记录')
  const driver = state.where('drivers', 'person_id', p.driverPersonId)[0]
  if (driver === undefined) return refused('DRIVER_UNKNOWN', '当事人没有驾驶证档案，违法须由持证的实际驾驶人处理')
  const f = facts(violation, driver, state, ctx, lastSyncAt)
  if (typeof f === 'string') return refused('FACTS_MISSING', f)
  const result = evaluate('window_process', f, { profiles: ctx.profiles, jurisdiction: ctx.jurisdiction })
  if (!result.ok) return refused(result.error.code, result.error.message)
  return { ok: true, violation, driver, decision: result.decision }
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
    if (state.byId('decisions', p.decisionId) !== undefined) return refuse('DECISION_ID_TAKEN', '处罚决定编号已被占用')
    const judged = judgeProcessing(p, state, ctx)
    if (!judged.ok) return judged.refusal
    const { violation, driver, decision } = judged
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
    const fineFen = int(violation, 'fine_fen')
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
            fine_fen: fineFen,
            points,
            decided_at: ctx.at,
            due_date: dueDate,
            organ: p.organ,
            operator_id: ctx.operatorId,
            // The 临界告知 line of the printed decision reads it (FACTS §1 item 9).
            points_before: before
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
        },
        serviceRecordWrite(
          {
            // The decision's own id: one history entry per decision, the same on every replay.
            id: p.decisionId,
            personId: p.driverPersonId,
            kind: 'violation.process',
            summary: `处理交通违法：${text(violation, 'plate')} ${text(violation, 'behaviour')}，罚款${yuan(fineFen)}，记${points}分，决定书${decisionNo}`,
            detail: {
              violationId: p.violationId,
              recordNo: text(violation, 'record_no'),
              decisionId: p.decisionId,
              decisionNo,
              fineFen,
              points,
              dueDate,
              cyclePointsAfter: before + points,
              confirmed: p.confirmed
            },
            clerk: p.clerk ?? null,
            place: p.organ,
            channel: processingChannel(p)
          },
          ctx
        )
      ]
    }
  }
})
