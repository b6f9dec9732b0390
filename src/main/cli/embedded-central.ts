// The reference central that `npm start` runs beside the workstation: a child process
// (`counterdesk central serve --demo`) on PGlite in <data>/central, so stopping it (kill its pid)
// is exactly "the network is gone" for the workstation, and `npm run central` brings it back on
// the same port with the same data.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { readCentralConfig } from '../../central/config'
import { CENTRAL_URL_PREFIX } from './commands/central'

export interface EmbeddedCentral {
  url: string
  pid: number
  dataDir: string
  /** An enrolment code for this workstation (issued with central's admin token). */
  issueCode(): Promise<string>
  demoExamples: { label: string; key: string }[]
  stop(): Promise<void>
}

export async function startEmbeddedCentral(options: {
  packageRoot: string
  dataDir: string
  demoPeople?: number
  /** Lines of the reference SMS gateway (the demo's verification codes), as central logs them. */
  onSms?: (line: string) => void
}): Promise<EmbeddedCentral> {
  const dataDir = path.join(options.dataDir, 'central')
  mkdirSync(dataDir, { recursive: true })
  const args = [path.join(options.packageRoot, 'bin', 'counterdesk.mjs'), 'central', 'serve', '--data-dir', dataDir, '--demo']
  if (options.demoPeople !== undefined) args.push('--demo-people', String(options.demoPeople))
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const stderr: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))
  // The demo has no phones: the gateway's log line is where the clerk reads the code.
  if (options.onSms && child.stderr) {
    createInterface({ input: child.stderr }).on('line', (line) => {
      if (line.includes('[短信网关]')) options.onSms?.(line)
    })
  }
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`参考中心在120秒内未启动：${stderr.join('').slice(-500)}`)), 120_000)
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      if (line.startsWith(CENTRAL_URL_PREFIX)) {
        clearTimeout(timer)
        resolve(line.slice(CENTRAL_URL_PREFIX.length))
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`参考中心启动失败（退出码 ${code ?? '?'}）：${stderr.join('').slice(-500)}`))
    })
  })
  const config = readCentralConfig(dataDir)
  if (config === null) throw new Error('参考中心未写入 central.json')
  return {
    url,
    pid: child.pid ?? -1,
    dataDir,
    demoExamples: config.demoExamples,
    async issueCode() {
      const response = await fetch(`${url}/admin/v1/enrolment-codes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'window' })
      })
      if (!response.ok) throw new Error(`参考中心拒绝签发登记码（HTTP ${response.status}）`)
      return ((await response.json()) as { code: string }).code
    },
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
      return new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
    }
  }
}
