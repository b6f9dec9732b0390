import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '../shared/contract/channel-names'
import { createBridge } from './bridge'

function recordingBridge() {
  const sent: { channel: string; input: unknown }[] = []
  const bridge = createBridge(async (channel, input) => {
    sent.push({ channel, input })
    return { ok: true, value: 'from main' }
  }, CHANNEL_NAMES)
  return { bridge, sent }
}

describe('preload bridge', () => {
  it('forwards contract channels with their input only', async () => {
    const { bridge, sent } = recordingBridge()
    await expect(bridge.invoke('search:lookup', { query: '王' })).resolves.toEqual({ ok: true, value: 'from main' })
    expect(sent).toEqual([{ channel: 'search:lookup', input: { query: '王' } }])
  })

  it('answers UNKNOWN_CHANNEL for anything else without touching IPC', async () => {
    const { bridge, sent } = recordingBridge()
    const unknown = { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '未知的业务请求。' } }
    for (const channel of ['db:query', 'toString', '__proto__', 'constructor', '', 'APP:INFO'] as const) {
      await expect(bridge.invoke(channel, {})).resolves.toEqual(unknown)
    }
    await expect(bridge.invoke(42 as unknown as string, {})).resolves.toEqual(unknown)
    expect(sent).toEqual([])
  })

  it('exposes nothing but invoke', () => {
    expect(Object.keys(recordingBridge().bridge)).toEqual(['invoke'])
  })
})
