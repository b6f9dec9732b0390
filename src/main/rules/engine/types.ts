// The engine's public types: what an action asks, what a decision answers.
import type { ProfileSet } from '../profiles/profile-schema'

export const ACTION_NAMES = [
  'online_self_service',
  'window_process',
  'register_account',
  'change_phone',
  'bind_vehicle',
  'pay_fine',
  'file_dispute',
  'resolve_dispute'
] as const

export type ActionName = (typeof ACTION_NAMES)[number]

export function isActionName(name: string): name is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(name)
}

/** One reason, warning or consequence, with the rule's source. */
export interface Finding {
  /** Stable English reason code (RULES.md), used by tests, audit entries and the UI. */
  code: string
  /** Simplified Chinese, naming the concrete values. */
  message: string
  /** Where the rule comes from: "seed 001 §四.3", "FACTS §2". */
  source: string
  /** Warnings the clerk must acknowledge before the action is saved (the acknowledgement is audited). */
  confirm?: true
}

/** pay_fine: what is due on the action's date, in integer fen. */
export interface Amounts {
  fineFen: number
  lateFeeFen: number
  totalFen: number
  /** Last day to pay without a late fee. */
  dueDate: string
  daysLate: number
  /** The most the late fee can reach, and the first day it does (null: it never accrues). */
  lateFeeCapFen: number
  lateFeeCapReachedOn: string | null
}

export interface Decision {
  action: ActionName
  profileId: string
  profileName: string
  /** denials.length === 0 */
  allowed: boolean
  denials: Finding[]
  warnings: Finding[]
  consequences: Finding[]
  amounts?: Amounts
}

export type EvaluateErrorCode =
  | 'ACTION_UNKNOWN'
  | 'FACTS_INVALID'
  | 'JURISDICTION_INVALID'
  | 'JURISDICTION_REQUIRED'
  | 'PROFILE_UNKNOWN'
  | 'PROFILE_NOT_IN_FORCE'
  | 'PROFILE_NOT_APPLICABLE'

export interface EvaluateError {
  code: EvaluateErrorCode
  /** The offending field path ("violation.fineFen"), when the error is about one field. */
  field?: string
  /** Chinese, naming the field. */
  message: string
}

export type EvaluateResult = { ok: true; decision: Decision } | { ok: false; error: EvaluateError }

export interface EvaluateContext {
  profiles: ProfileSet
  /** Forces a profile; it must still apply to the jurisdiction and be in force. */
  profileId?: string
  /** The workstation's 6-digit region code. */
  jurisdiction?: string
}
