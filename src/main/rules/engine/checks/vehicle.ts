// Checks on the vehicle and the person's link to it, for online_self_service and bind_vehicle.
import type { Profile } from '../../profiles/profile-schema'
import { findVehicleUse, type VehicleUseCode } from '../../validators/vehicle-use'
import { VEHICLE_STATUS } from '../../vehicle-status'
import { finding } from '../action'
import { plateTypeList, plateTypeName } from '../format'
import type { Finding } from '../types'

/**
 * Statuses that block: 转出 B, 被盗抢 C, 注销 E, and the two forms of 报废 in the status table,
 * 强制注销 M and 达到报废标准 P (seed 001 §四.1 "转出、报废、注销、盗抢"; the letter mapping of
 * 报废 is [S]).
 */
export const BLOCKING_VEHICLE_STATUSES: readonly string[] = ['B', 'C', 'E', 'M', 'P']

export function vehicleStatusBlocked(plate: string, status: readonly string[], code: string, source: string): Finding | undefined {
  const blocking = status.filter((s) => BLOCKING_VEHICLE_STATUSES.includes(s))
  if (blocking.length === 0) return undefined
  const names = blocking.map((s) => `${VEHICLE_STATUS[s] ?? s}（${s}）`).join('、')
  return finding(code, `车辆${plate}的状态为${names}，不能办理`, source)
}

export function useName(code: VehicleUseCode): string {
  return `${code} ${findVehicleUse(code)?.name ?? ''}`.trim()
}

/** Whether a plate type is in a profile list ('any' admits every type). */
export function typeAllowed(list: 'any' | readonly string[], plateType: string): boolean {
  return list === 'any' || list.includes(plateType)
}

/** VEHICLE_TYPE_NOT_ALLOWED / BIND_VEHICLE_TYPE wording for a plate type outside the list. */
export function typeNotAllowed(
  code: string,
  who: string,
  plate: string,
  plateType: string,
  list: readonly string[],
  profile: Profile,
  source: string
): Finding {
  return finding(
    code,
    `车辆${plate}号牌种类为${plateTypeName(plateType)}，${profile.name}${who}仅限${plateTypeList(list)}`,
    source
  )
}

/** The unit-vehicle part of the non-owned vehicle rule (seed 001 §三.3, §四.1 备注). */
export function unitVehicleRefused(code: string, plate: string, profile: Profile, source: string): Finding {
  return finding(code, `车辆${plate}登记在单位名下，${profile.name}不允许驾驶人备案或处理单位名下车辆`, source)
}
