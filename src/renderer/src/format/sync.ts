// How the sync state reads in the status bar and the sync panel: the state's word and colour, the
// download progress, the clock skew in minutes and "最后同步" as a clerk says it. The state itself
// is main's; nothing here decides whether we are online.
import type { SyncStatusDto } from '../../../shared/contract'
import { t } from '../i18n/zh-CN'
import { formatClock, formatZoned, instantOf, zonedDate } from './time'

export type SyncStateKey = SyncStatusDto['state'] | 'unknown'
export type SyncColor = 'success' | 'warning' | 'info' | 'error' | 'default'

export const SYNC_COLOR = {
  online: 'success',
  offline: 'warning',
  bootstrapping: 'info',
  unenrolled: 'default',
  blocked: 'error',
  unknown: 'default'
} as const satisfies Record<SyncStateKey, SyncColor>

export function syncStateKey(status: SyncStatusDto | null): SyncStateKey {
  return status === null ? 'unknown' : status.state
}

/** 0–100 while the download runs; null while central has not said how much is coming. */
export function bootstrapPercent(progress: SyncStatusDto['bootstrap']): number | null {
  if (progress === null || progress.expected <= 0) return null
  return Math.max(0, Math.min(100, Math.floor((progress.loaded / progress.expected) * 100)))
}

/** The chip's word: 在线, 离线, 正在下载辖区数据 42%, … */
export function syncStateLabel(status: SyncStatusDto | null): string {
  const key = syncStateKey(status)
  if (key === 'bootstrapping' && status !== null) {
    const percent = bootstrapPercent(status.bootstrap)
    if (percent !== null) return t.sync.bootstrapping(percent)
  }
  return t.sync.states[key]
}

/** Whole minutes, at least 1: a warning that said "about 0 minutes" would contradict itself. */
export function skewMinutes(skewMs: number): number {
  return Math.max(1, Math.round(Math.abs(skewMs) / 60_000))
}

/**
 * 最后同步: 刚刚 under a minute, "N 分钟前" within the hour, the time of day later today, and the
 * full date and time before today. `timeZone` is the workstation's, so "today" is the counter's.
 */
export function lastSyncText(lastSyncAt: string | null, now: Date, timeZone: string | undefined): string {
  if (lastSyncAt === null) return t.sync.never
  const ageMs = now.getTime() - instantOf(lastSyncAt)
  // A little negative age is a clock a few seconds apart from main's: still "just now".
  if (ageMs < 60_000) return t.sync.justNow
  if (ageMs < 60 * 60_000) return t.sync.minutesAgo(Math.floor(ageMs / 60_000))
  const shown = formatZoned(lastSyncAt)
  return zonedDate(lastSyncAt) === formatClock(now, timeZone).slice(0, 10) ? shown.slice(11) : shown
}

/** Actions central has not answered yet, worth warning about before leaving (not in training mode). */
export function unsentActions(status: SyncStatusDto | null): number {
  if (status === null || status.state === 'unenrolled') return 0
  return status.pending
}

/**
 * An outbox item's last error as main stores it, "NETWORK: 无法连接中心（…）": the Chinese message
 * for the clerk, the code kept apart for whoever supports them.
 */
export function splitItemError(text: string): { code: string | null; message: string } {
  const match = /^([A-Z][A-Z0-9_]*):\s*(.*)$/s.exec(text)
  return match === null ? { code: null, message: text } : { code: match[1] ?? null, message: match[2] ?? '' }
}
