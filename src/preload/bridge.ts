// The one object the renderer sees as `window.counterdesk`. It forwards only the contract's
// channel names, and only the input, so a page can never reach an IPC channel main did not
// declare. Kept free of `electron` so it can be tested under plain Node.
export interface UnknownChannelResult {
  ok: false
  error: { code: 'UNKNOWN_CHANNEL'; message: string }
}

export interface CounterdeskBridge {
  invoke(channel: string, input?: unknown): Promise<unknown>
}

export type InvokeIpc = (channel: string, input: unknown) => Promise<unknown>

const UNKNOWN_CHANNEL_MESSAGE = '未知的业务请求。'

export function createBridge(invokeIpc: InvokeIpc, channelNames: readonly string[]): CounterdeskBridge {
  const allowed: ReadonlySet<string> = new Set(channelNames)
  return {
    invoke(channel: unknown, input?: unknown): Promise<unknown> {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        const refused: UnknownChannelResult = {
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: UNKNOWN_CHANNEL_MESSAGE }
        }
        return Promise.resolve(refused)
      }
      return invokeIpc(channel, input)
    }
  }
}
