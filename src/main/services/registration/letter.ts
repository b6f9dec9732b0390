// A unit's authorisation letter (授权委托书) as the clerk scanned it: base64 from the screen,
// decoded and checked here. The type is read from the file's first bytes, never from its name or
// what the browser claimed, and only PDF, JPEG and PNG are kept; the size is capped. The SHA-256
// names the exact file in the command, the audit entry and the history.
import { createHash } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import { MAX_LETTER_BYTES } from '../../../shared/contract/workflows/registration'
import { sniffLetterMime, type LetterMime } from '../../../shared/contract/workflows/letter-types'
import { decodeBase64File, displayFileName } from '../uploaded-file'

export interface Letter {
  fileName: string
  mime: LetterMime
  size: number
  sha256: string
  bytes: Buffer
}


export function decodeLetter(input: { fileName: string; base64: string }): Letter {
  if (input.base64.replace(/\s+/g, '') === '') throw new DomainError('LETTER_MISSING', '请上传授权委托书扫描件', 'letter')
  const bytes = decodeBase64File(input.base64)
  if (bytes === null) throw new DomainError('LETTER_UNREADABLE', '授权委托书文件内容损坏，请重新选择文件', 'letter')
  if (bytes.length > MAX_LETTER_BYTES) {
    throw new DomainError('LETTER_TOO_LARGE', `授权委托书文件过大（${(bytes.length / 1048576).toFixed(1)} MB），不能超过 ${MAX_LETTER_BYTES / 1048576} MB`, 'letter')
  }
  const mime = sniffLetterMime(bytes)
  if (mime === null) throw new DomainError('LETTER_TYPE', '授权委托书只接受 PDF、JPEG 或 PNG 格式的扫描件', 'letter')
  return { fileName: displayFileName(input.fileName, '授权委托书'), mime, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), bytes }
}
