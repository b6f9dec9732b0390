// Chooses the reader for a read request: what the clerk typed goes through manual entry; a read
// from the device uses the reader this workstation is configured with (WorkstationConfig
// .idCardReader). A real reader's SDK is added here, beside the simulated one.
import { DomainError } from '../../../shared/contract/result'
import type { TypedCard } from '../../../shared/contract/workflows/registration'
import type { IdCardReader } from './id-card'
import { ManualEntryReader } from './manual-entry'
import { SimulatedReader, type SimulatedReaderDeps } from './simulated-reader'

export { checkCard, asTyped } from './card-rules'
export { CardInvalid } from './manual-entry'
export { documentName, type IdCard, type IdCardReader } from './id-card'

export type ReaderSetting = 'simulated' | 'none'

export const READER_NAMES: Record<ReaderSetting, string> = { simulated: '模拟读卡器（演示）', none: '未配置读卡器' }

export type ReadRequest = { source: 'reader'; newIdentity?: boolean } | { source: 'manual'; card: TypedCard }

export function createIdCardReader(request: ReadRequest, setting: ReaderSetting, deps: SimulatedReaderDeps): IdCardReader {
  if (request.source === 'manual') return new ManualEntryReader(request.card, deps.today())
  if (setting === 'none') throw new DomainError('READER_ABSENT', '本窗口未配置身份证阅读器，请手工录入证件信息')
  return new SimulatedReader(deps, request.newIdentity === true ? 'new_identity' : 'person_on_file')
}
