// The daily bank reconciliation window (seed 001 §六.7 "每天晚上22时至次日凌晨1时"): half-open
// [from, to) in China Standard Time, wrapping midnight when `to` < `from`. With 22:00–01:00,
// 21:59:59 is allowed, 22:00:00 and 00:59:59 are refused, 01:00:00 is allowed again.
import type { Profile } from '../../profiles/profile-schema'
import { finding } from '../action'
import type { Moment } from '../moment'
import type { Finding } from '../types'

function seconds(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60
}

export function inDailyWindow(at: Moment, window: { from: string; to: string }): boolean {
  const start = seconds(window.from)
  const end = seconds(window.to)
  const s = at.secondOfDay
  return start < end ? s >= start && s < end : s >= start || s < end
}

/** MAINTENANCE_WINDOW, when the profile has a window and `at` falls in it. */
export function maintenanceWindow(at: Moment, profile: Profile, what: string): Finding | undefined {
  const window = profile.online.maintenanceWindow
  if (window === null || !inDailyWindow(at, window)) return undefined
  const span = `${window.from}至${window.to < window.from ? '次日' : ''}${window.to}`
  return finding(
    'MAINTENANCE_WINDOW',
    `当前时间${at.clock}处于每日${span}的银行缴款系统对账维护时段，此时段无法${what}，请${window.to}以后再办理`,
    'seed 001 §六.7'
  )
}
