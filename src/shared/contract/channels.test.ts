import { describe, expect, it } from 'vitest'
import { channels, channelNames, isChannelName } from './channels'
import { CHANNEL_NAMES } from './channel-names'

describe('channel contract', () => {
  it('lists the same channels for the preload as the typed contract', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...channelNames].sort())
  })

  it('names every channel domain:verb', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]+$/)
  })

  it('does not treat prototype keys as channels', () => {
    expect(isChannelName('toString')).toBe(false)
    expect(isChannelName('__proto__')).toBe(false)
    expect(isChannelName('search:lookup')).toBe(true)
  })

  it('refuses extra fields in inputs', () => {
    const parsed = channels['search:lookup'].input.safeParse({ query: 'x', sql: 'drop table' })
    expect(parsed.success).toBe(false)
  })
})
