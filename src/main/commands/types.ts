// A command is what a clerk's action asks central to do. The same definition decides it on the
// workstation (for the immediate local effect, and again on every replay after a pull) and on
// central (authoritatively): decide is pure, rows in, writes or a refusal out. Hosts load the rows
// that `reads` names (central locks them FOR UPDATE) and write what `decide` returns.
import type { z } from 'zod'
import type { ProfileSet } from '../rules/engine'
import type { WireRow } from '../sync/protocol'

/** Rows of `table` whose `column` equals `value`. */
export interface RowQuery {
  table: string
  column: string
  value: string
}

export interface StateView {
  byId(table: string, id: string): WireRow | undefined
  where(table: string, column: string, value: string): WireRow[]
}

/** Rows loaded so far for a query, or undefined when it has not been loaded (yet). */
export type Peek = (table: string, column: string, value: string) => WireRow[] | undefined

export type RowWrite = { table: string; op: 'upsert'; row: WireRow } | { table: string; op: 'delete'; id: string }

export interface CommandContext {
  /** The moment of the action, with its offset (central corrects it for measured clock skew). */
  at: string
  side: 'workstation' | 'central'
  /** The workstation reaches central (always true on central). */
  online: boolean
  profiles: ProfileSet
  jurisdiction: string
  operatorId: string | null
  /** Central only: the definitive 决定书编号 for a new decision. */
  assignDecisionNo?: () => string
  /**
   * Central only: the SMS proofs of this command's payload that central's gateway verified for
   * exactly that phone and purpose, within their validity, and not used by another command
   * (keys: `smsProofKey`). A command that claims a verified phone checks it with `smsProofHolds`;
   * the workstation trusted the verify answer it got online.
   */
  verifiedSms?: ReadonlySet<string>
}

/** A text message central's gateway sends once the command is applied (never on a workstation). */
export interface Notification {
  phone: string
  text: string
}

export type Decided =
  | { ok: true; writes: RowWrite[]; assigned?: Record<string, string>; notifications?: Notification[] }
  | { ok: false; code: string; message: string }

export interface CommandDef<P = unknown> {
  type: string
  payload: z.ZodType<P>
  /**
   * The rows decide needs, given what has been loaded so far (a second round may follow a
   * foreign key). Hosts call it until it names nothing new.
   */
  reads(payload: P, peek: Peek): RowQuery[]
  decide(payload: P, state: StateView, ctx: CommandContext): Decided
}

export function defineCommand<P>(def: CommandDef<P>): CommandDef<unknown> {
  return def as unknown as CommandDef<unknown>
}

export function refuse(code: string, message: string): Decided {
  return { ok: false, code, message }
}
