// The renderer's only door to main. Screens call `invoke` with a channel of the typed contract and
// get a typed Result back; which host carries the call (Electron IPC or the local web host) is
// decided here and nowhere else.
import type { ChannelInput, ChannelName, ChannelOutput, Result } from '../../../shared/contract'
import { hostUnreachable, isResultEnvelope } from './envelope'
import { adoptTokenFromLocation, invokeOverHttp } from './web-transport'

async function invokeOverIpc(channel: string, input: unknown): Promise<Result<unknown>> {
  const bridge = window.counterdesk
  if (bridge === undefined) return hostUnreachable()
  try {
    const answer: unknown = await bridge.invoke(channel, input)
    return isResultEnvelope(answer) ? answer : hostUnreachable()
  } catch {
    return hostUnreachable()
  }
}

/** Call once at start-up so a #token=… leaves the address bar before anything renders. */
export function initClient(): void {
  if (window.counterdesk === undefined) adoptTokenFromLocation()
}

export async function invoke<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>
): Promise<Result<ChannelOutput<C>>> {
  const result = window.counterdesk !== undefined ? await invokeOverIpc(channel, input) : await invokeOverHttp(channel, input)
  // Main parses every output with the channel's schema before it leaves, so a successful value
  // already has the contract's shape; re-validating here would pull zod into the renderer.
  return result as Result<ChannelOutput<C>>
}
