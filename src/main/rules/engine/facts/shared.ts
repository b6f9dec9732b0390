// Fact shapes shared by several actions, so a service builds a violation, a driver or a vehicle
// once from the store. An action that reads fewer fields picks them (`.pick`), which keeps every
// action's facts exactly what it reads: strict objects refuse anything else.
import { z } from 'zod'
import {
  count,
  fen,
  licenseClasses,
  licenseStatus,
  isoDate,
  plateNumber,
  plateTypeCode,
  regionCode,
  requiredText,
  vehicleKind,
  vehicleStatus,
  vehicleUseCode,
  violationPoints,
  zonedDateTime
} from './primitives'

/** Record status as the store knows it; pending_sync = processed elsewhere, not yet confirmed. */
export const VIOLATION_STATUSES = ['unprocessed', 'pending_sync', 'processed', 'paid', 'voided'] as const

export const violationFacts = z.strictObject({
  /** Record number, quoted in messages when present. */
  recordNo: requiredText(32).optional(),
  /** camera: 交通技术监控设备记录 (非现场); onsite: decided by an officer (现场). */
  source: z.enum(['camera', 'onsite']),
  /** Violation code, 4 digits or a 5-digit sub-code. */
  code: z.string().regex(/^\d{4,5}$/, '应为4位或5位数字的违法代码'),
  /** warning; fine; beyond_simple = the penalty includes 暂扣/吊销驾驶证 or detention. */
  penalty: z.enum(['warning', 'fine', 'beyond_simple']),
  fineFen: fen,
  points: violationPoints,
  status: z.enum(VIOLATION_STATUSES),
  /** An objection (异议) to the record is open. */
  disputed: z.boolean(),
  /** The record has reached the internet database (12123 can see it). */
  onInternet: z.boolean(),
  occurredAt: zonedDateTime,
  /** Where it occurred (6-digit region code): decides the province and the objection jurisdiction. */
  regionCode
})

export const driverFacts = z.strictObject({
  /** Licence status letters, e.g. "A" or "HM" (FACTS §3). */
  licenseStatus,
  /** Permitted classes as printed, e.g. "C1" or "A2D". */
  classes: licenseClasses,
  /** Licence first issue date: the scoring cycle runs from it. */
  firstIssueDate: isoDate,
  /** Points recorded in the current scoring cycle. */
  cyclePoints: count(99),
  /** Times the full score was reached in the current cycle. */
  fullScoreCountInCycle: count(99),
  /** Under 重点备案 / 限制处理. */
  restricted: z.boolean()
})

export const vehicleFacts = z.strictObject({
  plate: plateNumber,
  /** 号牌种类, e.g. "02" 小型汽车. */
  plateType: plateTypeCode,
  /** What the vehicle is for licence purposes (see calculators/license-coverage.ts). */
  kind: vehicleKind,
  /** 使用性质, A = 非营运. */
  useCode: vehicleUseCode,
  /** Status letters, e.g. "A" (see rules/vehicle-status.ts). */
  status: vehicleStatus,
  ownerKind: z.enum(['person', 'unit']),
  /** Under 重点备案 / 限制处理. */
  restricted: z.boolean()
})

/** How the person relates to the vehicle. */
export const relationFacts = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('own') }),
  /** An active binding (备案) of a non-owned vehicle, with the moment it took effect. */
  z.strictObject({ kind: z.literal('bound'), boundAt: zonedDateTime }),
  z.strictObject({
    kind: z.literal('rented'),
    lease: z.strictObject({
      from: zonedDateTime,
      to: zonedDateTime,
      /** The rental company wrote the contract to the internet platform in advance. */
      contractRecorded: z.boolean(),
      /** The person is the lessee or a recorded temporary driver of the contract. */
      lesseeOrTempDriver: z.boolean()
    })
  }),
  z.strictObject({ kind: z.literal('none') })
])

export type ViolationFacts = z.output<typeof violationFacts>
export type DriverFacts = z.output<typeof driverFacts>
export type VehicleFacts = z.output<typeof vehicleFacts>
export type RelationFacts = z.output<typeof relationFacts>
