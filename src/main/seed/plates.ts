// Unique GA 36 plates without a registry of issued plates.
//
// A home plate belongs to the owner's city: vehicle slot j (0–2) of the person with per-city
// ordinal c gets the city ordinal 3c + j, which picks one of the city's letters and an in-letter
// serial number. Each plate format (ordinary, new-energy small/large, trailer 挂, coach 学) encodes
// that serial through a permutation of its own capacity, so within one city letter two vehicles
// never share a serial, and formats cannot collide because their shapes differ.
// An away plate (a car registered in another province) uses the global slot s = 3i + j: province
// s mod P, serial s div P, in two-letter patterns that home plates never use.
import { AffinePermutation } from './bijections'
import { mix32 } from './prng'
import { PLATE_LETTERS } from '../rules/validators/plate'

export type PlateFormat = 'ordinary' | 'newEnergySmall' | 'newEnergyLarge' | 'trailer' | 'coach'

const DIGITS = '0123456789'
const LETTERS = PLATE_LETTERS // 24 letters, no I or O
const ALNUM = LETTERS + DIGITS // 34

/**
 * Serial positions written as symbols: 'D' a digit, 'L' a letter, 'X' a letter or digit, and
 * '=' followed by a literal character (the D/F of new-energy plates).
 */
type Pattern = string

const HOME_ORDINARY: readonly Pattern[] = [
  'DDDDD', 'LDDDD', 'DLDDD', 'DDLDD', 'DDDLD', 'DDDDL', 'LDLDD', 'LDDLD', 'LDDDL'
]
/** Adjacent letter pairs: never produced by HOME_ORDINARY. */
const AWAY_ORDINARY: readonly Pattern[] = ['LLDDD', 'DLLDD', 'DDLLD', 'DDDLL']

/** The alphabets of a pattern's positions. */
function parsePattern(pattern: Pattern): string[] {
  const alphabets: string[] = []
  for (let k = 0; k < pattern.length; k++) {
    const symbol = pattern.charAt(k)
    if (symbol === '=') {
      alphabets.push(pattern.charAt(k + 1))
      k++
    } else {
      alphabets.push(symbol === 'D' ? DIGITS : symbol === 'L' ? LETTERS : ALNUM)
    }
  }
  return alphabets
}

/** Several patterns laid end to end; a permuted ordinal falls into one of them. */
class PatternSpace {
  readonly capacity: number
  private readonly permutation: AffinePermutation
  private readonly alphabets: string[][]
  private readonly sizes: number[]

  constructor(patterns: readonly Pattern[], key: number) {
    this.alphabets = patterns.map(parsePattern)
    this.sizes = this.alphabets.map((list) => list.reduce((n, alphabet) => n * alphabet.length, 1))
    this.capacity = this.sizes.reduce((s, n) => s + n, 0)
    this.permutation = new AffinePermutation(this.capacity, key)
  }

  /**
   * The serial for an in-letter ordinal, or undefined when the space is exhausted. The salt
   * rotates the ordinal (still a bijection) so that cities do not repeat each other's serials.
   */
  serial(ordinal: number, salt = 0): string | undefined {
    if (ordinal >= this.capacity) return undefined
    let v = this.permutation.apply((ordinal + (mix32(salt) % this.capacity)) % this.capacity)
    for (let k = 0; k < this.sizes.length; k++) {
      const size = this.sizes[k] as number
      if (v < size) return encode(this.alphabets[k] as string[], v)
      v -= size
    }
    return undefined
  }
}

function encode(alphabets: readonly string[], value: number): string {
  let out = ''
  for (let k = alphabets.length - 1; k >= 0; k--) {
    const alphabet = alphabets[k] as string
    out = alphabet.charAt(value % alphabet.length) + out
    value = Math.floor(value / alphabet.length)
  }
  return out
}

export class PlateMaker {
  private readonly home: Record<PlateFormat, PatternSpace>
  private readonly away: PatternSpace

  constructor(key: number) {
    this.home = {
      ordinary: new PatternSpace(HOME_ORDINARY, key ^ 0x11),
      // Small new-energy: D (battery) or F (other) + letter/digit + 4 digits; large: 5 digits + D/F.
      newEnergySmall: new PatternSpace(['=DXDDDD', '=FXDDDD'], key ^ 0x22),
      newEnergyLarge: new PatternSpace(['DDDDD=D', 'DDDDD=F'], key ^ 0x33),
      trailer: new PatternSpace(['XXXX'], key ^ 0x44),
      coach: new PatternSpace(['XXXX'], key ^ 0x55)
    }
    this.away = new PatternSpace(AWAY_ORDINARY, key ^ 0x66)
  }

  /** Home plate, or undefined when the city letter's space for this format is exhausted. */
  homePlate(abbr: string, letter: string, format: PlateFormat, ordinal: number, salt: number): string | undefined {
    const serial = this.home[format].serial(ordinal, salt * 31 + letter.charCodeAt(0))
    if (serial === undefined) return undefined
    const text = abbr + letter + serial
    if (format === 'trailer') return `${text}挂`
    if (format === 'coach') return `${text}学`
    return text
  }

  awayPlate(abbr: string, letter: string, ordinal: number): string | undefined {
    const serial = this.away.serial(ordinal, abbr.charCodeAt(0) * 31 + letter.charCodeAt(0))
    return serial === undefined ? undefined : abbr + letter + serial
  }

  capacity(format: PlateFormat | 'away'): number {
    return format === 'away' ? this.away.capacity : this.home[format].capacity
  }
}
