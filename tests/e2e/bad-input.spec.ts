// The web host's API against requests the renderer would never send: no token, a channel that does
// not exist, junk bodies. Each is refused with the right status and a Chinese sentence, and the
// desk keeps working for the clerk afterwards.
import type { APIResponse, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CLERK, openApp, searchFor, signIn, tabCredentials } from './desk'
import type { WebHost } from './web-host'

const HAS_CHINESE = /[\u4e00-\u9fff]/

interface Envelope {
  ok: boolean
  error?: { code: string; message: string; field?: string }
}

async function refusal(response: APIResponse, status: number, code: string): Promise<Envelope['error']> {
  expect(response.status(), `HTTP status of a ${code} refusal`).toBe(status)
  expect(response.headers()['content-type']).toContain('application/json')
  const body = (await response.json()) as Envelope
  expect(body).toMatchObject({ ok: false, error: { code } })
  expect(body.error?.message, 'refusals speak Chinese').toMatch(HAS_CHINESE)
  return body.error
}

/** POST to a channel as the page's own tab would, with the given headers replaced or removed. */
function invoke(
  page: Page,
  host: WebHost,
  creds: { token: string; tab: string },
  channel: string,
  body: string | Buffer,
  headers: Record<string, string | undefined> = {}
): Promise<APIResponse> {
  const merged: Record<string, string | undefined> = {
    Authorization: `Bearer ${creds.token}`,
    'X-Counterdesk-Tab': creds.tab,
    'Content-Type': 'application/json',
    ...headers
  }
  const sent = Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined))
  // A Buffer goes out byte for byte (a string with a JSON content type would be JSON-encoded again
  // by Playwright when it does not parse).
  return page.request.post(`${host.origin}/api/invoke/${encodeURIComponent(channel)}`, {
    headers: sent,
    data: typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  })
}

test('refuses requests without a token, for unknown channels and with junk input; the desk still works', async ({ page, host, data }) => {
  await openApp(page, host)
  const creds = await tabCredentials(page)

  await test.step('no token → 401, in Chinese (from the page itself)', async () => {
    const answer = await page.evaluate(async (path) => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Counterdesk-Tab': '6f1c2a8e-7d2b-4c1e-9b7a-0d3f5e6a7b8c' },
        body: '{}'
      })
      return { status: response.status, body: (await response.json()) as Envelope }
    }, `/api/invoke/${encodeURIComponent('app:info')}`)
    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } })
    expect(answer.body.error?.message).toMatch(HAS_CHINESE)
  })

  await test.step('no token, or a wrong one → 401', async () => {
    const missing = await refusal(await invoke(page, host, creds, 'app:info', '{}', { Authorization: undefined }), 401, 'TOKEN_INVALID')
    expect(missing?.message).toContain('访问凭据')
    await refusal(await invoke(page, host, creds, 'app:info', '{}', { Authorization: `Bearer ${'x'.repeat(43)}` }), 401, 'TOKEN_INVALID')
  })

  await test.step('unknown channel → 404', async () => {
    const unknown = await refusal(await invoke(page, host, creds, 'people:deleteAll', '{}'), 404, 'UNKNOWN_CHANNEL')
    expect(unknown?.message).toBe('未知的业务请求。')
    await refusal(await invoke(page, host, creds, '__proto__', '{}'), 404, 'UNKNOWN_CHANNEL')
  })

  await test.step('junk input → 400', async () => {
    await refusal(await invoke(page, host, creds, 'session:signIn', '{"policeNo": "100001", "password":'), 400, 'INVALID_JSON')
    await refusal(await invoke(page, host, creds, 'session:signIn', '\u0000 garbage <xml/>'), 400, 'INVALID_JSON')
    await refusal(await invoke(page, host, creds, 'session:signIn', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 400, 'INVALID_JSON')
    const wrongType = await refusal(
      await invoke(page, host, creds, 'session:signIn', JSON.stringify({ policeNo: 100001, password: ['demo'] })),
      400,
      'INVALID_INPUT'
    )
    expect(wrongType?.field).toBe('policeNo')
    await refusal(
      await invoke(page, host, creds, 'session:signIn', JSON.stringify({ ...CLERK, role: 'admin' })),
      400,
      'INVALID_INPUT'
    )
    await refusal(await invoke(page, host, creds, 'search:lookup', JSON.stringify({ query: '粤'.repeat(300) })), 400, 'INVALID_INPUT')
    await refusal(await invoke(page, host, creds, 'app:info', '[]'), 400, 'INVALID_INPUT')
    await refusal(await invoke(page, host, creds, 'app:info', '{}', { 'X-Counterdesk-Tab': 'not-a-uuid' }), 400, 'TAB_ID_INVALID')
  })

  await test.step('the desk still works: the clerk signs in and searches', async () => {
    await signIn(page, CLERK)
    const person = data.personWithLicenseVehicleAndPhone()
    const search = await searchFor(page, person.idNumber)
    await expect(search.results.getByRole('row').filter({ hasText: person.name })).toHaveCount(1)
    await expect(search.alert).toHaveCount(0)
  })
})
