// How alarming a status letter is, for chip colours. The letters and their names come from main
// (FACTS §3); only the severity is a UI decision: withdrawn/revoked/locked licenses are red, the
// rest of the non-normal letters ask for attention.
import type { ViolationStatus } from '../../../shared/contract'

export type Severity = 'success' | 'warning' | 'error' | 'info' | 'default'

const LICENSE_NORMAL = 'A'
// B 超分/满分, D 暂扣, E 撤销, F 吊销, G 注销, J 停止使用, K 扣押, L 锁定, U 扣留
const LICENSE_BLOCKING = new Set(['B', 'D', 'E', 'F', 'G', 'J', 'K', 'L', 'U'])

export function licenseStatusSeverity(code: string): Severity {
  if (code === LICENSE_NORMAL) return 'success'
  return LICENSE_BLOCKING.has(code) ? 'error' : 'warning'
}

const VEHICLE_NORMAL = 'A'
// GA 24 vehicle status: C 被盗抢, E 注销, K 查封, L 暂扣, M 强制注销, N 事故逃逸
const VEHICLE_BLOCKING = new Set(['C', 'E', 'K', 'L', 'M', 'N'])

export function vehicleStatusSeverity(code: string): Severity {
  if (code === VEHICLE_NORMAL) return 'success'
  return VEHICLE_BLOCKING.has(code) ? 'error' : 'warning'
}

export function violationSeverity(status: ViolationStatus): Severity {
  switch (status) {
    case 'unprocessed':
      return 'error'
    case 'processed':
      return 'warning'
    case 'paid':
      return 'success'
    case 'disputed':
      return 'info'
    case 'voided':
      return 'default'
  }
}

/** Points colour: 9 is the 临界 threshold, 12 the full score. */
export function pointsSeverity(points: number): 'primary' | 'warning' | 'error' {
  if (points >= 12) return 'error'
  if (points >= 9) return 'warning'
  return 'primary'
}
