// What the three dispute commands share: the attachment list and the proposal's details as the
// disputes row keeps them (JSON text columns, the same on every window and at central), and the
// record's status as the rules read it.
import { z } from 'zod'
import { DISPUTE_GROUNDS, DISPUTE_OUTCOMES } from '../../shared/contract/workflows/disputes-schemas'
import type { WireRow } from '../sync/protocol'
import { textOrNull } from './rows'

/** A file attached at a window: the bytes stay there, the command and central keep its hash. */
export const attachmentRefSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(120),
  mime: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  size: z.number().int().positive()
})
export type AttachmentRef = z.infer<typeof attachmentRefSchema>

export const groundSchema = z.enum(DISPUTE_GROUNDS)
export const outcomeSchema = z.enum(DISPUTE_OUTCOMES)

/** The proposal's particulars (disputes.proposal_detail). */
export const proposalDetailSchema = z.object({
  ground: groundSchema.nullable(),
  note: z.string(),
  /** correct_plate: where the record moves, and where it was (for the history and the owner's notice). */
  vehicleId: z.string().nullable(),
  plate: z.string().nullable(),
  plateType: z.string().nullable(),
  fromPlate: z.string().nullable(),
  /** transfer: the actual driver. */
  driverPersonId: z.string().nullable(),
  /**
   * Which proposal this is (the proposing command's service record id): a review names the one it
   * read. An id, not a time: central may correct a command's time for clock skew.
   */
  revision: z.string()
})
export type ProposalDetail = z.infer<typeof proposalDetailSchema>

export function attachmentsOf(dispute: WireRow): AttachmentRef[] {
  const raw = textOrNull(dispute, 'attachments')
  if (raw === null || raw === '') return []
  return z.array(attachmentRefSchema).parse(JSON.parse(raw))
}

export function proposalDetailOf(dispute: WireRow): ProposalDetail | null {
  const raw = textOrNull(dispute, 'proposal_detail')
  if (raw === null || raw === '') return null
  return proposalDetailSchema.parse(JSON.parse(raw))
}

/** Statuses of an objection that is still being handled (the record is 异议中 meanwhile). */
export const OPEN_DISPUTE_STATUSES: ReadonlySet<string> = new Set(['open', 'proposed', 'returned'])

/** The grounds in the words of FACTS §6 (the rule's own table). */
export { VOID_GROUNDS as GROUND_NAMES } from '../rules/engine/actions/resolve-dispute'

export const OUTCOME_NAMES: Record<(typeof DISPUTE_OUTCOMES)[number], string> = {
  uphold: '维持记录',
  void: '消除记录',
  correct_plate: '更正号牌',
  transfer: '转移至实际驾驶人'
}
