// The two verdicts shown beside every violation of a person view: "could the citizen process it
// on 交管12123 themselves?" (online_self_service) and "may the clerk process it here?"
// (window_process), each with the rules engine's reasons and their sources.
//
// The facts come from the store (verdict-facts.ts). If the engine refuses them (FACTS_INVALID),
// the bug is ours: it is logged with its code and the verdict says "cannot tell", never a guessed
// allowed or refused.
import type { Finding, Verdict, ViolationVerdicts } from '../../shared/contract/schemas'
import type { Logger } from '../core/logger'
import type { Clock } from '../platform/clock'
import { localDate, toZonedIso } from '../platform/zoned-time'
import {
  closedRecordFindings,
  evaluate,
  selectProfile,
  type ActionName,
  type Decision,
  type Finding as EngineFinding,
  type ProfileSet
} from '../rules/engine'
import {
  engineStatus,
  onlineSelfServiceFacts,
  windowProcessFacts,
  type CentralLinkState,
  type FactsContext,
  type FactsOutcome
} from './verdict-facts'
import { LAST_SYNC_KEY, type VerdictQueries } from './verdict-queries'

export interface VerdictServiceDeps {
  queries: VerdictQueries
  profiles: ProfileSet
  /** The workstation's 6-digit region code: selects the profile, tells other provinces apart. */
  jurisdiction: string
  clock: Clock
  timeZone: string
  logger: Logger
  /** Whether the workstation reaches central now (the sync client answers this from issue 4 on). */
  centralOnline: () => boolean
}

export interface ProfileInForce {
  id: string
  name: string
}

export interface VerdictService {
  /** Both verdicts for each of the person's violations, by violation id. */
  forViolations(personId: string, violationIds: readonly string[]): Map<string, ViolationVerdicts>
  /** The policy profile in force today for this workstation. */
  profileInForce(): ProfileInForce
}

function toFinding(f: EngineFinding): Finding {
  return f.confirm === true ? { code: f.code, message: f.message, source: f.source, confirm: true } : { code: f.code, message: f.message, source: f.source }
}

export function decidedVerdict(decision: Decision): Verdict {
  return {
    allowed: decision.allowed,
    available: true,
    denials: decision.denials.map(toFinding),
    warnings: decision.warnings.map(toFinding),
    consequences: decision.consequences.map(toFinding),
    unavailableReason: null
  }
}

/** A closed record's verdict: only the denials that close it (the engine's own answer for it). */
function closedVerdict(denials: EngineFinding[]): Verdict {
  return { allowed: false, available: true, denials: denials.map(toFinding), warnings: [], consequences: [], unavailableReason: null }
}

export function unavailableVerdict(code: string, message: string): Verdict {
  return { allowed: false, available: false, denials: [], warnings: [], consequences: [], unavailableReason: { code, message } }
}

export function createVerdictService(deps: VerdictServiceDeps): VerdictService {
  const { queries, profiles, jurisdiction, logger } = deps
  const context = { profiles, jurisdiction }

  function judge(action: ActionName, violationId: string, built: FactsOutcome<unknown>): Verdict {
    if (!built.ok) {
      return unavailableVerdict('FACTS_NOT_HELD', `无法判断：本工作站缺少${built.missing.join('；')}。请以业务系统查询结果为准。`)
    }
    let result: ReturnType<typeof evaluate>
    try {
      result = evaluate(action, built.facts, context)
    } catch (error) {
      logger.log('error', 'VERDICT_ENGINE_FAILED', { action, violationId, error: error instanceof Error ? error.name : 'unknown' })
      return unavailableVerdict('ENGINE_FAILED', '无法判断：规则引擎出错，已记录日志。请以业务系统查询结果为准，并告知系统管理员。')
    }
    if (result.ok) return decidedVerdict(result.decision)
    // The facts came from our own store: a refusal is a bug in this service or in the data it
    // was given. Log the code and field (no values: they may be personal data), show no guess.
    const { code, field } = result.error
    logger.log('error', `VERDICT_${code}`, { action, violationId, field: field ?? null })
    const where = field === undefined ? '' : `字段 ${field}，`
    return unavailableVerdict(
      code,
      `无法判断：本工作站整理的事实有误（${where}错误码 ${code}），已记录日志。请以业务系统查询结果为准，并告知系统管理员。`
    )
  }

  return {
    forViolations(personId, violationIds) {
      const out = new Map<string, ViolationVerdicts>()
      if (violationIds.length === 0) return out
      const driver = queries.driver.get(personId)
      const ctx: FactsContext = {
        personId,
        at: toZonedIso(deps.clock.now(), deps.timeZone),
        pendingProcessing: new Set(queries.pendingProcessing.all())
      }
      const stored = queries.lastSyncAt.get(LAST_SYNC_KEY)
      const link: CentralLinkState = { online: deps.centralOnline(), lastSyncAt: stored === undefined ? null : (JSON.parse(stored) as string) }
      for (const row of queries.violations.all({ ids: JSON.stringify(violationIds), personId })) {
        // Most of a person's history is closed (paid, voided): its answer needs no facts document,
        // and skipping the full evaluation keeps long histories fast (docs/BENCHMARKS.md).
        const record = { recordNo: row.record_no, status: engineStatus(row, ctx.pendingProcessing), disputed: false }
        const closedOnline = closedRecordFindings('online_self_service', record)
        if (closedOnline.length > 0) {
          out.set(row.id, { selfService: closedVerdict(closedOnline), window: closedVerdict(closedRecordFindings('window_process', record)) })
          continue
        }
        out.set(row.id, {
          selfService: judge('online_self_service', row.id, onlineSelfServiceFacts(row, driver, ctx)),
          window: judge('window_process', row.id, windowProcessFacts(row, driver, ctx, link))
        })
      }
      return out
    },

    profileInForce() {
      const selection = selectProfile(profiles, { jurisdiction, date: localDate(deps.clock.now(), deps.timeZone) })
      if (!selection.ok) throw new Error(`没有适用于本工作站的政策配置：${selection.error.message}`)
      return { id: selection.profile.id, name: selection.profile.name }
    }
  }
}
