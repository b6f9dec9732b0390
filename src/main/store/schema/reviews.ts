// Objections (异议) to violation records, and the supervisor review queue they feed.
import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core'
import { violations } from './violations'
import { operators } from './operators'

export const disputes = sqliteTable(
  'disputes',
  {
    id: text('id').primaryKey(),
    violationId: text('violation_id')
      .notNull()
      .references(() => violations.id),
    /** One of the voiding grounds of FACTS §6, or "other". */
    ground: text('ground').notNull(),
    statement: text('statement').notNull(),
    status: text('status', { enum: ['open', 'proposed', 'approved', 'rejected', 'returned'] }).notNull(),
    proposal: text('proposal', { enum: ['uphold', 'void', 'correct_plate', 'transfer'] }),
    /**
     * The filing operator's id. No foreign key: disputes travel between windows, and another
     * window's operators are not in this one's operators table (filedByNo names the person).
     */
    filedBy: text('filed_by').notNull(),
    filedAt: text('filed_at').notNull(),
    resolvedAt: text('resolved_at'),
    /** The citizen who objected (the party at the window). */
    personId: text('person_id'),
    /** 警号 of the filing clerk (central compares police numbers: operators are per workstation). */
    filedByNo: text('filed_by_no'),
    /** JSON: what the proposal needs (void ground, the corrected plate's vehicle, the actual driver). */
    proposalDetail: text('proposal_detail'),
    proposedBy: text('proposed_by'),
    proposedByNo: text('proposed_by_no'),
    proposedAt: text('proposed_at'),
    reviewedBy: text('reviewed_by'),
    reviewedByNo: text('reviewed_by_no'),
    reviewComment: text('review_comment'),
    /** JSON list of attached files: sha256, name, mime, size (the bytes stay in attachments). */
    attachments: text('attachments'),
    updatedAt: text('updated_at')
  },
  (t) => [index('disputes_violation').on(t.violationId, t.status)]
)

export const reviewTasks = sqliteTable(
  'review_tasks',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['dispute', 'binding', 'sync_conflict'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    status: text('status', { enum: ['open', 'approved', 'rejected', 'returned'] }).notNull(),
    proposerId: text('proposer_id').references(() => operators.id),
    reviewerId: text('reviewer_id').references(() => operators.id),
    comment: text('comment'),
    /** sync_conflict: what the supervisor did with the rejected action (reissue, void, escalate). */
    resolution: text('resolution', { enum: ['reissue', 'void', 'escalate'] }),
    createdAt: text('created_at').notNull(),
    decidedAt: text('decided_at')
  },
  (t) => [index('review_tasks_open').on(t.status, t.kind, t.createdAt)]
)
