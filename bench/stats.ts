// Percentiles over measured durations, and a small table printer for bench output.
export interface Summary {
  n: number
  p50: number
  p99: number
  mean: number
}

export function summarise(samplesMs: number[]): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), mean }
}

export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

export const fmt = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`
