// Commands that change no data and exist so central holds the workstation's audit anchors for
// sensitive reads (opening a person's full record).
import { z } from 'zod'
import { defineCommand } from './types'

export const personViewed = defineCommand({
  type: 'audit.personViewed',
  payload: z.strictObject({ personId: z.string().min(1).max(64) }),
  reads: () => [],
  decide: () => ({ ok: true, writes: [] })
})
