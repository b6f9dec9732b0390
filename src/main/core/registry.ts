// Handlers keyed by channel. A channel can be registered once; the core refuses to start while
// any contract channel lacks a handler, so a renderer can never call something main forgot.
import type { ChannelInput, ChannelName, ChannelOutput, Channels } from '../../shared/contract/channels'
import { channelNames } from '../../shared/contract/channels'
import type { z } from 'zod'
import type { CallerContext } from './types'
import type { Session } from './sessions'

export interface HandlerContext {
  caller: CallerContext
  /** The caller's session; null only on public channels. */
  session: Session | null
}

export type Handler<C extends ChannelName> = (
  input: z.output<Channels[C]['input']>,
  ctx: HandlerContext
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

export type HandlerMap = { [C in ChannelName]: Handler<C> }

export interface Registry {
  register<C extends ChannelName>(channel: C, handler: Handler<C>): void
  get<C extends ChannelName>(channel: C): Handler<C> | undefined
  assertComplete(): void
}

export function createRegistry(): Registry {
  const handlers = new Map<ChannelName, Handler<ChannelName>>()
  return {
    register(channel, handler) {
      if (handlers.has(channel)) throw new Error(`Handler for ${channel} is already registered`)
      handlers.set(channel, handler as unknown as Handler<ChannelName>)
    },
    get<C extends ChannelName>(channel: C) {
      return handlers.get(channel) as Handler<C> | undefined
    },
    assertComplete() {
      const missing = channelNames.filter((c) => !handlers.has(c))
      if (missing.length > 0) throw new Error(`No handler for channel(s): ${missing.join(', ')}`)
    }
  }
}

export function registerAll(registry: Registry, map: Partial<HandlerMap>): void {
  for (const name of Object.keys(map) as ChannelName[]) {
    const handler = map[name]
    if (handler) registry.register(name, handler as Handler<typeof name>)
  }
}

/** For handlers' own input typing without repeating the schema. */
export type InputOf<C extends ChannelName> = ChannelInput<C>
