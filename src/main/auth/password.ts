// Passwords are stored as salted scrypt hashes: `scrypt$N$r$p$saltB64$hashB64`.
// The parameters travel with the hash so they can be raised later without breaking old hashes.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

// OWASP's recommended scrypt cost (N=2^17, r=8, p=1): about 0.35 s and 128 MiB per hash on a
// window workstation; a stolen database file then costs an attacker that much per guess.
const N = 131072
const R = 8
const P = 1
const KEY_LENGTH = 32
// scrypt needs 128·N·r bytes; allow up to twice that so stored hashes with a higher N still verify.
const MAX_MEMORY = 2 * 128 * N * R + 1024 * 1024

export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY })
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$')
}

export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [n, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  const salt = Buffer.from(parts[4] ?? '', 'base64')
  const expected = Buffer.from(parts[5] ?? '', 'base64')
  if (!Number.isInteger(n) || !Number.isInteger(r) || !Number.isInteger(p) || expected.length === 0) return false
  if (128 * n * r > MAX_MEMORY) return false
  const actual = scryptSync(password.normalize('NFC'), salt, expected.length, { N: n, r, p, maxmem: MAX_MEMORY })
  return timingSafeEqual(actual, expected)
}

/** A hash to compare against when the police number is unknown, so timing does not reveal which numbers exist. */
export const DUMMY_HASH = hashPassword('counterdesk-dummy-password', Buffer.alloc(16, 7))
