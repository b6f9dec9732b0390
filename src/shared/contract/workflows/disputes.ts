// Channels of 异议 (disputed camera records): filing with grounds and attachments, evidence photos, proposals, and the supervisors' review queue.
import type { ChannelSpec } from '../channel-spec'

export const disputeChannels = {} as const satisfies Record<string, ChannelSpec>
