// Which vehicles a driving licence covers (准驾车型), for DRIVER_NOT_QUALIFIED (seed 002 (2)).
//
// The table follows the class table of the Ministry of Public Security's licence regulation
// (公安部令第162号, in force 2022-04-01) as quoted by secondary sources [S]; FACTS §4 confirms
// the examples "C1 also covers C2, C3, C4; A1 covers A3 and B1; B1 covers C1". Each row is the
// complete list of *other* classes the class permits, so the table needs no transitive closure
// (a test proves it is closed anyway).
import type { LicenseClassCode } from '../validators/license'

export const LICENSE_COVERAGE: Readonly<Record<LicenseClassCode, readonly LicenseClassCode[]>> = {
  A1: ['A3', 'B1', 'B2', 'C1', 'C2', 'C3', 'C4', 'M'],
  A2: ['B1', 'B2', 'C1', 'C2', 'C3', 'C4', 'C6', 'M'],
  A3: ['C1', 'C2', 'C3', 'C4'],
  B1: ['C1', 'C2', 'C3', 'C4', 'M'],
  B2: ['C1', 'C2', 'C3', 'C4', 'M'],
  C1: ['C2', 'C3', 'C4'],
  C2: [],
  C3: ['C4'],
  C4: [],
  C5: [],
  // C6 (轻型牵引挂车) exists since 2022-04-01; only A2 covers it [S].
  C6: [],
  D: ['E', 'F'],
  E: ['F'],
  F: [],
  M: [],
  N: [],
  P: []
}

/**
 * Kinds of vehicle as far as licences are concerned (车辆类型 grouped by the class that drives
 * them). The plate type alone is not enough: a 大型汽车 plate (01) is carried by buses (A1),
 * tractors (A2), city buses (A3), medium buses (B1) and lorries (B2); a 小型汽车 plate (02) by
 * manual cars (C1) and automatic ones (C2 suffices).
 */
export type VehicleKind =
  | 'large_bus'
  | 'tractor_trailer'
  | 'city_bus'
  | 'medium_bus'
  | 'large_truck'
  | 'small_car'
  | 'small_car_automatic'
  | 'low_speed_truck'
  | 'three_wheel_car'
  | 'disabled_automatic_car'
  | 'light_trailer_combination'
  | 'three_wheel_motorcycle'
  | 'two_wheel_motorcycle'
  | 'moped'
  | 'wheeled_machinery'
  | 'trolleybus'
  | 'tram'

export interface VehicleKindInfo {
  kind: VehicleKind
  name: string
  /** The class issued for exactly this kind of vehicle. */
  requires: LicenseClassCode
}

export const VEHICLE_KINDS: readonly VehicleKindInfo[] = [
  { kind: 'large_bus', name: '大型客车', requires: 'A1' },
  { kind: 'tractor_trailer', name: '重型、中型牵引挂车', requires: 'A2' },
  { kind: 'city_bus', name: '城市公交车', requires: 'A3' },
  { kind: 'medium_bus', name: '中型客车', requires: 'B1' },
  { kind: 'large_truck', name: '重型、中型货车', requires: 'B2' },
  { kind: 'small_car', name: '小型汽车（手动挡）', requires: 'C1' },
  { kind: 'small_car_automatic', name: '小型自动挡汽车', requires: 'C2' },
  { kind: 'low_speed_truck', name: '低速载货汽车', requires: 'C3' },
  { kind: 'three_wheel_car', name: '三轮汽车', requires: 'C4' },
  { kind: 'disabled_automatic_car', name: '残疾人专用小型自动挡载客汽车', requires: 'C5' },
  { kind: 'light_trailer_combination', name: '轻型牵引挂车', requires: 'C6' },
  { kind: 'three_wheel_motorcycle', name: '普通三轮摩托车', requires: 'D' },
  { kind: 'two_wheel_motorcycle', name: '普通二轮摩托车', requires: 'E' },
  { kind: 'moped', name: '轻便摩托车', requires: 'F' },
  { kind: 'wheeled_machinery', name: '轮式专用机械车', requires: 'M' },
  { kind: 'trolleybus', name: '无轨电车', requires: 'N' },
  { kind: 'tram', name: '有轨电车', requires: 'P' }
]

export const VEHICLE_KIND_CODES = VEHICLE_KINDS.map((k) => k.kind) as [VehicleKind, ...VehicleKind[]]

const kindInfo = new Map(VEHICLE_KINDS.map((k) => [k.kind, k]))

export function findVehicleKind(kind: string): VehicleKindInfo | undefined {
  return kindInfo.get(kind as VehicleKind)
}

/** Every class a licence holding `classes` may drive: the classes themselves and what they cover. */
export function coveredClasses(classes: readonly LicenseClassCode[]): Set<LicenseClassCode> {
  const covered = new Set<LicenseClassCode>()
  for (const held of classes) {
    covered.add(held)
    for (const other of LICENSE_COVERAGE[held]) covered.add(other)
  }
  return covered
}

/** Whether a licence with `classes` covers a vehicle of `kind`. */
export function coversVehicle(classes: readonly LicenseClassCode[], vehicle: { kind: VehicleKind }): boolean {
  const info = kindInfo.get(vehicle.kind)
  if (info === undefined) return false
  return coveredClasses(classes).has(info.requires)
}
