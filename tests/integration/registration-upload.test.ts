// A unit's scanned letter travels in registration:submit through the web host: that one channel
// takes a body up to the letter's limit (every other channel keeps the 64 KB cap), the letter is
// stored with its SHA-256 in the same transaction as the registration, and a body over the
// channel's own limit is refused with 413 before main sees it. The workstation has no central
// here (training mode), so the registration is saved as pending central confirmation.
import { createHash, randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { MAX_REQUEST_BYTES } from '../../src/shared/contract/limits'
import { MAX_LETTER_BYTES } from '../../src/shared/contract/workflows/registration'
import { DEMO_CLERK, db, errorOf, invoke, useWebHost } from './web-host-harness'

useWebHost()

describe('registration:submit over the web host', () => {
  const tab = randomUUID()
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1024 * 1024, 0x5a)])

  it('takes a 1 MB letter (over the 64 KB default) and keeps it with its SHA-256', async () => {
    expect((await invoke('session:signIn', DEMO_CLERK, tab)).status).toBe(200)
    const read = await invoke('idcard:read', { source: 'reader', newIdentity: true }, tab)
    const { card } = (read.json() as { value: { card: unknown } }).value
    const body = {
      applicant: {
        kind: 'unit',
        unit: { creditCode: '91440300708461136T', name: '深圳市测试科技有限公司', address: '广东省深圳市南山区科技路9号' },
        manager: card,
        letter: { fileName: '授权委托书.jpg', base64: jpeg.toString('base64') }
      },
      phone: '19700000123',
      identityConfirmed: true,
      challengeId: null,
      changeRecordPhones: false
    }
    expect(JSON.stringify(body).length).toBeGreaterThan(MAX_REQUEST_BYTES)
    const res = await invoke('registration:submit', body, tab)
    expect(res.status).toBe(200)
    const slip = (res.json() as { value: { offline: boolean; accountId: string; letter: { sha256: string } } }).value
    const sha256 = createHash('sha256').update(jpeg).digest('hex')
    expect(slip).toMatchObject({ offline: true, letter: { sha256 } })
    expect(db.prepare('SELECT mime, size, owner_id FROM attachments WHERE sha256 = ?').get(sha256)).toEqual({ mime: 'image/jpeg', size: jpeg.length, owner_id: slip.accountId })
    expect(db.prepare("SELECT status FROM accounts WHERE id = ?").get(slip.accountId)).toEqual({ status: 'pending' })
  })

  it('refuses a body over the channel\'s own limit with 413, and other channels keep the default', async () => {
    const tooBig = { applicant: { letter: { base64: 'A'.repeat(Math.ceil(MAX_LETTER_BYTES * 1.5)) } } }
    const res = await invoke('registration:submit', tooBig, tab)
    expect(res.status).toBe(413)
    expect(errorOf(res).code).toBe('REQUEST_TOO_LARGE')
    const elsewhere = await invoke('registration:check', { applicant: { letter: 'A'.repeat(MAX_REQUEST_BYTES) }, phone: '' }, tab)
    expect(elsewhere.status).toBe(413)
  })
})
