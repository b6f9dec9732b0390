import { describe, expect, it } from 'vitest'
import type { SyncStatusDto } from '../../../shared/contract'
import { bootstrapPercent, lastSyncText, skewMinutes, splitItemError, syncStateLabel, unsentActions } from './sync'

const status = (over: Partial<SyncStatusDto>): SyncStatusDto => ({
  state: 'online',
  pending: 0,
  awaitingPull: 0,
  rejectedOpen: 0,
  lastSyncAt: null,
  skewMs: null,
  skewWarning: false,
  lastError: null,
  bootstrap: null,
  ...over
})

describe('syncStateLabel', () => {
  it('names each state, and the download with its progress', () => {
    expect(syncStateLabel(status({}))).toBe('在线')
    expect(syncStateLabel(status({ state: 'offline' }))).toBe('离线')
    expect(syncStateLabel(status({ state: 'unenrolled' }))).toBe('未登记中心')
    expect(syncStateLabel(status({ state: 'blocked' }))).toBe('同步已停止')
    expect(syncStateLabel(status({ state: 'bootstrapping', bootstrap: { loaded: 421, expected: 1000 } }))).toBe('正在下载辖区数据 42%')
    expect(syncStateLabel(status({ state: 'bootstrapping', bootstrap: { loaded: 0, expected: 0 } }))).toBe('正在下载辖区数据')
    expect(syncStateLabel(null)).toBe('状态未知')
  })
})

describe('bootstrapPercent', () => {
  it('floors, clamps and refuses an unknown total', () => {
    expect(bootstrapPercent({ loaded: 999, expected: 1000 })).toBe(99)
    expect(bootstrapPercent({ loaded: 1200, expected: 1000 })).toBe(100)
    expect(bootstrapPercent({ loaded: 5, expected: 0 })).toBeNull()
    expect(bootstrapPercent(null)).toBeNull()
  })
})

describe('skewMinutes', () => {
  it('rounds to whole minutes either way, never 0', () => {
    expect(skewMinutes(7 * 60_000 + 20_000)).toBe(7)
    expect(skewMinutes(-12 * 60_000)).toBe(12)
    expect(skewMinutes(10_000)).toBe(1)
  })
})

describe('lastSyncText', () => {
  const now = new Date('2026-11-21T09:30:00.000Z') // 17:30 in Shanghai
  const zone = 'Asia/Shanghai'
  it('says 刚刚, minutes ago, the time today, or the date before today', () => {
    expect(lastSyncText(null, now, zone)).toBe('尚未同步')
    expect(lastSyncText('2026-11-21T17:29:31.000+08:00', now, zone)).toBe('刚刚')
    expect(lastSyncText('2026-11-21T17:30:05.000+08:00', now, zone)).toBe('刚刚')
    expect(lastSyncText('2026-11-21T17:12:00.000+08:00', now, zone)).toBe('18 分钟前')
    expect(lastSyncText('2026-11-21T08:05:00.000+08:00', now, zone)).toBe('08:05')
    expect(lastSyncText('2026-11-20T23:50:00.000+08:00', now, zone)).toBe('2026-11-20 23:50')
  })
})

describe('unsentActions', () => {
  it('counts pending actions, except in training mode where nothing is ever uploaded', () => {
    expect(unsentActions(status({ state: 'offline', pending: 3 }))).toBe(3)
    expect(unsentActions(status({ state: 'unenrolled', pending: 3 }))).toBe(0)
    expect(unsentActions(null)).toBe(0)
  })
})

describe('splitItemError', () => {
  it('separates the code main prefixes from the message', () => {
    expect(splitItemError('NETWORK: 无法连接中心（connect ECONNREFUSED 127.0.0.1:1）')).toEqual({
      code: 'NETWORK',
      message: '无法连接中心（connect ECONNREFUSED 127.0.0.1:1）'
    })
    expect(splitItemError('中心暂时不可用')).toEqual({ code: null, message: '中心暂时不可用' })
  })
})
