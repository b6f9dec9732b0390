// How a rules verdict reads on screen: its state (for the chip's word and colour) and the rule
// sources written in the clerk's words. The decision itself is main's; nothing here re-decides.
import type { Verdict } from '../../../shared/contract'

/** allowed: 可办理; confirm: allowed, but something must be told and acknowledged first. */
export type VerdictState = 'allowed' | 'confirm' | 'denied' | 'unavailable'

export function verdictState(verdict: Verdict): VerdictState {
  if (!verdict.available) return 'unavailable'
  if (!verdict.allowed) return 'denied'
  return verdict.warnings.some((w) => w.confirm === true) ? 'confirm' : 'allowed'
}

export type VerdictColor = 'success' | 'warning' | 'error' | 'default'

export const VERDICT_COLOR = {
  allowed: 'success',
  confirm: 'warning',
  denied: 'error',
  unavailable: 'default'
} as const satisfies Record<VerdictState, VerdictColor>

/** Refusals that only say the record is closed: processed, paid or voided already. */
const CLOSED_RECORD_CODES: ReadonlySet<string> = new Set(['ALREADY_PROCESSED', 'VIOLATION_VOIDED'])

/**
 * The chip's colour. A record already processed (or voided) cannot be processed again whatever
 * else the rules find: that refusal is true of every record in the history and tells the clerk
 * nothing new, so it stays grey. Red marks the records someone can still act on, and the table
 * does not turn into a wall of red. The details still list every reason.
 */
export function verdictColor(verdict: Verdict): VerdictColor {
  const state = verdictState(verdict)
  if (state === 'denied' && verdict.denials.some((d) => CLOSED_RECORD_CODES.has(d.code))) return 'default'
  return VERDICT_COLOR[state]
}

/**
 * "seed 001 §四.3; seed 002; FACTS §2" → ["来源文章001 §四.3", "来源文章002", "事实§2"]. The engine
 * cites its source articles as "seed NNN" (with their numbered tips as "tip N") and the checked
 * facts file as "FACTS §N"; anything else is shown as written.
 */
export function ruleSources(source: string, words: { article: string; facts: string; tip: string }): string[] {
  return source
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) =>
      part
        .replace(/^seed\s+(\d+)/i, `${words.article}$1`)
        .replace(/^FACTS\s*(?=§|$)/, words.facts)
        .replace(/,?\s*\btip\s+(\d+)/g, `${words.tip}$1`)
    )
}
