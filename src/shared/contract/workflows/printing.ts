// Channels of printed documents: the penalty decision and the slips rendered to PDF by Chromium, the archive, reprints (补打) and batch printing.
import type { ChannelSpec } from '../channel-spec'

export const printingChannels = {} as const satisfies Record<string, ChannelSpec>
