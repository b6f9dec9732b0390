// The print archive: every issued document's PDF kept with its SHA-256, so a reprint hands over
// the same content (marked 补打 with its count) and a printed copy can be verified later.
import { sqliteTable, text, integer, blob, index, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const printedDocuments = sqliteTable(
  'printed_documents',
  {
    id: text('id').primaryKey(),
    /** decision, registration_slip, phone_change_slip, binding_slip, payment_receipt, dispute_receipt, … */
    kind: text('kind').notNull(),
    /** The business the document is about (decision id, account id, …). */
    subjectId: text('subject_id').notNull(),
    /** Digest of the document's content (fields), carried in its QR code; equal for every reprint. */
    contentDigest: text('content_digest').notNull(),
    /** SHA-256 of the first issue's PDF bytes. */
    pdfSha256: text('pdf_sha256').notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
    firstPrintedAt: text('first_printed_at').notNull(),
    operatorId: text('operator_id'),
    /** Reprints (补打) so far. */
    reprints: integer('reprints').notNull().default(0),
    lastPrintedAt: text('last_printed_at').notNull()
  },
  (t) => [uniqueIndex('printed_documents_subject').on(t.kind, t.subjectId), index('printed_documents_day').on(t.firstPrintedAt)]
)
