// Percentiles over measured durations, and a small table printer for bench output.
export interface Summary {
  n: number
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

export function summarise(samplesMs: number[]): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0, mean }
}

export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

export const fmt = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`

/** Milliseconds with a precision that suits the magnitude (0.42 ms, 12.3 ms, 1,234 ms). */
export const fmtMs = (ms: number): string =>
  ms < 1 ? `${ms.toFixed(2)} ms` : ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms).toLocaleString('en-US')} ms`

/** A count with thousands separators. */
export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US')
