// evaluate(action, facts, ctx): facts in, decision out. No database, no clock, no I/O: the same
// call gives the same answer on a workstation and on the central server re-validating a command.
//
// Order: the action must exist; the workstation's region code (if given) must be 6 digits; the
// facts must parse (FACTS_INVALID names the field: never a guessed decision); the profile is
// selected for the action's local date; the rule runs and reports ALL its findings.
import { selectProfile } from '../profiles/select'
import { ACTIONS } from './actions'
import type { Decision, EvaluateContext, EvaluateResult } from './types'
import { isActionName } from './types'

export function evaluate(action: string, facts: unknown, ctx: EvaluateContext): EvaluateResult {
  if (!isActionName(action)) {
    return {
      ok: false,
      error: { code: 'ACTION_UNKNOWN', field: 'action', message: `未知的业务“${action}”，可用：${Object.keys(ACTIONS).join('、')}` }
    }
  }
  if (ctx.jurisdiction !== undefined && !/^\d{6}$/.test(ctx.jurisdiction)) {
    return {
      ok: false,
      error: { code: 'JURISDICTION_INVALID', field: 'jurisdiction', message: `工作站辖区应为6位行政区划代码，收到“${ctx.jurisdiction}”` }
    }
  }
  const prepared = ACTIONS[action].prepare(facts)
  if (!prepared.ok) return prepared
  const { at, run } = prepared.prepared
  const selection = selectProfile(ctx.profiles, { date: at.date, jurisdiction: ctx.jurisdiction, profileId: ctx.profileId })
  if (!selection.ok) return selection
  const profile = selection.profile
  const result = run({ profile, jurisdiction: ctx.jurisdiction })
  if ('error' in result) return { ok: false, error: result.error }
  const decision: Decision = {
    action,
    profileId: profile.id,
    profileName: profile.name,
    allowed: result.denials.length === 0,
    denials: result.denials,
    warnings: result.warnings,
    consequences: result.consequences
  }
  if (result.amounts !== undefined) decision.amounts = result.amounts
  return { ok: true, decision }
}
