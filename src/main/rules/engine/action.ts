// How an action is defined: a zod schema for its facts and a rule function from parsed facts and
// the selected profile to findings. defineAction hides each action's facts type behind a
// closure, so the registry can hold all actions in one list without `any`.
import type { z } from 'zod'
import type { Profile } from '../profiles/profile-schema'
import type { Moment } from './moment'
import type { ActionName, Amounts, EvaluateError, Finding } from './types'
import { describeIssues } from './zod-issues'

export interface RuleEnv {
  profile: Profile
  /** The workstation's 6-digit region code, when known. */
  jurisdiction?: string
}

/** What a rule collects; allowed is derived from denials by the engine, never set by a rule. */
export interface Outcome {
  denials: Finding[]
  warnings: Finding[]
  consequences: Finding[]
  amounts?: Amounts
}

export type RuleResult = Outcome | { error: EvaluateError }

export interface PreparedAction {
  at: Moment
  run(env: RuleEnv): RuleResult
}

export interface ActionDefinition {
  name: ActionName
  prepare(facts: unknown): { ok: true; prepared: PreparedAction } | { ok: false; error: EvaluateError }
}

export function defineAction<S extends z.ZodType<{ at: Moment }>>(
  name: ActionName,
  schema: S,
  rule: (facts: z.output<S>, env: RuleEnv) => RuleResult
): ActionDefinition {
  return {
    name,
    prepare(facts) {
      const parsed = schema.safeParse(facts, { reportInput: true })
      if (!parsed.success) {
        const { field, message } = describeIssues(parsed.error, facts)
        return { ok: false, error: field === '' ? { code: 'FACTS_INVALID', message } : { code: 'FACTS_INVALID', field, message } }
      }
      const value = parsed.data
      return { ok: true, prepared: { at: value.at, run: (env) => rule(value, env) } }
    }
  }
}

/** A collector so rules read as a list of checks; a check that passes hands over undefined. */
export function outcome(): Outcome & {
  deny(f: Finding | undefined): void
  warn(f: Finding | undefined): void
  note(f: Finding | undefined): void
  result(): Outcome
} {
  const denials: Finding[] = []
  const warnings: Finding[] = []
  const consequences: Finding[] = []
  const into = (list: Finding[]) => (f: Finding | undefined) => {
    if (f !== undefined) list.push(f)
  }
  return {
    denials,
    warnings,
    consequences,
    deny: into(denials),
    warn: into(warnings),
    note: into(consequences),
    result: () => ({ denials, warnings, consequences })
  }
}

export function finding(code: string, message: string, source: string, confirm?: true): Finding {
  return confirm === undefined ? { code, message, source } : { code, message, source, confirm }
}
