// Central's HTTP face refuses bad input with a precise code and a Chinese message, and writes
// nothing: junk bodies, truncated JSON, unknown command types, a missing or forged credential, an
// enrolment code used twice, a workstation outside the jurisdiction.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROTOCOL_HEADER } from '../../src/main/sync/protocol'
import { startTestCentral, type TestCentral } from './support/harness'

describe('central HTTP: bad input writes nothing', () => {
  let central: TestCentral
  let auth: Record<string, string>
  let workstationId: string

  beforeAll(async () => {
    central = await startTestCentral('pglite', { people: 10 })
    workstationId = randomUUID()
    const enrolled = await post('/sync/v1/enrol', { enrolmentCode: await central.issueCode(), workstationId, workstationName: '测试窗口', regionCode: '440305' })
    const body = (await enrolled.json()) as { secret: string }
    auth = { authorization: `Workstation ${workstationId}:${body.secret}` }
  }, 120_000)
  afterAll(async () => {
    await central.close()
  })

  function post(path: string, body: unknown, headers: Record<string, string> = {}, raw?: string): Promise<Response> {
    return fetch(central.url + path, {
      method: 'POST',
      headers: { [PROTOCOL_HEADER]: '1', 'content-type': 'application/json', ...headers },
      body: raw ?? JSON.stringify(body)
    })
  }

  async function commandCount(): Promise<number> {
    return Number((await central.db.query<{ n: string }>('SELECT count(*)::text AS n FROM commands'))[0]!.n)
  }

  it('a truncated JSON body: 400 BAD_REQUEST, nothing applied', async () => {
    const r = await post('/sync/v1/push', null, auth, '{"commands":[{"id":"0190')
    expect(r.status).toBe(400)
    expect(await r.json()).toMatchObject({ error: { code: 'BAD_REQUEST', transient: false } })
    expect(await commandCount()).toBe(0)
  })

  it('a command with a malformed shape names the field', async () => {
    const r = await post('/sync/v1/push', { commands: [{ id: 'not-a-uuid', seq: 1, type: 'violation.process', payload: {} }] }, auth)
    expect(r.status).toBe(400)
    const body = (await r.json()) as { error: { message: string } }
    expect(body.error.message).toContain('commands.0')
    expect(await commandCount()).toBe(0)
  })

  it('an unknown command type is rejected for that command only, with a reason', async () => {
    const command = {
      id: randomUUID(),
      seq: 1,
      type: 'account.delete',
      payload: { operatorId: null, workstationId, clientTime: '2026-11-21T10:00:00+08:00', audit: { seq: 1, hash: 'a'.repeat(64) }, data: {} }
    }
    const r = await post('/sync/v1/push', { commands: [command] }, auth)
    expect(r.status).toBe(200)
    const body = (await r.json()) as { results: { status: string; code: string }[] }
    expect(body.results[0]).toMatchObject({ status: 'rejected', code: 'COMMAND_UNKNOWN' })
  })

  it('no credential or a forged one: 401, and a pull is refused too', async () => {
    expect((await post('/sync/v1/push', { commands: [] })).status).toBe(401)
    const forged = await fetch(`${central.url}/sync/v1/pull?epoch=x&x=0&s=0`, {
      headers: { [PROTOCOL_HEADER]: '1', authorization: `Workstation ${workstationId}:${'A'.repeat(43)}` }
    })
    expect(forged.status).toBe(401)
    expect(await forged.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } })
  })

  it('an enrolment code works once; a region outside the jurisdiction is refused', async () => {
    const code = await central.issueCode()
    expect((await post('/sync/v1/enrol', { enrolmentCode: code, workstationId: randomUUID(), workstationName: 'A', regionCode: '440305' })).status).toBe(200)
    const again = await post('/sync/v1/enrol', { enrolmentCode: code, workstationId: randomUUID(), workstationName: 'B', regionCode: '440305' })
    expect(again.status).toBe(403)
    expect(await again.json()).toMatchObject({ error: { code: 'ENROLMENT_CODE' } })
    const outside = await post('/sync/v1/enrol', { enrolmentCode: await central.issueCode(), workstationId: randomUUID(), workstationName: 'C', regionCode: '110105' })
    expect(outside.status).toBe(403)
    const body = (await outside.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('JURISDICTION')
    expect(body.error.message).toContain('110105')
  })
})
