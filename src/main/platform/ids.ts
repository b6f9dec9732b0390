// UUIDv7 (RFC 9562): time-ordered, so outbox commands and rows sort by creation, and generated
// here without a round trip to central. Monotonic within one generator even if the clock stalls.
import { randomBytes } from 'node:crypto'
import type { Clock } from './clock'

export interface IdGenerator {
  next(): string
}

export function uuidv7Generator(clock: Clock, random: (n: number) => Uint8Array = randomBytes): IdGenerator {
  let lastMs = -1
  let counter = 0
  return {
    next(): string {
      let ms = clock.now().getTime()
      if (ms <= lastMs) {
        // Same or earlier millisecond: keep order by bumping a 12-bit counter, then borrowing time.
        counter += 1
        if (counter > 0xfff) {
          lastMs += 1
          counter = 0
        }
        ms = lastMs
      } else {
        lastMs = ms
        counter = 0
      }
      const bytes = new Uint8Array(16)
      const rand = random(10)
      let t = ms
      for (let i = 5; i >= 0; i--) {
        bytes[i] = t & 0xff
        t = Math.floor(t / 256)
      }
      bytes[6] = 0x70 | ((counter >> 8) & 0x0f)
      bytes[7] = counter & 0xff
      bytes[8] = 0x80 | ((rand[0] ?? 0) & 0x3f)
      for (let i = 9; i < 16; i++) bytes[i] = rand[i - 8] ?? 0
      const hex = Buffer.from(bytes).toString('hex')
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    }
  }
}
