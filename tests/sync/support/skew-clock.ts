// A workstation clock that runs with the machine's but off by a settable amount, and can jump:
// the clock of a counter PC whose time was set wrong, or corrected (backwards) while it runs.
import type { Clock } from '../../../src/main/platform/clock'

export interface SkewedClock extends Clock {
  /** The workstation's time minus the real time, in ms. */
  readonly offsetMs: number
  /** Moves the clock by `ms` (negative: backwards) from now on. */
  jump(ms: number): void
}

export function skewedClock(offsetMs: number): SkewedClock {
  let offset = offsetMs
  return {
    now: () => new Date(Date.now() + offset),
    get offsetMs() {
      return offset
    },
    jump(ms) {
      offset += ms
    }
  }
}
