// Channels of the supervisors' daily report: counts per clerk and per day, chart data and CSV export.
import type { ChannelSpec } from '../channel-spec'

export const reportChannels = {} as const satisfies Record<string, ChannelSpec>
