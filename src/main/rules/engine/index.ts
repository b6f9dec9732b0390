// The rules engine's public API. Pure: facts in, decision out. No database, no Electron, no
// clock of its own and no I/O, so the central server can run the same module to re-validate a
// workstation's commands. Profiles come in through the context (see ../profiles).
export { evaluate } from './evaluate'
export { closedRecordFindings, type ProcessingAction } from './closed-record'
export {
  ACTION_NAMES,
  isActionName,
  type ActionName,
  type Amounts,
  type Decision,
  type EvaluateContext,
  type EvaluateError,
  type EvaluateErrorCode,
  type EvaluateResult,
  type Finding
} from './types'
export { ACTION_FACTS_SCHEMAS, type ActionFacts } from './facts-schemas'
export { REASON_CODES, type ReasonCode } from './reason-codes'
// Pure parts of the profiles API; loadProfiles (which reads files) lives in ../profiles only.
export { builtinProfiles } from '../profiles/builtin'
export { selectProfile } from '../profiles/select'
export type { Profile, ProfileSet } from '../profiles/profile-schema'
