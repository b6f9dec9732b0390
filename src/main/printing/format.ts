// How dates, amounts and rates read on a printed document. Times arrive as zoned ISO strings in the
// workstation's zone (platform/zoned-time.ts) and are printed in that zone, as written.
import { percent, yuan } from '../rules/engine/format'

export { percent, yuan }

const ZONED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/

function parts(iso: string): RegExpExecArray {
  const match = ZONED.exec(iso)
  if (match === null) throw new RangeError(`not an ISO date or time: "${iso}"`)
  return match
}

/** "2026-11-01…" → "2026年11月01日" (FACTS §1: yyyy年MM月dd日). */
export function documentDate(iso: string): string {
  const [, y, m, d] = parts(iso)
  return `${y}年${m}月${d}日`
}

/** "2026-11-01T08:15:00.000+08:00" → "2026年11月01日08时15分". */
export function documentDateTime(iso: string): string {
  const [, y, m, d, hh, mm] = parts(iso)
  if (hh === undefined || mm === undefined) throw new RangeError(`no time of day in "${iso}"`)
  return `${y}年${m}月${d}日${hh}时${mm}分`
}

/** The mark a reprint carries: 补打（第2次） for the first reprint (the first copy is the 1st). */
export function reprintMark(reprint: number): string {
  return `补打（第${reprint + 1}次）`
}
