// Every command type central accepts, by name. A workstation can only enqueue these.
import type { CommandDef } from './types'
import { personViewed } from './audit-only'
import { processViolation } from './process-violation'
import { recordPayment } from './record-payment'
import { cameraRecord } from './camera-record'
import { changePhone } from './change-phone'
import { registerAccount } from './register-account'
import { createBinding, removeBinding, reviewBinding } from './binding'
import { fileDispute, proposeDispute, reviewDispute } from './disputes'

export * from './types'
export { processViolationPayload, type ProcessViolationPayload } from './process-violation'
export { recordPaymentPayload, type RecordPaymentPayload } from './record-payment'
export { cameraRecordPayload, type CameraRecordPayload } from './camera-record'

export const COMMANDS: ReadonlyMap<string, CommandDef> = new Map(
  [personViewed, processViolation, recordPayment, cameraRecord, changePhone, registerAccount, createBinding, removeBinding, reviewBinding, fileDispute, proposeDispute, reviewDispute].map((c) => [c.type, c])
)

export { StateCache, loadStateSync, loadStateAsync } from './state-cache'
