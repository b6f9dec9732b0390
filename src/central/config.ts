// central.json in central's data folder: the port it listens on (kept, so workstations find it
// again after a restart), the admin token for issuing enrolment codes (file mode 0600), and the
// demo search keys when demo data was loaded.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { z } from 'zod'

export const CENTRAL_CONFIG_FILE = 'central.json'

export const centralConfigSchema = z.strictObject({
  port: z.number().int().min(0).max(65535),
  adminToken: z.string().min(32),
  jurisdiction: z.string().regex(/^\d{6}$/),
  jurisdictionName: z.string().min(1),
  timeZone: z.string().min(1),
  demoExamples: z.array(z.strictObject({ label: z.string(), key: z.string() }))
})
export type CentralConfig = z.infer<typeof centralConfigSchema>

export function readCentralConfig(dataDir: string): CentralConfig | null {
  const file = path.join(dataDir, CENTRAL_CONFIG_FILE)
  if (!existsSync(file)) return null
  const parsed = centralConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`)
  return parsed.data
}

export function writeCentralConfig(dataDir: string, config: CentralConfig): void {
  writeFileSync(path.join(dataDir, CENTRAL_CONFIG_FILE), JSON.stringify(config, null, 2) + '\n', { mode: 0o600 })
}

export function defaultCentralConfig(): CentralConfig {
  return {
    port: 0,
    adminToken: randomBytes(24).toString('base64url'),
    jurisdiction: '440300',
    jurisdictionName: '深圳市公安局交通警察支队',
    timeZone: 'Asia/Shanghai',
    demoExamples: []
  }
}
