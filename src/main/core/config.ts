// The workstation's identity and local settings, kept in <dataDir>/workstation.json. Created with
// defaults on first start; validated at every start so a hand-edited file fails with a clear field.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'

export const workstationConfigSchema = z.strictObject({
  workstationId: z.string().uuid(),
  workstationName: z.string().min(1).max(64),
  organName: z.string().min(1).max(64),
  /** 12-digit organ code of the processing organ (处理机关). */
  organCode: z.string().regex(/^\d{12}$/),
  /** 6-digit region code of the jurisdiction, which selects the policy profile. */
  regionCode: z.string().regex(/^\d{6}$/),
  timeZone: z.string().min(1),
  idleLockSeconds: z.number().int().min(5).max(3600),
  maxFailedSignIns: z.number().int().min(3).max(10),
  signInLockMinutes: z.number().int().min(1).max(1440),
  /**
   * The ID card reader at this window (services/idcard): 'simulated' produces realistic cards for
   * demos and tests; 'none' means the clerk types the document in (manual entry is always offered).
   * Unset: simulated on a demo workstation (`--demo`, the default of `serve`), none otherwise. A
   * real reader's SDK becomes another value here.
   */
  idCardReader: z.enum(['simulated', 'none']).optional()
})
export type WorkstationConfig = z.infer<typeof workstationConfigSchema>

export const CONFIG_FILE = 'workstation.json'

function defaults(): WorkstationConfig {
  return {
    workstationId: randomUUID(),
    workstationName: '违法处理窗口 01',
    organName: '深圳市公安局交通警察支队南山大队',
    organCode: '440305000000',
    regionCode: '440305',
    timeZone: 'Asia/Shanghai',
    idleLockSeconds: 300,
    maxFailedSignIns: 5,
    signInLockMinutes: 15
  }
}

export function loadWorkstationConfig(dataDir: string, overrides: Partial<WorkstationConfig> = {}): WorkstationConfig {
  const file = path.join(dataDir, CONFIG_FILE)
  if (!existsSync(file)) {
    const created = workstationConfigSchema.parse({ ...defaults(), ...overrides })
    writeFileSync(file, JSON.stringify(created, null, 2) + '\n', { mode: 0o600 })
    return created
  }
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new Error(`${file} is not valid JSON`)
  }
  const parsed = workstationConfigSchema.safeParse({ ...(raw as object), ...overrides })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${file}: field "${issue?.path.join('.') ?? '?'}" is invalid: ${issue?.message ?? ''}`)
  }
  return parsed.data
}
