// The workstation's identity and local settings, kept in <dataDir>/workstation.json. Created with
// defaults on first start; validated at every start so a hand-edited file fails with a clear field.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { PAPER_NAMES } from '../printing/paper'

/**
 * [U] The names printed on a penalty decision are the window's own (FACTS §1 items 6–8): the
 * defaults are plausible for the demo region 440305 (Shenzhen, Nanshan) and must be set by IT
 * staff for a real window. Paper: what the printer holds; the 80 × 150 mm type area is centred on it.
 */
export const PRINTING_DEFAULTS = {
  paper: 'A4',
  printer: null,
  reviewOrgan: '深圳市南山区人民政府',
  court: '深圳市南山区人民法院',
  paymentBank: '中国工商银行深圳市分行各营业网点或交管12123',
  place: '深圳市公安局交通警察支队南山大队违法处理窗口'
} as const

const printingName = z.string().min(1).max(64)
export const printingConfigSchema = z
  .strictObject({
    paper: z.enum(PAPER_NAMES).default(PRINTING_DEFAULTS.paper),
    /** The printer Electron prints to (chosen in 打印设置); null: the system's default printer. */
    printer: z.string().min(1).max(256).nullable().default(PRINTING_DEFAULTS.printer),
    /** 行政复议 organ named in the rights line. */
    reviewOrgan: printingName.default(PRINTING_DEFAULTS.reviewOrgan),
    /** Court named for 行政诉讼. */
    court: printingName.default(PRINTING_DEFAULTS.court),
    /** Where fines are paid. */
    paymentBank: printingName.default(PRINTING_DEFAULTS.paymentBank),
    /** 处罚地点 printed on decisions made at this window. */
    place: printingName.default(PRINTING_DEFAULTS.place)
  })
  .default({ ...PRINTING_DEFAULTS })
export type PrintingConfig = z.infer<typeof printingConfigSchema>

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
  idCardReader: z.enum(['simulated', 'none']).optional(),
  /** Printed documents (src/main/printing); absent in files written before printing existed. */
  printing: printingConfigSchema
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
    signInLockMinutes: 15,
    printing: { ...PRINTING_DEFAULTS }
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

/** Changes some settings in the file (the printer chosen in 打印设置), keeping everything else as written. */
export function updateWorkstationConfig(dataDir: string, patch: Partial<WorkstationConfig>): WorkstationConfig {
  const file = path.join(dataDir, CONFIG_FILE)
  const current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  const next = workstationConfigSchema.parse({ ...current, ...patch })
  writeFileSync(file, JSON.stringify({ ...current, ...patch }, null, 2) + '\n', { mode: 0o600 })
  return next
}
