// UUID-shaped row ids for generated data: version 7 layout (RFC 9562), but every field comes from
// the row's key instead of the clock and the OS random source, so a seed reproduces them:
//   48-bit "timestamp" = base + the row's ordinal in its table (so ids sort in insert order and
//                        the primary-key B-tree is filled by appending, which matters at 20M rows)
//   12-bit rand_a      = the table's tag (so two tables never share an id)
//   62-bit rand_b      = drawn from the row's PRNG stream.
// Unique within a table because the ordinal is; unique across tables because the tag is.
import { Rng } from './prng'

const HEX4: string[] = Array.from({ length: 0x10000 }, (_, i) => i.toString(16).padStart(4, '0'))

export const ID_TAGS = {
  person: 0x101,
  driver: 0x102,
  unit: 0x103,
  vehicle: 0x104,
  binding: 0x105,
  account: 0x106,
  unitAccount: 0x107,
  violation: 0x108,
  decision: 0x109,
  payment: 0x10a
} as const

export type IdTag = (typeof ID_TAGS)[keyof typeof ID_TAGS]

/** Ids of generated rows; `of(tag, ordinal)` is a pure function, so any row can name another. */
export class SeededIds {
  private readonly rng: Rng

  constructor(
    seed: number,
    private readonly baseMs: number
  ) {
    this.rng = new Rng(seed)
  }

  of(tag: IdTag, ordinal: number): string {
    const ms = this.baseMs + ordinal
    const top = Math.floor(ms / 0x100000000) // bits 47–32
    const mid = Math.floor(ms / 0x10000) % 0x10000 // bits 31–16
    const low = ms % 0x10000
    this.rng.reset(tag, ordinal, 0x1d5)
    const r1 = this.rng.u32()
    const r2 = this.rng.u32()
    const variant = 0x8000 | ((r1 >>> 16) & 0x3fff)
    return (
      `${HEX4[top]}${HEX4[mid]}-${HEX4[low]}-${HEX4[0x7000 | (tag & 0xfff)]}-${HEX4[variant]}-` +
      `${HEX4[r1 & 0xffff]}${HEX4[r2 >>> 16]}${HEX4[r2 & 0xffff]}`
    )
  }
}
