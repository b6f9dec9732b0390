// Channels of 异议 (disputed camera records): filing with grounds and attachments, evidence photos,
// proposals, and the supervisors' review queue. Schemas in ./disputes-schemas.
import { channel, type ChannelSpec } from '../channel-spec'
import { emptyInput, entityId } from '../schemas'
import { z } from 'zod'
import {
  DISPUTE_REQUEST_BYTES,
  attachmentFileSchema,
  attachmentInput,
  disputeChangedSchema,
  disputeCheckInput,
  disputeCheckSchema,
  disputeDetailSchema,
  disputeFileInput,
  disputeFiledSchema,
  disputeIdInput,
  disputeListSchema,
  disputeQueueSchema,
  evidenceInput,
  evidenceSchema,
  lookupInput,
  lookupSchema,
  proposeInput,
  reviewInput
} from './disputes-schemas'

const WINDOW_ROLES = ['clerk', 'supervisor'] as const

export const disputeChannels = {
  /** The person's objections and the records still open to one. */
  'dispute:list': channel({ access: 'session', roles: WINDOW_ROLES, input: z.strictObject({ personId: entityId }), output: disputeListSchema }),
  /** May an objection to this record be filed at this window? (file_dispute: where to go otherwise). */
  'dispute:check': channel({ access: 'session', roles: WINDOW_ROLES, input: disputeCheckInput, output: disputeCheckSchema }),
  /** Files the objection (dispute.file): the record becomes 异议中; the answer is the receipt to print. */
  'dispute:file': channel({ access: 'session', roles: WINDOW_ROLES, maxRequestBytes: DISPUTE_REQUEST_BYTES, input: disputeFileInput, output: disputeFiledSchema }),
  /** One objection: the record, statement, attachments, proposal, history and the rule checks for the signed-in operator. */
  'dispute:get': channel({ access: 'session', roles: WINDOW_ROLES, input: disputeIdInput, output: disputeDetailSchema }),
  /** The camera record's photos: from this workstation's cache, or fetched from central once and cached. */
  'dispute:evidence': channel({ access: 'session', roles: WINDOW_ROLES, input: evidenceInput, output: evidenceSchema }),
  /** A file attached to an objection at this window, to look at. */
  'dispute:attachment': channel({ access: 'session', roles: WINDOW_ROLES, input: attachmentInput, output: attachmentFileSchema }),
  /** Finds the right vehicle (plate + type) or the actual driver (ID number) for a proposal. */
  'dispute:lookup': channel({ access: 'session', roles: WINDOW_ROLES, input: lookupInput, output: lookupSchema }),
  /** The clerk's proposal (dispute.propose), also the re-submission after a send-back (补录). */
  'dispute:propose': channel({ access: 'session', roles: WINDOW_ROLES, maxRequestBytes: DISPUTE_REQUEST_BYTES, input: proposeInput, output: disputeChangedSchema }),
  /** Proposals awaiting review, and the signed-in operator's own objections with their outcome. */
  'dispute:queue': channel({ access: 'session', roles: WINDOW_ROLES, input: emptyInput, output: disputeQueueSchema }),
  /** A supervisor approves, rejects or sends back a proposal (dispute.review); never their own (four eyes). */
  'dispute:review': channel({ access: 'session', roles: ['supervisor'], input: reviewInput, output: disputeChangedSchema })
} as const satisfies Record<string, ChannelSpec>
