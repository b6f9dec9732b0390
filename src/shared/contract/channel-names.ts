// The channel names alone, without zod, for the sandboxed preload (which can bundle nothing heavy).
// channels.test.ts proves this list equals the keys of `channels`.
export const CHANNEL_NAMES = [
  'app:info',
  'session:current',
  'session:signIn',
  'session:signOut',
  'session:keepAlive',
  'session:lock',
  'session:unlock',
  'search:lookup',
  'person:open',
  'violation:process',
  'sync:status',
  'sync:list',
  'sync:now',
  'sync:resolve'
] as const

export type ChannelNameLiteral = (typeof CHANNEL_NAMES)[number]
