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
  'sync:resolve',
  // sms (keep each group's names together; one edit per group)
  'sms:send',
  'sms:verify',
  // registration
  'idcard:status',
  'idcard:read',
  'registration:validate',
  'registration:check',
  'registration:submit',
  // phone-change
  'phone:targets',
  'phone:check',
  'phone:change',
  // binding
  'binding:list',
  'binding:check',
  'binding:create',
  'binding:remove',
  'binding:reviews',
  'binding:review',
  // payment
  'violation:previewBatch',
  'violation:processBatch',
  'payment:quote',
  'payment:record',
  'payment:cashup',
  // disputes
  // printing
  // report
] as const

export type ChannelNameLiteral = (typeof CHANNEL_NAMES)[number]
