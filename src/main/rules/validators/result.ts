// The answer every validator in this folder gives: the normalised value, or one precise reason.
// `code` is stable English (tests, audit, UI branching); `message` is the sentence the clerk reads.
// The shape matches `Validation<T>` in the brief; the optional second parameter narrows `code` to
// the validator's own union so callers can switch on it exhaustively.

export type Validation<T, C extends string = string> =
  | { ok: true; value: T }
  | { ok: false; code: C; message: string }

export type Invalid<C extends string = string> = { ok: false; code: C; message: string }

export function valid<T>(value: T): { ok: true; value: T } {
  return { ok: true, value }
}

export function invalid<C extends string>(code: C, message: string): Invalid<C> {
  return { ok: false, code, message }
}
