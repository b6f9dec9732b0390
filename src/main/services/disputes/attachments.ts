// Files a citizen brings to an objection (scans, photos): base64 from the screen, decoded and
// checked here before anything is written. The type is read from the file's first bytes (PDF,
// JPEG, PNG only), never from its name or what the browser claimed; the size is capped. The
// SHA-256 names the file in the command (central keeps the hash), the audit entry and the
// history; the bytes stay in this window's attachments table.
import { createHash, randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import { MAX_ATTACHMENT_BYTES } from '../../../shared/contract/workflows/disputes-schemas'
import { sniffLetterMime, type LetterMime } from '../../../shared/contract/workflows/letter-types'
import type { AttachmentRef } from '../../commands/dispute-rows'
import type { DisputeQueries } from './queries'
import { decodeBase64File, displayFileName } from '../uploaded-file'

export interface DecodedFile extends AttachmentRef {
  mime: LetterMime
  bytes: Buffer
}


/** Decodes and checks every file; one bad file refuses them all, naming it. */
export function decodeAttachments(inputs: readonly { fileName: string; base64: string }[]): DecodedFile[] {
  const files: DecodedFile[] = []
  inputs.forEach((input, i) => {
    const name = displayFileName(input.fileName, `附件${i + 1}`)
    const bytes = decodeBase64File(input.base64)
    if (bytes === null) throw new DomainError('ATTACHMENT_UNREADABLE', `附件“${name}”内容损坏，请重新选择文件`, 'attachments')
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new DomainError(
        'ATTACHMENT_TOO_LARGE',
        `附件“${name}”过大（${(bytes.length / 1048576).toFixed(1)} MB），单个附件不能超过 ${MAX_ATTACHMENT_BYTES / 1048576} MB`,
        'attachments'
      )
    }
    const mime = sniffLetterMime(bytes)
    if (mime === null) throw new DomainError('ATTACHMENT_TYPE', `附件“${name}”不是 PDF、JPEG 或 PNG 文件，只接受这三种格式的扫描件或照片`, 'attachments')
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    // The same file chosen twice is kept once.
    if (!files.some((f) => f.sha256 === sha256)) files.push({ name, mime, size: bytes.length, sha256, bytes })
  })
  return files
}

export const refsOf = (files: readonly DecodedFile[]): AttachmentRef[] => files.map(({ sha256, name, mime, size }) => ({ sha256, name, mime, size }))

/** Stores the bytes under the objection (inside the action's transaction). */
export function storeAttachments(q: DisputeQueries, files: readonly DecodedFile[], disputeId: string, at: string, operatorId: string): void {
  const have = new Set(q.localHashes.all(disputeId) as string[])
  for (const f of files) {
    if (have.has(f.sha256)) continue
    q.insertAttachment.run({ id: randomUUID(), sha256: f.sha256, name: f.name, mime: f.mime, size: f.size, bytes: f.bytes, ownerId: disputeId, createdAt: at, operatorId })
  }
}
