// Another window processing a record or taking a fine, as central sees it: a client enrolled with
// central's admin token (from <central data>/central.json) that pushes one `violation.process` or
// `payment.record` command over the sync protocol, exactly as a workstation would
// (src/main/sync/protocol.ts, src/central/simulate.ts). Tests use it to make central refuse the
// desk's own processing of the same record, or its second payment of the same decision.
import { createHash, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const PROTOCOL = { 'x-counterdesk-protocol': '1' }

/** Now as central's zoned ISO time at +08:00: 2026-11-21T17:28:00.000+08:00. */
function shanghaiNow(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().replace('Z', '+08:00')
}

async function post(url: string, headers: Record<string, string>, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...PROTOCOL, 'x-counterdesk-client-time': new Date().toISOString(), 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body)
  })
  const answer: unknown = await response.json()
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(answer)}`)
  return answer
}

export interface ProcessedElsewhere {
  status: string
  code?: string
  assigned?: Record<string, string>
}

/** Enrols a fresh window with central and pushes one command from it, as a workstation would. */
async function pushAtAnotherWindow(centralUrl: string, centralDataDir: string, type: string, data: unknown): Promise<ProcessedElsewhere> {
  const config = JSON.parse(readFileSync(path.join(centralDataDir, 'central.json'), 'utf8')) as { adminToken: string }
  const { code } = (await post(`${centralUrl}/admin/v1/enrolment-codes`, { authorization: `Bearer ${config.adminToken}` }, { kind: 'window' })) as {
    code: string
  }
  const workstationId = randomUUID()
  const { secret } = (await post(`${centralUrl}/sync/v1/enrol`, {}, {
    enrolmentCode: code,
    workstationId,
    workstationName: '其他窗口（测试）',
    regionCode: '440305'
  })) as { secret: string }
  const hash = createHash('sha256').update(type).update(JSON.stringify(data)).digest('hex')
  const command = {
    id: randomUUID(),
    seq: 1,
    type,
    payload: { operatorId: null, workstationId, clientTime: shanghaiNow(), audit: { seq: 1, hash }, data }
  }
  const { results } = (await post(`${centralUrl}/sync/v1/push`, { authorization: `Workstation ${workstationId}:${secret}` }, { commands: [command] })) as {
    results: ProcessedElsewhere[]
  }
  const result = results[0]
  if (result === undefined) throw new Error('central answered the push without a result')
  return result
}

/** Processes the violation for its driver at "another window" of central at `centralUrl`. */
export async function processAtAnotherWindow(
  centralUrl: string,
  centralDataDir: string,
  record: { violationId: string; personId: string }
): Promise<ProcessedElsewhere> {
  return pushAtAnotherWindow(centralUrl, centralDataDir, 'violation.process', {
    violationId: record.violationId,
    driverPersonId: record.personId,
    decisionId: randomUUID(),
    provisionalNo: `E2E-${randomUUID().slice(0, 8)}`,
    confirmed: ['WILL_REACH_12'],
    organ: '深圳市公安局交通警察支队福田大队'
  })
}

/** Takes the fine of a decision at "another window" of central, with its own bank receipt number. */
export async function payAtAnotherWindow(
  centralUrl: string,
  centralDataDir: string,
  payment: { decisionId: string; receiptNo: string; fineFen: number; lateFeeFen: number }
): Promise<ProcessedElsewhere> {
  return pushAtAnotherWindow(centralUrl, centralDataDir, 'payment.record', { paymentId: randomUUID(), ...payment, channel: 'window' })
}
