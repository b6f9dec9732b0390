// Facts documents for the rules engine's `online_self_service` and `window_process` actions,
// built from what the store holds about one violation and one person. Pure: rows in, facts out.
//
// Nothing is guessed. When the store lacks a fact the engine needs (no licence on file, no
// vehicle record, a penalty kind or vehicle kind that central did not send), the answer is the
// list of what is missing, and the verdict says "cannot tell" instead of allowed or refused.
//
// Not stored yet, and therefore not passed: rental leases. The person's relation to a vehicle is
// own / bound / none; a lessee of a rental vehicle is "none" here until leases are synchronised
// (RULES.md RENTAL_NOT_IN_LEASE).
import type { ActionFacts } from '../rules/engine'
import type { VerdictDriverRow, VerdictViolationRow } from './verdict-queries'

type OnlineFacts = ActionFacts<'online_self_service'>
type WindowFacts = ActionFacts<'window_process'>
type EngineStatus = OnlineFacts['violation']['status']

/** Facts built, or the Chinese names of the facts this workstation does not hold. */
export type FactsOutcome<T> = { ok: true; facts: T } | { ok: false; missing: string[] }

export interface FactsContext {
  personId: string
  /** The moment of the action: now, with the workstation's offset. */
  at: string
  /** Ids of violations named by pending processing commands in the outbox. */
  pendingProcessing: ReadonlySet<string>
}

export interface CentralLinkState {
  /** The workstation reaches central now. */
  online: boolean
  /** Last successful exchange with central; null if never. */
  lastSyncAt: string | null
}

/**
 * The record's status as the engine reads it. Decisions and payments are checked beside the
 * status column because either may arrive before the row's status is updated; a pending
 * processing command counts as processed (pending_sync). Voided wins: nothing more can happen.
 */
export function engineStatus(row: VerdictViolationRow, pendingProcessing: ReadonlySet<string>): EngineStatus {
  if (row.status === 'voided') return 'voided'
  if (row.paid === 1 || row.status === 'paid') return 'paid'
  if (row.decided === 1 || row.status === 'processed') return 'processed'
  if (pendingProcessing.has(row.id)) return 'pending_sync'
  return 'unprocessed'
}

function violationFacts(row: VerdictViolationRow, penalty: NonNullable<VerdictViolationRow['penalty']>, ctx: FactsContext) {
  return {
    recordNo: row.record_no,
    source: row.source,
    code: row.code,
    penalty,
    fineFen: row.fine_fen,
    points: row.points,
    status: engineStatus(row, ctx.pendingProcessing),
    // The row's own status says 异议中; an objection filed here may not have changed it yet.
    disputed: row.status === 'disputed' || row.open_dispute === 1,
    occurredAt: row.occurred_at,
    regionCode: row.region_code
  }
}

function driverFacts(driver: VerdictDriverRow) {
  return {
    licenseStatus: driver.status,
    classes: driver.classes,
    firstIssueDate: driver.first_issue_date,
    cyclePoints: driver.cycle_points,
    fullScoreCountInCycle: driver.full_score_count
  }
}

/** The vehicle as the engine reads it, or which part of it the store lacks. */
function vehicleFacts(row: VerdictViolationRow): OnlineFacts['vehicle'] | 'no_record' | 'no_kind' {
  const { vehicle_plate: plate, vehicle_plate_type: plateType, vehicle_use_code: useCode } = row
  const { vehicle_status: status, vehicle_owner_type: ownerKind } = row
  // Every column but the kind is NOT NULL in a vehicle row: all null means no row was joined.
  if (plate === null || plateType === null || useCode === null || status === null || ownerKind === null) return 'no_record'
  if (row.vehicle_kind === null) return 'no_kind'
  return { plate, plateType, kind: row.vehicle_kind, useCode, status, ownerKind, restricted: row.vehicle_restricted === 1 }
}

const MISSING = {
  license: '本人的驾驶证信息（本地无驾驶证档案，违法须由持证的实际驾驶人处理）',
  penalty: '该违法的处罚种类（警告、罚款或暂扣吊销等）',
  vehicle: '违法车辆的档案（本地无该车辆记录）',
  vehicleKind: '违法车辆的车辆类型（无法判断准驾车型是否相符）'
} as const

/** online_self_service: could this person process the violation on 交管12123 themselves? */
export function onlineSelfServiceFacts(
  row: VerdictViolationRow,
  driver: VerdictDriverRow | undefined,
  ctx: FactsContext
): FactsOutcome<OnlineFacts> {
  const missing: string[] = []
  const vehicle = vehicleFacts(row)
  if (driver === undefined) missing.push(MISSING.license)
  if (row.penalty === null) missing.push(MISSING.penalty)
  if (vehicle === 'no_record') missing.push(MISSING.vehicle)
  if (vehicle === 'no_kind') missing.push(MISSING.vehicleKind)
  if (driver === undefined || row.penalty === null || typeof vehicle === 'string') return { ok: false, missing }
  const own = row.vehicle_owner_person_id === ctx.personId
  const relation: OnlineFacts['relation'] = own
    ? { kind: 'own' }
    : row.bound_at !== null
      ? { kind: 'bound', boundAt: row.bound_at }
      : { kind: 'none' }
  return {
    ok: true,
    facts: {
      at: ctx.at,
      violation: { ...violationFacts(row, row.penalty, ctx), onInternet: row.on_internet === 1 },
      driver: { ...driverFacts(driver), restricted: driver.restricted === 1 },
      vehicle,
      relation
    }
  }
}

/** window_process: may the clerk process the violation here, now, for this driver? */
export function windowProcessFacts(
  row: VerdictViolationRow,
  driver: VerdictDriverRow | undefined,
  ctx: FactsContext,
  link: CentralLinkState
): FactsOutcome<WindowFacts> {
  const missing: string[] = []
  if (driver === undefined) missing.push(MISSING.license)
  if (row.penalty === null) missing.push(MISSING.penalty)
  if (driver === undefined || row.penalty === null) return { ok: false, missing }
  return {
    ok: true,
    facts: {
      at: ctx.at,
      violation: violationFacts(row, row.penalty, ctx),
      driver: driverFacts(driver),
      online: link.online,
      lastSyncAt: link.lastSyncAt
    }
  }
}
