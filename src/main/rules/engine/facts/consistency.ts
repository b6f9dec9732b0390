// Cross-field checks that make impossible fact combinations FACTS_INVALID instead of a guessed
// decision: a violation after the moment of the action, a warning that carries a fine.
import type { z } from 'zod'
import type { Moment } from '../moment'

interface ViolationTiming {
  occurredAt: Moment
  penalty?: 'warning' | 'fine' | 'beyond_simple'
  fineFen?: number
}

export function checkViolationAgainstAt(ctx: z.core.$RefinementCtx, v: ViolationTiming, at: Moment): void {
  if (v.occurredAt.epochMs > at.epochMs) {
    ctx.addIssue({ code: 'custom', path: ['violation', 'occurredAt'], message: `不能晚于办理时间${at.iso}` })
  }
  if (v.penalty === 'warning' && v.fineFen !== undefined && v.fineFen > 0) {
    ctx.addIssue({ code: 'custom', path: ['violation', 'fineFen'], message: `与处罚种类“警告”矛盾：警告不处罚款，收到${v.fineFen}` })
  }
  if (v.penalty === 'fine' && v.fineFen === 0) {
    ctx.addIssue({ code: 'custom', path: ['violation', 'fineFen'], message: '与处罚种类“罚款”矛盾：罚款金额应大于0' })
  }
}
