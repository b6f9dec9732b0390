// Passwords are stored as salted scrypt hashes: `scrypt$N$r$p$saltB64$hashB64`.
// The parameters travel with the hash so they can be raised later without breaking old hashes.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

const N = 16384
const R = 8
const P = 1
const KEY_LENGTH = 32

export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P })
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$')
}

export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [n, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  const salt = Buffer.from(parts[4] ?? '', 'base64')
  const expected = Buffer.from(parts[5] ?? '', 'base64')
  if (!Number.isInteger(n) || !Number.isInteger(r) || !Number.isInteger(p) || expected.length === 0) return false
  const actual = scryptSync(password.normalize('NFC'), salt, expected.length, { N: n, r, p, maxmem: 64 * 1024 * 1024 })
  return timingSafeEqual(actual, expected)
}

/** A hash to compare against when the police number is unknown, so timing does not reveal which numbers exist. */
export const DUMMY_HASH = hashPassword('counterdesk-dummy-password', Buffer.alloc(16, 7))
