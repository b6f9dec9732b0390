import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES } from '../../shared/contract/channel-names'
import { channelNames } from '../../shared/contract/channels'
import type { Result } from '../../shared/contract/result'
import type { AppCore, CallerContext, StartupReport } from '../core/types'
import { registerIpc, type IpcInvokeEventLike, type IpcInvokeHandler, type IpcMainLike } from './ipc'
import { createTrustedOriginCheck } from './trusted-origin'

/** Records handlers the way Electron's ipcMain keeps them, refusing a second one per channel. */
class RecordingIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, IpcInvokeHandler>()

  handle(channel: string, listener: IpcInvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, listener)
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }

  invoke(channel: string, event: IpcInvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`)
    return handler(event, ...args)
  }
}

interface Call {
  channel: string
  input: unknown
  caller: CallerContext
}

/** A real (tiny) AppCore that answers every call with what it was given. */
class EchoCore implements Pick<AppCore, 'dispatch' | 'endSession' | 'startup' | 'close'> {
  readonly calls: Call[] = []
  readonly startup: StartupReport = {
    dataDir: '/tmp/echo',
    databaseFile: '/tmp/echo/db.sqlite',
    workstationId: 'ws-echo',
    demoData: false,
    demoAccounts: [],
    demoExamples: []
  }

  async dispatch(channel: string, input: unknown, caller: CallerContext): Promise<Result<unknown>> {
    this.calls.push({ channel, input, caller })
    return { ok: true, value: { channel, input } }
  }

  readonly endedSessions: string[] = []
  endSession(sessionKey: string): void {
    this.endedSessions.push(sessionKey)
  }

  close(): void {}
}

class ThrowingCore extends EchoCore {
  override async dispatch(): Promise<Result<unknown>> {
    throw new Error('boom: /secret/path')
  }
}

const rendererDir = path.resolve('/opt/counterdesk/out/renderer')
const appPage = pathToFileURL(path.join(rendererDir, 'index.html')).href
const isTrustedSender = createTrustedOriginCheck({ rendererDir })

function eventFrom(url: string | null, senderId = 7): IpcInvokeEventLike {
  return { sender: { id: senderId }, senderFrame: url === null ? null : { url } }
}

describe('registerIpc', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('registers exactly the contract channels', () => {
    const ipcMain = new RecordingIpcMain()
    registerIpc(ipcMain, new EchoCore(), isTrustedSender, CHANNEL_NAMES)
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort())
  })

  it('refuses to register a channel twice and registers nothing on refusal', () => {
    const ipcMain = new RecordingIpcMain()
    registerIpc(ipcMain, new EchoCore(), isTrustedSender, CHANNEL_NAMES)
    expect(() => registerIpc(ipcMain, new EchoCore(), isTrustedSender, ['app:info'])).toThrow(/already registered/)

    const fresh = new RecordingIpcMain()
    expect(() => registerIpc(fresh, new EchoCore(), isTrustedSender, ['app:info', 'app:info'])).toThrow(
      /already registered/
    )
    expect(fresh.handlers.size).toBe(0)
  })

  it('removes its handlers when unregistered, so they can be registered again', () => {
    const ipcMain = new RecordingIpcMain()
    const unregister = registerIpc(ipcMain, new EchoCore(), isTrustedSender, CHANNEL_NAMES)
    unregister()
    unregister()
    expect(ipcMain.handlers.size).toBe(0)
    expect(() => registerIpc(ipcMain, new EchoCore(), isTrustedSender, CHANNEL_NAMES)).not.toThrow()
  })

  it('rejects an untrusted sender without calling the core', async () => {
    const ipcMain = new RecordingIpcMain()
    const core = new EchoCore()
    registerIpc(ipcMain, core, isTrustedSender, CHANNEL_NAMES)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})

    const rejected = {
      ok: false,
      error: { code: 'SENDER_REJECTED', message: '请求来源不受信任，已拒绝。' }
    }
    for (const url of ['https://evil.example/', 'file:///tmp/evil.html', 'about:blank']) {
      await expect(ipcMain.invoke('session:signIn', eventFrom(url), { policeNo: '1', password: 'x' })).resolves.toEqual(
        rejected
      )
    }
    await expect(ipcMain.invoke('app:info', eventFrom(null), {})).resolves.toEqual(rejected)
    expect(core.calls).toEqual([])
    expect(warn).toHaveBeenCalledTimes(4)
  })

  it("passes a trusted sender's call to core.dispatch with the Electron host and its session key", async () => {
    const ipcMain = new RecordingIpcMain()
    const core = new EchoCore()
    registerIpc(ipcMain, core, isTrustedSender, CHANNEL_NAMES)

    const result = await ipcMain.invoke('search:lookup', eventFrom(`${appPage}#/search`, 42), { query: '张三' }, 'extra')

    expect(result).toEqual({ ok: true, value: { channel: 'search:lookup', input: { query: '张三' } } })
    expect(core.calls).toEqual([
      { channel: 'search:lookup', input: { query: '张三' }, caller: { host: 'electron', sessionKey: 'wc:42' } }
    ])
  })

  it('answers INTERNAL, without the error text, when the core throws', async () => {
    const ipcMain = new RecordingIpcMain()
    registerIpc(ipcMain, new ThrowingCore(), isTrustedSender, CHANNEL_NAMES)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const result = await ipcMain.invoke('app:info', eventFrom(appPage), {})
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(logged).toHaveBeenCalledTimes(1)
  })
})
