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
  'dispute:list',
  'dispute:check',
  'dispute:file',
  'dispute:get',
  'dispute:evidence',
  'dispute:attachment',
  'dispute:lookup',
  'dispute:propose',
  'dispute:queue',
  'dispute:review',
  // printing
  'print:status',
  'print:decision',
  'print:reprint',
  'print:batch',
  'print:verify',
  'print:send',
  'print:printers',
  'print:choosePrinter',
  'print:slip',
  // report
  'report:daily',
  'report:export',
] as const

export type ChannelNameLiteral = (typeof CHANNEL_NAMES)[number]
