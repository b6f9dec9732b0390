// The per-launch access token of the web host. It travels to the browser in the printed address
// (#token=…, never sent to the server in the URL) and comes back as `Authorization: Bearer …`.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,256}$/

/** 32 random bytes, base64url (43 characters). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url')
}

/** A token handed in by the caller must be as unguessable and as URL-safe as a generated one. */
export function assertUsableToken(token: string): void {
  if (!TOKEN_SHAPE.test(token)) {
    throw new Error('web host token must be 32 to 256 characters of base64url (A-Z a-z 0-9 _ -)')
  }
}

/**
 * Constant-time comparison. Both sides are hashed first so the comparison does not even reveal
 * the length of the expected token.
 */
export function tokensEqual(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest()
  const b = createHash('sha256').update(expected, 'utf8').digest()
  return timingSafeEqual(a, b)
}

/** The token out of `Authorization: Bearer <token>`, or null when the header has another shape. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null
  const match = /^Bearer[ ]+([^\s]+)[ ]*$/i.exec(header)
  return match?.[1] ?? null
}
