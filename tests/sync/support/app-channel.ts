// A 交管12123 client for the race tests: enrolled with an 'app' enrolment code and pushing
// violation.process commands over the sync protocol, as src/central/simulate.ts's channels do,
// but one command at a time under the test's control.
import { createHash, randomUUID } from 'node:crypto'
import { SyncClient, SyncError } from '../../../src/main/sync/client'
import type { CommandResult, WireCommand } from '../../../src/main/sync/protocol'
import { toZonedIso } from '../../../src/main/platform/zoned-time'
import type { TestCentral } from './harness'

export interface AppChannel {
  readonly id: string
  /** The command a citizen's "process" on 12123 sends for this violation (not sent yet). */
  processCommand(violationId: string, personId: string): WireCommand
  /** Pushes one command, again with the same id after a transient failure; central's answer. */
  push(command: WireCommand): Promise<Extract<CommandResult, { status: 'applied' | 'rejected' }>>
}

export async function enrolAppChannel(central: TestCentral, regionCode = '440305'): Promise<AppChannel> {
  const code = await central.issueCode('app')
  const id = randomUUID()
  const anonymous = new SyncClient({ baseUrl: central.url, now: () => new Date() })
  const { value } = await anonymous.enrol({ enrolmentCode: code, workstationId: id, workstationName: '交管12123（测试）', regionCode })
  const client = new SyncClient({ baseUrl: central.url, now: () => new Date(), credentials: { workstationId: id, secret: value.secret } })
  let seq = 0
  let auditHash = '0'.repeat(64)
  return {
    id,
    processCommand(violationId, personId) {
      seq += 1
      const data = {
        violationId,
        driverPersonId: personId,
        decisionId: randomUUID(),
        provisionalNo: `APP-${randomUUID().slice(0, 8)}`,
        confirmed: ['WILL_REACH_12'],
        organ: '交管12123'
      }
      auditHash = createHash('sha256').update(auditHash).update(JSON.stringify(data)).digest('hex')
      return {
        id: randomUUID(),
        seq,
        type: 'violation.process',
        payload: { operatorId: null, workstationId: id, clientTime: toZonedIso(new Date(), 'Asia/Shanghai'), audit: { seq, hash: auditHash }, data }
      }
    },
    async push(command) {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = (await client.push([command])).value.results[0]!
          if (result.status === 'retry') throw new SyncError(result.code, result.message, true)
          return result
        } catch (error) {
          if (!(error instanceof SyncError) || !error.transient || attempt >= 20) throw error
          await new Promise((r) => setTimeout(r, 20 * (attempt + 1)))
        }
      }
    }
  }
}
