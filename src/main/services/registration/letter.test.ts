import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { MAX_LETTER_BYTES } from '../../../shared/contract/workflows/registration'
import { decodeLetter } from './letter'

const b64 = (bytes: Buffer): string => bytes.toString('base64')
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 32)])

describe('the scanned authorisation letter', () => {
  it('keeps a PDF, JPEG or PNG, typed by its first bytes, with its SHA-256 and a display-only name', () => {
    const letter = decodeLetter({ fileName: 'C:\\扫描\\授权委托书.pdf', base64: b64(PDF) })
    expect(letter).toMatchObject({ fileName: '授权委托书.pdf', mime: 'application/pdf', size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') })
    expect(decodeLetter({ fileName: 'a.jpg', base64: b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])) }).mime).toBe('image/jpeg')
  })

  it('refuses other types whatever the name says, broken base64, and files over the limit', () => {
    expect(() => decodeLetter({ fileName: 'letter.pdf', base64: b64(Buffer.from('<html></html>')) })).toThrow(expect.objectContaining({ code: 'LETTER_TYPE', field: 'letter' }))
    expect(() => decodeLetter({ fileName: 'x.pdf', base64: 'not*base64' })).toThrow(expect.objectContaining({ code: 'LETTER_UNREADABLE' }))
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_LETTER_BYTES)])
    expect(() => decodeLetter({ fileName: 'big.pdf', base64: b64(big) })).toThrow(expect.objectContaining({ code: 'LETTER_TOO_LARGE' }))
  })
})
