// Deterministic randomness for the data generator. Every row draws from its own stream, keyed by
// (seed, table, row index …), so a row never depends on how many numbers an earlier row consumed:
// tables can be generated in any order, a row can be recomputed from its index alone (which the
// generator does to look up a neighbour's traits), and a change in one table's logic does not
// reshuffle every other table. No Math.random, no clock.

/** murmur3's 32-bit finaliser: a bijection on uint32 with full avalanche. */
export function mix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Splits a safe integer seed into two 32-bit words, so seeds above 2^32 still differ. */
export function seedWords(seed: number): [number, number] {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`)
  const lo = seed >>> 0
  const hi = Math.floor(seed / 0x100000000) >>> 0
  return [lo, hi]
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG): 128-bit state, passes PractRand, and only
 * 32-bit integer operations, which V8 runs without allocating. One instance is reused: `reset`
 * positions it at the start of a row's stream.
 */
export class Rng {
  private a = 0
  private b = 0
  private c = 0
  private d = 0
  private readonly s0: number
  private readonly s1: number

  constructor(seed: number) {
    const [lo, hi] = seedWords(seed)
    this.s0 = mix32(lo ^ 0x9e3779b9)
    this.s1 = mix32(hi ^ 0x7f4a7c15)
  }

  /** Starts the stream of (tag, index, sub). Different keys give independent-looking streams. */
  reset(tag: number, index: number, sub = 0): this {
    this.a = mix32(this.s0 ^ Math.imul(tag + 1, 0x27d4eb2f))
    this.b = mix32(this.s1 ^ (index >>> 0))
    this.c = mix32(Math.imul(sub + 0x165667b1, 0x9e3779b1) ^ Math.floor(index / 0x100000000))
    this.d = 1
    // sfc32 needs a few rounds before correlated seeds (index, index + 1) diverge.
    for (let i = 0; i < 10; i++) this.u32()
    return this
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 0x100000000
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** Uniform integer in [lo, hi], both inclusive. */
  range(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new RangeError('pick from an empty list')
    return item
  }

  /** Poisson-distributed count (Knuth's method; fine for the small means used here). */
  poisson(mean: number): number {
    if (mean <= 0) return 0
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.gaussian()))
    const limit = Math.exp(-mean)
    let k = 0
    let p = this.next()
    while (p > limit) {
      k++
      p *= this.next()
    }
    return k
  }

  gaussian(): number {
    const u = 1 - this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }
}

/** A fixed list with weights; `pick(u)` maps a uniform u in [0, 1) to an item. */
export class Weighted<T> {
  readonly items: readonly T[]
  private readonly cumulative: Float64Array
  private readonly total: number

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('Weighted needs at least one entry')
    this.items = entries.map(([item]) => item)
    this.cumulative = new Float64Array(entries.length)
    let sum = 0
    entries.forEach(([, weight], i) => {
      if (!(weight >= 0)) throw new RangeError(`weight must be ≥ 0, got ${weight}`)
      sum += weight
      this.cumulative[i] = sum
    })
    if (sum <= 0) throw new RangeError('Weighted needs a positive total weight')
    this.total = sum
  }

  pick(u: number): T {
    const target = u * this.total
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.cumulative[mid] ?? 0) > target) hi = mid
      else lo = mid + 1
    }
    return this.items[lo] as T
  }
}
