// Processing several violations of one person at the window.
//
// Preview: each selected record is judged by the same rules the command decides with, on the rows
// as the records before it in the batch will have left them, so the points add up and the record
// that brings the driver to 12 is the one whose 确认提示 the clerk must tick. Nothing is written.
//
// Processing: ONE transaction for the whole batch, holding one write-path action (decision rows,
// service record, audit entry, outbox command) per violation. If any record is refused, nothing of
// the batch is saved and the message names that record: the clerk told the driver about a batch,
// the driver agreed to a batch, and half a batch would leave both holding a different story than
// the one they agreed on. Each violation stays its own command for central, because each decision
// is its own legal act with its own number: if central later refuses one (processed on 12123
// meanwhile), that one alone goes to the supervisors' 需处理 list, and the others stand.
import { randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { OperatorDto } from '../../../shared/contract/schemas'
import type { BatchPreview, BatchPreviewItem, BatchResult } from '../../../shared/contract/workflows/payment-schemas'
import { COMMANDS, loadStateSync, type CommandContext, type ProcessViolationPayload } from '../../commands'
import { judgeProcessing } from '../../commands/process-violation'
import { int } from '../../commands/rows'
import type { WorkflowDeps } from '../../core/workflows'
import { toZonedIso } from '../../platform/zoned-time'
import { LocalRows } from '../../sync/local-rows'
import { decidedVerdict, unavailableVerdict } from '../violation-verdicts'
import { LAST_SYNC_KEY } from '../verdict-queries'
import { createWindowActions } from '../window-actions'
import { OverlayRows } from './overlay-rows'

interface ViolationBrief {
  id: string
  record_no: string
  plate: string
  behaviour: string
  code: string
  occurred_at: string
  fine_fen: number
  points: number
}

const PROCESS = COMMANDS.get('violation.process')!

export function createProcessingService(deps: WorkflowDeps) {
  const { sqlite, config } = deps
  const rows = new LocalRows(sqlite)
  const actions = createWindowActions({ sqlite, writes: deps.writes, env: deps.env, workstationId: config.workstationId, organName: config.organName })
  const brief = sqlite.prepare<[string], ViolationBrief>(
    'SELECT id, record_no, plate, behaviour, code, occurred_at, fine_fen, points FROM violations WHERE id = ?'
  )
  // The person view's violations (person-queries.ts): those of the person's own vehicles, of the
  // vehicles bound to them, and those they were the driver of. Only these may be chosen for them.
  const linked = sqlite
    .prepare<{ person: string; violation: string }, number>(
      `SELECT 1 FROM violations x
        WHERE x.id = @violation
          AND (x.driver_person_id = @person
               OR x.vehicle_id IN (SELECT id FROM vehicles WHERE owner_person_id = @person
                                   UNION SELECT vehicle_id FROM bindings WHERE person_id = @person AND status = 'active'))`
    )
    .pluck()
  const cyclePoints = sqlite.prepare<[string], number>('SELECT cycle_points FROM drivers WHERE person_id = ?').pluck()
  const lastSync = sqlite.prepare<[string], string>('SELECT value FROM sync_state WHERE key = ?').pluck()

  function briefOf(personId: string, violationId: string, field: string): ViolationBrief {
    const found = brief.get(violationId)
    if (found === undefined) throw new DomainError('VIOLATION_UNKNOWN', '本工作站没有所选的违法记录，请刷新人员信息后重试', field)
    if (linked.get({ person: personId, violation: violationId }) === undefined) {
      throw new DomainError(
        'VIOLATION_NOT_LINKED',
        `违法记录${found.record_no}（${found.plate} ${found.behaviour}）不属于该当事人本人或其备案的机动车，当事人也不是该记录的驾驶人，不能为其处理`,
        field
      )
    }
    return found
  }

  /**
   * The person's own records (see `linked`), oldest first: the order in which the points were
   * incurred, and in which the batch is decided.
   */
  function inOrder(personId: string, violationIds: readonly string[], field: string): ViolationBrief[] {
    return violationIds.map((id) => briefOf(personId, id, field)).sort((a, b) => (a.occurred_at < b.occurred_at ? -1 : a.occurred_at > b.occurred_at ? 1 : a.id < b.id ? -1 : 1))
  }

  function preview(input: { personId: string; violationIds: string[] }): BatchPreview {
    const env = deps.env()
    const at = toZonedIso(deps.clock.now(), config.timeZone)
    const ctx: CommandContext = { at, side: 'workstation', online: env.online, profiles: env.profiles, jurisdiction: env.jurisdiction, operatorId: null }
    const stored = lastSync.get(LAST_SYNC_KEY)
    const lastSyncAt = stored === undefined ? null : (JSON.parse(stored) as string)
    const overlay = new OverlayRows(rows)
    const start = cyclePoints.get(input.personId) ?? 0
    // The driver's points as the records judged so far leave them.
    let points = start
    const items: BatchPreviewItem[] = inOrder(input.personId, input.violationIds, 'violationIds').map((v) => {
      const payload: ProcessViolationPayload = {
        violationId: v.id,
        driverPersonId: input.personId,
        decisionId: randomUUID(),
        provisionalNo: 'preview',
        confirmed: [],
        organ: config.organName
      }
      const state = loadStateSync(PROCESS, payload, (q) => overlay.load(q))
      const judged = judgeProcessing(payload, state, ctx, lastSyncAt)
      const base = {
        violationId: v.id,
        recordNo: v.record_no,
        plate: v.plate,
        behaviour: v.behaviour,
        code: v.code,
        occurredAt: v.occurred_at,
        fineFen: v.fine_fen,
        points: v.points,
        cyclePointsBefore: points,
        cyclePointsAfter: points
      }
      if (!judged.ok) return { ...base, verdict: unavailableVerdict(judged.refusal.code, judged.refusal.message) }
      const verdict = decidedVerdict(judged.decision)
      if (!verdict.allowed) return { ...base, verdict }
      // Decide it as if every warning were confirmed, and lay its writes over the rows for the next one.
      const confirmed = judged.decision.warnings.filter((w) => w.confirm === true).map((w) => w.code)
      const decided = PROCESS.decide({ ...payload, confirmed }, state, ctx)
      if (!decided.ok) return { ...base, verdict: unavailableVerdict(decided.code, decided.message) }
      overlay.apply(decided.writes)
      const before = int(judged.driver, 'cycle_points')
      points = before + v.points
      return { ...base, cyclePointsBefore: before, cyclePointsAfter: points, verdict }
    })
    const processed = items.filter((i) => i.verdict.allowed)
    return {
      items,
      totals: { fineFen: processed.reduce((s, i) => s + i.fineFen, 0), points: processed.reduce((s, i) => s + i.points, 0) },
      cyclePointsBefore: start,
      cyclePointsAfter: points
    }
  }

  function process(input: { personId: string; items: { violationId: string; confirmed: string[] }[] }, operator: OperatorDto): BatchResult {
    const ordered = inOrder(input.personId, input.items.map((i) => i.violationId), 'items')
    const confirmedOf = new Map(input.items.map((i) => [i.violationId, i.confirmed]))
    const count = ordered.length
    const all = sqlite.transaction(() =>
      ordered.map((v) => {
        try {
          const result = actions.processViolation({ violationId: v.id, personId: input.personId, confirmed: confirmedOf.get(v.id) ?? [] }, operator)
          return { ...result, violationId: v.id }
        } catch (error) {
          if (!(error instanceof DomainError) || count === 1) throw error
          throw new DomainError(error.code, `违法记录${v.record_no}（${v.plate} ${v.behaviour}）不能处理：${error.message}。本次所选${count}条均未处理`, error.field)
        }
      })
    )
    // IMMEDIATE: the write lock first, as the write path itself takes it; each action inside is a savepoint.
    return { decisions: all.immediate() }
  }

  return { preview, process }
}

export type ProcessingService = ReturnType<typeof createProcessingService>
