// Injective maps from a row index to the values that must be unique (ID numbers, phones, plates,
// file numbers, record numbers). Drawing such values at random would collide at 5M rows; these
// maps cannot, by construction, and they need no memory of what was already issued.
import { mix32 } from './prng'

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b]
  return a
}

/**
 * x ↦ (a·x + b) mod m, a permutation of [0, m) when gcd(a, m) = 1. It spreads consecutive
 * indices over the whole range, so serials do not look sequential. Exact for any m < 2^53 / 2.
 */
export class AffinePermutation {
  private readonly a: number
  private readonly b: number

  constructor(
    readonly size: number,
    key: number
  ) {
    if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`size must be ≥ 1, got ${size}`)
    // The multiplier is near size·φ⁻¹ (good spreading) but small enough that a·x stays exact.
    const maxA = Math.max(1, Math.floor((Number.MAX_SAFE_INTEGER - size) / size))
    let a = ((Math.floor(size * 0.618034) + (mix32(key) % 997)) % Math.min(size, maxA)) || 1
    while (gcd(a, size) !== 1) a = a + 1 >= Math.min(size, maxA) ? 1 : a + 1
    this.a = a
    this.b = mix32(key ^ 0x5bd1e995) % size
  }

  apply(x: number): number {
    if (x < 0 || x >= this.size) throw new RangeError(`index ${x} outside [0, ${this.size})`)
    return (this.a * x + this.b) % this.size
  }
}

/**
 * A balanced Feistel network on 2k decimal digits (k ≤ 6): a permutation of [0, 10^(2k)) that
 * looks random, for serials too wide for AffinePermutation (10- and 12-digit numbers).
 */
export class DecimalFeistel {
  readonly size: number
  private readonly half: number
  private readonly keys: number[]

  constructor(
    readonly digits: number,
    key: number
  ) {
    if (digits % 2 !== 0 || digits < 2 || digits > 12) throw new RangeError(`digits must be even, 2–12, got ${digits}`)
    this.half = 10 ** (digits / 2)
    this.size = this.half * this.half
    this.keys = [1, 2, 3, 4].map((round) => mix32(key ^ Math.imul(round, 0x9e3779b1)))
  }

  apply(x: number): number {
    if (x < 0 || x >= this.size || !Number.isInteger(x)) throw new RangeError(`index ${x} outside [0, ${this.size})`)
    let left = Math.floor(x / this.half)
    let right = x % this.half
    for (const k of this.keys) {
      const next = (left + (mix32(right ^ k) % this.half)) % this.half
      left = right
      right = next
    }
    return left * this.half + right
  }

  /**
   * A permutation of [0, limit) for any limit ≤ size, by cycle walking: re-apply until the value
   * falls inside. Each step stays on the same cycle of the permutation, so the result is unique.
   */
  applyWithin(x: number, limit: number): number {
    if (x < 0 || x >= limit || limit > this.size) throw new RangeError(`index ${x} outside [0, ${limit})`)
    let y = this.apply(x)
    while (y >= limit) y = this.apply(y)
    return y
  }

  /** The permuted value as a zero-padded decimal string. */
  digitsOf(x: number): string {
    return String(this.apply(x)).padStart(this.digits, '0')
  }
}

/**
 * A weighted round-robin that is also an injection. Index i falls into category `categoryOf(i)`
 * with probability proportional to the category's weight (exactly, over each block of `length`
 * indices), and `ordinal(i)` numbers the indices of each category 0, 1, 2 … without gaps or
 * repeats. Grouping categories (districts → cities) gives a per-group ordinal the same way.
 * That is what lets a person's per-district ID sequence or per-city plate serial be computed
 * from the person's index alone.
 */
export class Wheel {
  readonly length: number
  private readonly slotCategory: Int32Array
  private readonly slotRank: Int32Array
  private readonly weights: readonly number[]

  constructor(weights: readonly number[], shuffleKey: number) {
    if (weights.some((w) => !Number.isInteger(w) || w < 0)) throw new RangeError('wheel weights must be integers ≥ 0')
    this.weights = weights
    this.length = weights.reduce((s, w) => s + w, 0)
    if (this.length === 0) throw new RangeError('wheel needs a positive total weight')
    const slots: number[] = []
    weights.forEach((w, category) => {
      for (let k = 0; k < w; k++) slots.push(category)
    })
    // Shuffle so neighbouring indices land in different categories.
    for (let i = slots.length - 1; i > 0; i--) {
      const j = mix32(shuffleKey ^ Math.imul(i, 0x2c1b3c6d)) % (i + 1)
      const t = slots[i] as number
      slots[i] = slots[j] as number
      slots[j] = t
    }
    this.slotCategory = Int32Array.from(slots)
    this.slotRank = new Int32Array(slots.length)
    const seen = new Array<number>(weights.length).fill(0)
    slots.forEach((category, slot) => {
      this.slotRank[slot] = seen[category] ?? 0
      seen[category] = (seen[category] ?? 0) + 1
    })
  }

  category(i: number): number {
    return this.slotCategory[i % this.length] as number
  }

  /** 0, 1, 2 … over the indices of i's category, in index order. */
  ordinal(i: number): number {
    const slot = i % this.length
    const category = this.slotCategory[slot] as number
    return Math.floor(i / this.length) * (this.weights[category] ?? 0) + (this.slotRank[slot] as number)
  }

  /** A per-group ordinal, where `groupOf[category]` names each category's group. */
  grouped(groupOf: readonly number[]): GroupedWheel {
    return new GroupedWheel(this, this.slotCategory, groupOf)
  }
}

export class GroupedWheel {
  private readonly slotRank: Int32Array
  private readonly groupWeight: number[]

  constructor(
    private readonly wheel: Wheel,
    slotCategory: Int32Array,
    private readonly groupOf: readonly number[]
  ) {
    const groups = Math.max(...groupOf) + 1
    this.groupWeight = new Array<number>(groups).fill(0)
    this.slotRank = new Int32Array(slotCategory.length)
    slotCategory.forEach((category, slot) => {
      const group = groupOf[category] as number
      this.slotRank[slot] = this.groupWeight[group] as number
      this.groupWeight[group] = (this.groupWeight[group] as number) + 1
    })
  }

  group(i: number): number {
    return this.groupOf[this.wheel.category(i)] as number
  }

  weightOfGroup(group: number): number {
    return this.groupWeight[group] ?? 0
  }

  ordinal(i: number): number {
    const slot = i % this.wheel.length
    return Math.floor(i / this.wheel.length) * (this.groupWeight[this.group(i)] as number) + (this.slotRank[slot] as number)
  }
}
