// The clock is injected so that rules, audit times and tests never read the machine time directly.
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock for tests and the data generator: starts at a fixed instant and moves only when told. */
export function fixedClock(start: Date): Clock & { advance(ms: number): void; set(d: Date): void } {
  let current = start.getTime()
  return {
    now: () => new Date(current),
    advance: (ms: number) => {
      current += ms
    },
    set: (d: Date) => {
      current = d.getTime()
    }
  }
}
