// The file types a scanned authorisation letter may have, recognised by the file's first bytes
// (never by its name or what the browser claims). Main decides with this; the screen uses the
// same test to say at once, beside the field, that a file will not be accepted.
export type LetterMime = 'application/pdf' | 'image/jpeg' | 'image/png'

const SIGNATURES: readonly { mime: LetterMime; bytes: readonly number[] }[] = [
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }
]

/** The file's type from its signature, or null when it is none of the accepted ones. */
export function sniffLetterMime(bytes: Uint8Array): LetterMime | null {
  const found = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))
  return found?.mime ?? null
}
