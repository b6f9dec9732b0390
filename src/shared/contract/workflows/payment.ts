// Channels of the counter workflow: 缴款: amount due today, recording a payment, the clerk's daily
// cash-up; processing several violations at once (a preview where the points add up, then one
// decision per violation, all or none).
import { channel, type ChannelSpec } from '../channel-spec'
import {
  batchPreviewInput,
  batchPreviewSchema,
  batchProcessInput,
  batchResultSchema,
  cashUpInput,
  cashUpSchema,
  paymentQuoteSchema,
  paymentReceiptSchema,
  quoteInput,
  recordPaymentInput
} from './payment-schemas'

export const paymentChannels = {
  /** The window verdict of each selected violation as it will be decided, the points of the ones before it added. */
  'violation:previewBatch': channel({ access: 'session', roles: ['clerk', 'supervisor'], input: batchPreviewInput, output: batchPreviewSchema }),
  /** Processes the selected violations in one transaction: a decision for each, or none if one is refused. */
  'violation:processBatch': channel({ access: 'session', roles: ['clerk', 'supervisor'], input: batchProcessInput, output: batchResultSchema }),
  /** What is due today on a decision: fine and late fee itemised, due date, days late, and whether it may be paid now. */
  'payment:quote': channel({ access: 'session', roles: ['clerk', 'supervisor'], input: quoteInput, output: paymentQuoteSchema }),
  /** Records a fine paid with its bank receipt number (payment.record). */
  'payment:record': channel({ access: 'session', roles: ['clerk', 'supervisor'], input: recordPaymentInput, output: paymentReceiptSchema }),
  /** A clerk's payments of one day with their totals; supervisors may look at any clerk's. */
  'payment:cashup': channel({ access: 'session', roles: ['clerk', 'supervisor'], input: cashUpInput, output: cashUpSchema })
} as const satisfies Record<string, ChannelSpec>
