// The counter workflows' channels, one group per workflow, spread into the one contract.
import { bindingChannels } from './binding'
import { paymentChannels } from './payment'
import { phoneChangeChannels } from './phone-change'
import { registrationChannels } from './registration'
import { smsChannels } from './sms'

export const workflowChannels = {
  ...smsChannels,
  ...registrationChannels,
  ...phoneChangeChannels,
  ...bindingChannels,
  ...paymentChannels
} as const
