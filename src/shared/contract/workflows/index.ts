// The counter workflows' channels, one group per workflow, spread into the one contract.
import { bindingChannels } from './binding'
import { disputeChannels } from './disputes'
import { printingChannels } from './printing'
import { reportChannels } from './report'
import { paymentChannels } from './payment'
import { phoneChangeChannels } from './phone-change'
import { registrationChannels } from './registration'
import { smsChannels } from './sms'

export const workflowChannels = {
  ...smsChannels,
  ...registrationChannels,
  ...phoneChangeChannels,
  ...bindingChannels,
  ...paymentChannels,
  ...disputeChannels,
  ...printingChannels,
  ...reportChannels
} as const
