import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './password'

describe('password hashing', () => {
  it('accepts the right password and refuses a wrong one', () => {
    const stored = hashPassword('Clerk#2026')
    expect(verifyPassword('Clerk#2026', stored)).toBe(true)
    expect(verifyPassword('clerk#2026', stored)).toBe(false)
  })

  it('salts every hash, so equal passwords are stored differently', () => {
    expect(hashPassword('same')).not.toEqual(hashPassword('same'))
  })

  it('never stores the password itself', () => {
    expect(hashPassword('Clerk#2026')).not.toContain('Clerk#2026')
  })

  it('refuses a stored hash that demands absurd memory instead of trying it', () => {
    const stored = hashPassword('x').split('$')
    stored[1] = String(2 ** 30)
    expect(verifyPassword('x', stored.join('$'))).toBe(false)
  })

  it('refuses malformed stored hashes instead of throwing', () => {
    expect(verifyPassword('x', 'plain-text')).toBe(false)
    expect(verifyPassword('x', 'scrypt$a$b$c$d$')).toBe(false)
  })
})
