// Checks on the driver's licence: statuses that block online self-service, points, full scores,
// permitted classes.
import { coversVehicle, findVehicleKind, type VehicleKind } from '../../calculators/license-coverage'
import { findLicenseStatus, type LicenseClassCode, type LicenseStatusLetter } from '../../validators/license'
import { finding } from '../action'
import type { Finding } from '../types'

/**
 * Statuses under which 12123 refuses self-service (seed 001 §四.3; letters from FACTS §3):
 * 逾期未审验 S, 逾期未换证 M, 转出 C, 停止使用 J, 锁定 L, 扣押 K, 扣留 U, 暂扣 D, 吊销 F, 撤销 E,
 * 注销 G, 注销可恢复 R, 记满12分 B.
 */
export const BLOCKING_LICENSE_STATUSES: readonly LicenseStatusLetter[] = [
  'S', 'M', 'C', 'J', 'L', 'K', 'U', 'D', 'F', 'E', 'G', 'R', 'B'
]

/** What the driver must do about each blocking status, told at the window (seed 001 §四.3). */
export const LICENSE_STATUS_ADVICE: Readonly<Partial<Record<LicenseStatusLetter, string>>> = {
  S: '须先办理驾驶证审验',
  M: '须先办理驾驶证换证',
  C: '驾驶证已转出，须到转入地办理驾驶证业务',
  J: '驾驶证已停止使用，须到车管所核查原因',
  L: '驾驶证已锁定，须到车管所办理解锁',
  K: '驾驶证被扣押，须按扣押决定处理完毕后领回',
  U: '驾驶证被扣留，须处理完毕后领回',
  D: '驾驶证被暂扣，暂扣期满后方可领回',
  F: '驾驶证已吊销，须按规定重新申领',
  E: '驾驶证已撤销，须按规定重新申领',
  G: '驾驶证已注销，须按规定重新申领',
  R: '驾驶证已注销（可恢复），须到车管所办理恢复驾驶资格',
  B: '驾驶证已记满12分，须参加满分学习和考试'
}

export function blockingStatuses(statuses: readonly LicenseStatusLetter[]): LicenseStatusLetter[] {
  return statuses.filter((s) => BLOCKING_LICENSE_STATUSES.includes(s))
}

export function statusNames(letters: readonly LicenseStatusLetter[]): string {
  return letters.map((l) => `${findLicenseStatus(l)?.name ?? l}（${l}）`).join('、')
}

/** DRIVER_NOT_QUALIFIED (seed 002 (2)): the classes do not cover the vehicle. */
export function driverNotQualified(
  classes: readonly LicenseClassCode[],
  kind: VehicleKind,
  plate: string
): Finding | undefined {
  if (coversVehicle(classes, { kind })) return undefined
  const info = findVehicleKind(kind)
  return finding(
    'DRIVER_NOT_QUALIFIED',
    `驾驶人准驾车型为${classes.join('')}，不能驾驶车辆${plate}（${info?.name ?? kind}，需${info?.requires ?? '相应'}及以上准驾车型），不能自助处理该车的违法`,
    'seed 002 (2)'
  )
}
