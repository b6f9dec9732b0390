// What follows a full score (记满12分) under 公安部令第163号 (FACTS §3) [S/U]: the licence is
// withheld and the driver attends 满分学习, then the theory exam. Study lasts 7 days, or 30 days
// for holders of A1/A2/A3/B1/B2; a second full score in the same cycle doubles it (14 / 60 days)
// and a third or later triples it (21 / 90 days) [U: secondary sources only].
import type { LicenseClassCode } from '../validators/license'

export const LARGE_VEHICLE_CLASSES: readonly LicenseClassCode[] = ['A1', 'A2', 'A3', 'B1', 'B2']

const BASE_DAYS = 7
const LARGE_BASE_DAYS = 30

export interface FullScoreConsequence {
  /** Which full score this is within the cycle (1 = first). */
  occurrence: number
  studyDays: number
  /** Whether the longer study for large/medium vehicle classes applies. */
  largeVehicle: boolean
}

/**
 * @param classes the licence's permitted classes
 * @param previousFullScores full scores already reached in the current cycle
 */
export function fullScoreConsequence(
  classes: readonly LicenseClassCode[],
  previousFullScores: number
): FullScoreConsequence {
  const largeVehicle = classes.some((c) => LARGE_VEHICLE_CLASSES.includes(c))
  const occurrence = Math.max(0, Math.floor(previousFullScores)) + 1
  const factor = Math.min(occurrence, 3)
  return { occurrence, studyDays: (largeVehicle ? LARGE_BASE_DAYS : BASE_DAYS) * factor, largeVehicle }
}
