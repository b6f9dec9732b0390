// Driving-licence rows: permitted classes, validity, status letters, scoring cycle. The cycle
// points themselves are not drawn: they are the sum of the points of this driver's generated
// decisions within the current cycle, so the licence and the violation records agree.
import { Weighted } from './prng'
import { STREAM, type SeedModel } from './model'
import type { Person } from './people'
import { addYears, ymdOf } from './zoned-calendar'

const CLASSES = new Weighted<string>([
  ['C1', 60], ['C2', 15], ['C1E', 3], ['C1D', 0.6], ['B2', 4], ['A2', 2.5], ['A1', 2], ['B1', 1.5],
  ['A2D', 0.5], ['B2D', 0.4], ['A1A2', 0.3], ['A3', 0.2], ['C3', 0.3], ['C5', 0.1], ['D', 1.2],
  ['E', 1.6], ['F', 0.3]
])

/** Status letters other than B (which only a full cycle score gives) and their shares. */
const STATUSES = new Weighted<string>([
  ['A', 94.3], ['H', 1.4], ['D', 1.0], ['M', 1.0], ['S', 0.8], ['HM', 0.5], ['P', 0.3], ['G', 0.3],
  ['F', 0.2], ['E', 0.2]
])

export const FULL_SCORE = 12

export interface LicenseRow {
  classes: string
  status: string
  firstIssueDate: string
  validUntil: string
  cyclePoints: number
  fullScoreCount: number
  issuingOrgan: string
}

/** First day of the scoring cycle running today: the latest anniversary of first issue. */
export function cycleStart(licenseDay: number, today: number): number {
  const years = ymdOf(today).year - ymdOf(licenseDay).year
  const anniversary = addYears(licenseDay, years)
  return anniversary <= today ? anniversary : addYears(licenseDay, years - 1)
}

/** End of the validity period running on `day`: 6 years, then 10-year renewals. */
function periodEnd(licenseDay: number, day: number): { current: number; previous: number } {
  let previous = licenseDay
  let current = addYears(licenseDay, 6)
  let years = 6
  while (current <= day) {
    previous = current
    years += 10
    current = addYears(licenseDay, years)
  }
  return { current, previous }
}

/** The permitted classes of a licence holder: the first draw of the licence row's stream. */
export function licenseClassesOf(m: SeedModel, person: Person): string | null {
  if (person.licenseDay < 0) return null
  return CLASSES.pick(m.rng.driver.reset(STREAM.driver, person.index).next())
}

export function licenseRow(m: SeedModel, person: Person, cyclePoints: number): LicenseRow {
  const rng = m.rng.driver.reset(STREAM.driver, person.index)
  const today = m.cal.today
  const classes = CLASSES.pick(rng.next())
  let status = STATUSES.pick(rng.next())
  const { current, previous } = periodEnd(person.licenseDay, today)
  let validUntil = current
  if (status.includes('M')) {
    // 逾期未换证: the last period ended before today. A first period still running cannot be overdue.
    if (previous > person.licenseDay && today - previous < 3 * 365) validUntil = previous
    else status = status.replace('M', '') || 'A'
  }
  const points = Math.min(cyclePoints, FULL_SCORE)
  let fullScoreCount = rng.chance(0.012) ? 1 : 0
  if (points >= FULL_SCORE) {
    status = 'B'
    fullScoreCount += 1
  }
  return {
    classes,
    status,
    firstIssueDate: m.cal.date(person.licenseDay),
    validUntil: m.cal.date(validUntil),
    cyclePoints: points,
    fullScoreCount,
    issuingOrgan: person.district.city.licenseOrgan
  }
}
