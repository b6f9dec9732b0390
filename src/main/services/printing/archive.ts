// The print archive (printed_documents): each issued document's first PDF with its SHA-256, the
// digest of its content and its reprint count. The content itself is kept beside it as a JSON
// attachment (attachments, owner 'printed_document') whose SHA-256 is the content digest, so a
// reprint renders exactly what was first issued even after the person's data or the window's
// settings have changed. Only called inside write-path transactions (writes) or for reading.
import type Database from 'better-sqlite3'
import { canonicalJson } from '../../audit/canonical-json'

export interface ArchivedDocument {
  id: string
  kind: string
  subject_id: string
  content_digest: string
  pdf_sha256: string
  first_printed_at: string
  operator_id: string | null
  reprints: number
  last_printed_at: string
}

export interface ArchiveEntry {
  id: string
  kind: string
  subjectId: string
  contentDigest: string
  content: object
  pdf: Buffer
  pdfSha256: string
  at: string
  operatorId: string
}

const COLUMNS = 'id, kind, subject_id, content_digest, pdf_sha256, first_printed_at, operator_id, reprints, last_printed_at'
export const CONTENT_OWNER = 'printed_document'

export function prepareArchive(sqlite: Database.Database) {
  const bySubject = sqlite.prepare(`SELECT ${COLUMNS} FROM printed_documents WHERE kind = ? AND subject_id = ?`)
  const byId = sqlite.prepare(`SELECT ${COLUMNS} FROM printed_documents WHERE id = ?`)
  const pdfOf = sqlite.prepare('SELECT pdf FROM printed_documents WHERE id = ?').pluck()
  const contentOf = sqlite.prepare(`SELECT bytes FROM attachments WHERE owner_type = '${CONTENT_OWNER}' AND owner_id = ?`).pluck()
  const insertDocument = sqlite.prepare(
    `INSERT INTO printed_documents (id, kind, subject_id, content_digest, pdf_sha256, pdf, first_printed_at, operator_id, reprints, last_printed_at)
     VALUES (@id, @kind, @subjectId, @contentDigest, @pdfSha256, @pdf, @at, @operatorId, 0, @at)`
  )
  const insertContent = sqlite.prepare(
    `INSERT INTO attachments (id, sha256, name, mime, size, bytes, owner_type, owner_id, created_at, operator_id)
     VALUES (@id, @sha256, 'content.json', 'application/json', @size, @bytes, '${CONTENT_OWNER}', @ownerId, @at, @operatorId)`
  )
  const countReprint = sqlite.prepare('UPDATE printed_documents SET reprints = reprints + 1, last_printed_at = ? WHERE id = ? AND reprints = ?')

  return {
    find: (kind: string, subjectId: string) => bySubject.get(kind, subjectId) as ArchivedDocument | undefined,
    get: (id: string) => byId.get(id) as ArchivedDocument | undefined,
    pdf: (id: string) => pdfOf.get(id) as Buffer | undefined,
    /** The content as first issued. */
    content<T>(id: string): T {
      const bytes = contentOf.get(id) as Buffer | undefined
      if (bytes === undefined) throw new Error(`printed document ${id} has no content snapshot`)
      return JSON.parse(bytes.toString('utf8')) as T
    },
    insert(entry: ArchiveEntry): void {
      insertDocument.run(entry)
      const bytes = Buffer.from(canonicalJson(entry.content), 'utf8')
      insertContent.run({ id: entry.id, sha256: entry.contentDigest, size: bytes.length, bytes, ownerId: entry.id, at: entry.at, operatorId: entry.operatorId })
    },
    /** Counts one more reprint if nobody counted it meanwhile; false when the count moved. */
    countReprint: (id: string, expectedReprints: number, at: string): boolean => countReprint.run(at, id, expectedReprints).changes === 1
  }
}

export type Archive = ReturnType<typeof prepareArchive>
