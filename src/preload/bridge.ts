// The one object the renderer sees as `window.counterdesk`. It forwards only the contract's
// channel names, and only the input, so a page can never reach an IPC channel main did not
// declare. Kept free of `electron` so it can be tested under plain Node.
import type { CounterdeskBridge } from '../shared/contract/bridge'
import type { Result } from '../shared/contract/result'

export interface UnknownChannelResult {
  ok: false
  error: { code: 'UNKNOWN_CHANNEL'; message: string }
}

export type { CounterdeskBridge }

export type InvokeIpc = (channel: string, input: unknown) => Promise<unknown>

const UNKNOWN_CHANNEL_MESSAGE = '未知的业务请求。'

export function createBridge(invokeIpc: InvokeIpc, channelNames: readonly string[]): CounterdeskBridge {
  const allowed: ReadonlySet<string> = new Set(channelNames)
  return {
    invoke(channel: unknown, input?: unknown): Promise<Result<unknown>> {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        const refused: UnknownChannelResult = {
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: UNKNOWN_CHANNEL_MESSAGE }
        }
        return Promise.resolve(refused)
      }
      // Main's IPC handlers (electron/ipc.ts) answer every contract channel with a Result envelope.
      return invokeIpc(channel, input) as Promise<Result<unknown>>
    }
  }
}
