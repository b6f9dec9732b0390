// Propagation: a change committed on central (a camera record pushed by an enrolled intake
// client, as `central simulate` does) until it is readable in the workstation's SQLite file, with
// the live channel on. Timed from the moment the push is sent (so it includes central applying
// and committing it) and from central's answer. Baseline, interleaved in the same run: the raw
// HTTP round trip of a pull request (fetch, no parsing) to the same central at the current cursor.
import Database from 'better-sqlite3'
import { createHash, randomUUID } from 'node:crypto'
import pg from 'pg'
import { SyncClient, type SyncClientOptions } from '../../src/main/sync/client'
import { CLIENT_TIME_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION, type WireCommand } from '../../src/main/sync/protocol'
import { toZonedIso } from '../../src/main/platform/zoned-time'
import { summarise, type Summary } from '../stats'
import type { BenchCentral } from './central-child'
import { startBenchWorkstation } from './workstation'

export interface PropagationFigures {
  changes: number
  /** The largest answer the raw pulls got (an empty page when the workstation is up to date). */
  pullBytes: number
  fromSend: Summary
  fromAnswer: Summary
  push: Summary
  rawPull: Summary
}

/** An intake channel: its own sequence and audit anchors, one command per push. */
function intakeChannel(id: string, options: SyncClientOptions) {
  const client = new SyncClient(options)
  let seq = 0
  let hash = '0'.repeat(64)
  return async (data: unknown): Promise<void> => {
    seq += 1
    hash = createHash('sha256').update(hash).update(JSON.stringify(data)).digest('hex')
    const at = toZonedIso(new Date(), 'Asia/Shanghai')
    const command: WireCommand = { id: randomUUID(), seq, type: 'camera.record', payload: { operatorId: null, workstationId: id, clientTime: at, audit: { seq, hash }, data } }
    const result = (await client.push([command])).value.results[0]
    if (result?.status !== 'applied') throw new Error(`camera.record not applied: ${JSON.stringify(result)}`)
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const since = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6

export async function runPropagationBench(ctx: { central: BenchCentral; databaseUrl: string; workDir: string }, changes: number, warmup = 10): Promise<PropagationFigures> {
  const pgClient = new pg.Client({ connectionString: ctx.databaseUrl })
  await pgClient.connect()
  const vehicles = (await pgClient.query<{ id: string; plate: string; plate_type: string }>('SELECT id, plate, plate_type FROM vehicles ORDER BY id LIMIT 500')).rows
  await pgClient.end()

  const ws = await startBenchWorkstation(ctx.central, ctx.workDir, 'propagation', { live: true })
  const intake = await ctx.central.enrolClient('intake', '监控录入（基准）')
  const push = intakeChannel(intake.id, intake.options)
  const reader = new Database(ws.databaseFile, { readonly: true })
  const visible = reader.prepare('SELECT 1 FROM violations WHERE id = ?').pluck()
  const headers = {
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    [CLIENT_TIME_HEADER]: new Date().toISOString(),
    authorization: `Workstation ${intake.id}:${intake.options.credentials!.secret}`
  }
  const fromSend: number[] = []
  const fromAnswer: number[] = []
  const pushMs: number[] = []
  const rawPull: number[] = []
  let pullBytes = 0
  try {
    await ws.core.sync.syncNow() // bootstrapped; the live channel is connecting meanwhile
    await sleep(1000)
    for (let i = 0; i < changes + warmup; i++) {
      const v = vehicles[i % vehicles.length]!
      const id = randomUUID()
      const data = {
        id,
        recordNo: `440305${Date.now().toString().slice(-8)}${String(i).padStart(6, '0')}`,
        vehicleId: v.id,
        plate: v.plate,
        plateType: v.plate_type,
        code: '1625',
        behaviour: '驾驶机动车违反道路交通信号灯通行',
        penalty: 'fine' as const,
        fineFen: 20000,
        points: 6,
        occurredAt: toZonedIso(new Date(Date.now() - 60_000), 'Asia/Shanghai'),
        place: '深圳市南山区深南大道与科技园路交叉口',
        regionCode: '440305',
        discoveringOrgan: '深圳市公安局交通警察支队南山大队'
      }
      const sent = process.hrtime.bigint()
      await push(data)
      const answered = process.hrtime.bigint()
      while (visible.get(id) === undefined) {
        if (since(sent) > 30_000) throw new Error(`change ${i} not visible after 30 s`)
        await sleep(1)
      }
      if (i >= warmup) {
        fromSend.push(since(sent))
        fromAnswer.push(since(answered))
        pushMs.push(Number(answered - sent) / 1e6)
      }
      // The baseline at the same moment: one pull round trip at the workstation's cursor.
      const position = ws.core.sync.store.cursor()!
      const q = new URLSearchParams({ epoch: position.epoch, x: position.cursor.x, s: String(position.cursor.s), limit: '1000' })
      const t0 = process.hrtime.bigint()
      const response = await fetch(`${ctx.central.url}/sync/v1/pull?${q.toString()}`, { headers })
      const body = await response.arrayBuffer()
      if (!response.ok) throw new Error(`raw pull failed: HTTP ${response.status}`)
      pullBytes = Math.max(pullBytes, body.byteLength)
      if (i >= warmup) rawPull.push(since(t0))
      // Changes arrive apart, as they do from cameras: 100–300 ms.
      await sleep(100 + Math.random() * 200)
    }
  } finally {
    reader.close()
    await ws.close()
  }
  return { changes, pullBytes, fromSend: summarise(fromSend), fromAnswer: summarise(fromAnswer), push: summarise(pushMs), rawPull: summarise(rawPull) }
}
