// Starts a benchmark central (central-process.ts) as a child process, enrols clients with it
// through its admin route exactly as an administrator would, and stops it.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import path from 'node:path'
import { SyncClient, type SyncClientOptions } from '../../src/main/sync/client'

export type ClientKind = 'window' | 'app' | 'intake'

export interface BenchCentral {
  url: string
  /** Pid of the central process, for CPU accounting. */
  pid: number
  issueCode(kind: ClientKind): Promise<string>
  /** A client enrolled directly (no workstation around it): id, secret and options for SyncClient. */
  enrolClient(kind: ClientKind, name: string): Promise<{ id: string; options: SyncClientOptions }>
  stop(): Promise<void>
}

export async function startBenchCentral(databaseUrl: string): Promise<BenchCentral> {
  const adminToken = randomBytes(24).toString('base64url')
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'central-process.ts')], {
    env: { ...process.env, BENCH_CENTRAL_DB_URL: databaseUrl, BENCH_CENTRAL_ADMIN_TOKEN: adminToken },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const match = /CENTRAL_URL=(\S+)/.exec(out)
      if (match) resolve(match[1]!)
    })
    child.once('exit', (code) => reject(new Error(`benchmark central exited with ${code} before listening`)))
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  async function issueCode(kind: ClientKind): Promise<string> {
    const response = await fetch(`${url}/admin/v1/enrolment-codes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind })
    })
    if (!response.ok) throw new Error(`central refused an enrolment code: HTTP ${response.status}`)
    return ((await response.json()) as { code: string }).code
  }

  return {
    url,
    pid: child.pid!,
    issueCode,
    async enrolClient(kind, name) {
      const id = randomUUID()
      const anonymous = new SyncClient({ baseUrl: url, now: () => new Date() })
      const { secret } = (await anonymous.enrol({ enrolmentCode: await issueCode(kind), workstationId: id, workstationName: name, regionCode: '440305' })).value
      return { id, options: { baseUrl: url, now: () => new Date(), credentials: { workstationId: id, secret } } }
    },
    async stop() {
      child.kill('SIGTERM')
      await exited
    }
  }
}
