// online_self_service rule table: for every reason code a case that triggers it and a
// neighbouring case that does not. Baseline: own small car in Chongqing (profile cq), camera
// record, 200 yuan, 6 points, clean licence: allowed. Test-only.
import type { ActionFacts } from '../facts-schemas'
import { EPIDEMIC_AT, WHERE, onlineFacts, type CaseTable, type RuleCase } from './fixtures.test-support'

type F = ActionFacts<'online_self_service'>

const national = { jurisdiction: WHERE.beijing }
const city = { jurisdiction: WHERE.city }
const inBeijing = (f: F): void => void (f.violation.regionCode = '110105')
const bound = (f: F, boundAt = '2026-10-01T09:00:00+08:00'): void => {
  f.relation = { kind: 'bound', boundAt }
}
const rented = (f: F, lease: Partial<{ contractRecorded: boolean; lesseeOrTempDriver: boolean; from: string; to: string }> = {}): void => {
  f.vehicle.useCode = 'G'
  f.relation = {
    kind: 'rented',
    lease: { from: '2026-11-01T09:00:00+08:00', to: '2026-11-03T09:00:00+08:00', contractRecorded: true, lesseeOrTempDriver: true, ...lease }
  }
}
const epidemic = (f: F): void => {
  f.at = EPIDEMIC_AT
  f.violation.occurredAt = '2020-02-20T08:00:00+08:00'
}
const at = (clock: string) => (f: F): void => void (f.at = `2026-11-21T${clock}+08:00`)

const BLOCKING = ['S', 'M', 'C', 'J', 'L', 'K', 'U', 'D', 'F', 'E', 'G', 'R', 'B']

const cases: RuleCase<F>[] = [
  { name: 'baseline: own small car, camera record, 200 yuan, 6 points is allowed in cq', denials: [], consequences: ['ONLINE_PAYMENT_WINDOW'] },

  // FINE_OVER_LIMIT
  { name: 'seed 000 tip 4: a fine of exactly 200 yuan (含) is allowed', ctx: national, change: inBeijing, denials: [] },
  { name: 'seed 000 tip 4: a fine of 201 yuan is refused (FINE_OVER_LIMIT)', ctx: national, change: (f) => { inBeijing(f); f.violation.fineFen = 20100 }, denials: ['FINE_OVER_LIMIT'], messages: ['罚款201元，超过网上处理上限200元（含）'] },
  { name: 'seed 002: 200 yuan and 200.01 yuan either side of the limit', change: (f) => void (f.violation.fineFen = 20001), denials: ['FINE_OVER_LIMIT'] },
  { name: 'seed 004 §电子监控处理 2: only fines of 200 yuan and below (sd)', ctx: { jurisdiction: WHERE.sd }, change: (f) => { f.violation.regionCode = '370202'; f.violation.fineFen = 30000 }, denials: ['FINE_OVER_LIMIT'] },

  // POINTS_WOULD_REACH_12
  { name: 'seed 001 §四.3: points 5 + 6 = 11 is allowed', change: (f) => void (f.driver.cyclePoints = 5), denials: [] },
  { name: 'seed 001 §四.3: points 6 + 6 = 12 is refused (POINTS_WOULD_REACH_12)', change: (f) => void (f.driver.cyclePoints = 6), denials: ['POINTS_WOULD_REACH_12'], messages: ['本次记6分，当前已记6分，累计将达12分'] },
  { name: 'seed 000 tip 4: 12分(不含)以内: 8 + 3 = 11 allowed', ctx: national, change: (f) => { inBeijing(f); f.violation.points = 3; f.driver.cyclePoints = 8 }, denials: [] },
  { name: 'seed 000 §07, tip 1: 9 + 3 = 12 refused', ctx: national, change: (f) => { inBeijing(f); f.violation.points = 3; f.driver.cyclePoints = 9 }, denials: ['POINTS_WOULD_REACH_12'] },
  { name: 'seed 004 §电子监控处理 3: 累计达12分不允许处理 (sd)', ctx: { jurisdiction: WHERE.sd }, change: (f) => { f.violation.regionCode = '370202'; f.driver.cyclePoints = 11; f.violation.points = 1 }, denials: ['POINTS_WOULD_REACH_12'] },

  // POINTS_OVER_LIMIT
  { name: 'seed 001 §四.1: 记分6分及以下: 6 points allowed in cq (baseline), 9 points refused', change: (f) => void (f.violation.points = 9), denials: ['POINTS_OVER_LIMIT'] },
  { name: 'national has no per-violation cap: 9 points allowed', ctx: national, change: (f) => { inBeijing(f); f.violation.points = 9 }, denials: [] },

  // NOT_CAMERA_RECORDED
  { name: 'seed 001 §四.1: an on-site decision is not camera-recorded (NOT_CAMERA_RECORDED)', change: (f) => void (f.violation.source = 'onsite'), denials: ['NOT_CAMERA_RECORDED'] },
  { name: 'seed 002 item 1: 非现场 records of own and bound vehicles are processable', denials: [] },

  // PENALTY_NOT_SIMPLE
  { name: 'seed 001 §四.1: a penalty beyond the simple procedure is refused', change: (f) => void (f.violation.penalty = 'beyond_simple'), denials: ['PENALTY_NOT_SIMPLE'] },
  { name: 'seed 001 §四.1: 处罚种类为警告 is allowed', change: (f) => { f.violation.penalty = 'warning'; f.violation.fineFen = 0 }, denials: [] },

  // LICENSE_STATUS_BLOCKED
  ...BLOCKING.map((letter): RuleCase<F> => ({
    name: `seed 001 §四.3: licence status ${letter} blocks online self-service`,
    change: (f) => void (f.driver.licenseStatus = letter),
    denials: ['LICENSE_STATUS_BLOCKED']
  })),
  { name: 'seed 001 §四.3: several letters, one blocking (HM)', change: (f) => void (f.driver.licenseStatus = 'HM'), denials: ['LICENSE_STATUS_BLOCKED'], messages: ['逾期未换证（M）'] },
  { name: 'FACTS §3: 违法未处理 H, 延期换证 N, 延期体检 P, 延期审验 T do not block', change: (f) => void (f.driver.licenseStatus = 'HNPT'), denials: [] },

  // FULL_SCORE_3_TIMES
  { name: 'seed 001 §四.3: full score reached 3 times in the cycle is refused', change: (f) => void (f.driver.fullScoreCountInCycle = 3), denials: ['FULL_SCORE_3_TIMES'] },
  { name: 'seed 001 §四.3: full score reached twice is allowed', change: (f) => void (f.driver.fullScoreCountInCycle = 2), denials: [] },

  // VEHICLE_NOT_LINKED
  { name: 'seed 001 §三, §四: a vehicle neither own, bound nor rented is refused', change: (f) => void (f.relation = { kind: 'none' }), denials: ['VEHICLE_NOT_LINKED'] },
  { name: 'seed 004 §电子监控处理 1: a bound vehicle is linked', ctx: national, change: (f) => { inBeijing(f); bound(f) }, denials: [] },
  { name: 'a rental vehicle where the profile has no rental rule (national) is not linked', ctx: national, change: (f) => { inBeijing(f); rented(f) }, denials: ['VEHICLE_NOT_LINKED', 'VEHICLE_USAGE_OPERATING'] },

  // VEHICLE_USAGE_OPERATING
  { name: 'seed 000 tip 4: 客货车 (公路客运 B) must be processed at the window', change: (f) => void (f.vehicle.useCode = 'B'), denials: ['VEHICLE_USAGE_OPERATING'] },
  { name: 'seed 000 tip 4: 校车 (O) must be processed at the window', change: (f) => void (f.vehicle.useCode = 'O'), denials: ['VEHICLE_USAGE_OPERATING'] },
  { name: 'seed 001 §四.1: 货运 F refused; the rule is use !== A, so 营转非 L is refused too', change: (f) => void (f.vehicle.useCode = 'L'), denials: ['VEHICLE_USAGE_OPERATING'] },
  { name: 'seed 001 §四.1: 非营运 A allowed (baseline)', denials: [] },

  // VEHICLE_TYPE_NOT_ALLOWED
  { name: 'seed 001 §四.1: own motorcycle is not a 小型汽车 in cq', change: (f) => { f.vehicle.plateType = '07'; f.vehicle.kind = 'two_wheel_motorcycle'; f.driver.classes = 'C1E' }, denials: ['VEHICLE_TYPE_NOT_ALLOWED'] },
  { name: 'seed 000 §07: fj processes own non-operating small vehicles only: an own motorcycle is refused', ctx: { jurisdiction: WHERE.fj }, change: (f) => { f.violation.regionCode = '350502'; f.vehicle.plateType = '07'; f.vehicle.kind = 'two_wheel_motorcycle'; f.driver.classes = 'C1E' }, denials: ['VEHICLE_TYPE_NOT_ALLOWED'] },
  { name: 'seed 000 §07: fj processes an own non-operating small car', ctx: { jurisdiction: WHERE.fj }, change: (f) => void (f.violation.regionCode = '350502'), denials: [] },
  { name: 'seed 001 §四.1: own 小型新能源汽车 (52) is allowed in cq', change: (f) => void (f.vehicle.plateType = '52'), denials: [] },
  { name: 'seed 002: own vehicles of any plate type (a large truck) are allowed', ctx: city, change: (f) => { f.violation.regionCode = '210102'; f.vehicle.plateType = '01'; f.vehicle.kind = 'large_truck'; f.driver.classes = 'B2' }, denials: [] },
  { name: 'seed 002: own vehicles may be registered in another city', ctx: city, change: (f) => { f.violation.regionCode = '210102'; f.vehicle.plate = '粤B12345' }, denials: [] },
  { name: 'seed 002: non-owned only 小型汽车/小型新能源汽车: bound large truck refused', ctx: city, change: (f) => { f.violation.regionCode = '210102'; bound(f); f.vehicle.plateType = '01'; f.vehicle.kind = 'large_truck'; f.driver.classes = 'B2' }, denials: ['VEHICLE_TYPE_NOT_ALLOWED'] },
  { name: 'seed 002: bound 小型新能源汽车 allowed', ctx: city, change: (f) => { f.violation.regionCode = '210102'; bound(f); f.vehicle.plateType = '52' }, denials: [] },
  { name: 'seed 001 §四.1 备注: a bound unit vehicle is refused outside the epidemic profile', change: (f) => { bound(f); f.vehicle.ownerKind = 'unit' }, denials: ['VEHICLE_TYPE_NOT_ALLOWED'] },
  { name: 'seed 003: during the epidemic a bound unit small non-operating vehicle is allowed', change: (f) => { epidemic(f); bound(f, '2020-02-13T09:00:00+08:00'); f.vehicle.ownerKind = 'unit' }, denials: [] },
  { name: 'seed 001 §四.1 备注: during the epidemic bound large/medium non-operating vehicles are allowed', change: (f) => { epidemic(f); bound(f, '2020-02-13T09:00:00+08:00'); f.vehicle.plateType = '01'; f.vehicle.kind = 'medium_bus'; f.driver.classes = 'B1' }, denials: [] },
  { name: 'seed 001 §四.1 备注: during the epidemic bound motorcycles are allowed', change: (f) => { epidemic(f); bound(f, '2020-02-13T09:00:00+08:00'); f.vehicle.plateType = '07'; f.vehicle.kind = 'two_wheel_motorcycle'; f.driver.classes = 'E' }, denials: [] },

  // VEHICLE_STATUS_BLOCKED
  ...[['B', '转出'], ['C', '被盗抢'], ['E', '注销'], ['P', '达到报废标准'], ['M', '强制注销']].map(([letter, name]): RuleCase<F> => ({
    name: `seed 001 §四.1: vehicle status ${letter} ${name} blocks`,
    change: (f) => void (f.vehicle.status = letter ?? ''),
    denials: ['VEHICLE_STATUS_BLOCKED']
  })),
  { name: 'seed 001 §四.1: vehicle status G 违法未处理 does not block', change: (f) => void (f.vehicle.status = 'G'), denials: [] },

  // VIOLATION_BEFORE_BINDING
  { name: 'seed 001 §四.2: a bound vehicle\'s violation before the binding is refused', change: (f) => bound(f, '2026-11-10T09:00:00+08:00'), denials: ['VIOLATION_BEFORE_BINDING'] },
  { name: 'seed 001 §四.2: a 0-point violation before the binding is allowed in cq', change: (f) => { bound(f, '2026-11-10T09:00:00+08:00'); f.violation.points = 0; f.violation.fineFen = 10000 }, denials: [] },
  { name: 'seed 002 二: 发生在绑定日期后 only, without a 0-point exception (city-002)', ctx: city, change: (f) => { f.violation.regionCode = '210102'; bound(f, '2026-11-10T09:00:00+08:00'); f.violation.points = 0 }, denials: ['VIOLATION_BEFORE_BINDING'] },
  { name: 'seed 001 §四.2: a violation after the binding is allowed', change: (f) => bound(f, '2026-11-02T08:14:59+08:00'), denials: [] },
  { name: 'seed 001 §四.2 备注 / seed 003: the epidemic profile lifts the binding-date rule', change: (f) => { epidemic(f); bound(f, '2020-02-25T09:00:00+08:00') }, denials: [] },

  // VIOLATION_DISPUTED, VIOLATION_NOT_ON_INTERNET, RESTRICTED_PERSON_OR_VEHICLE
  { name: 'seed 001 §六.1: a record under objection is not processed online', change: (f) => void (f.violation.disputed = true), denials: ['VIOLATION_DISPUTED'] },
  { name: 'seed 002 (5): a record not yet on the internet database', change: (f) => void (f.violation.onInternet = false), denials: ['VIOLATION_NOT_ON_INTERNET'] },
  { name: 'seed 002 (4): a driver under 重点备案/限制处理', change: (f) => void (f.driver.restricted = true), denials: ['RESTRICTED_PERSON_OR_VEHICLE'], messages: ['驾驶人属于重点备案'] },
  { name: 'seed 002 (4): a vehicle under 限制处理', change: (f) => void (f.vehicle.restricted = true), denials: ['RESTRICTED_PERSON_OR_VEHICLE'], messages: ['车辆渝A12345属于'] },

  // DRIVER_NOT_QUALIFIED
  { name: 'seed 002 (2): a C2 licence does not cover a manual small car', change: (f) => void (f.driver.classes = 'C2'), denials: ['DRIVER_NOT_QUALIFIED'] },
  { name: 'seed 002 (2): a C2 licence covers a small automatic car', change: (f) => { f.driver.classes = 'C2'; f.vehicle.kind = 'small_car_automatic' }, denials: [] },
  { name: 'seed 002 (2): B1 covers C1', change: (f) => void (f.driver.classes = 'B1'), denials: [] },
  { name: 'seed 002 (2): a C1 licence does not cover a bound medium bus (epidemic)', change: (f) => { epidemic(f); bound(f, '2020-02-13T09:00:00+08:00'); f.vehicle.plateType = '01'; f.vehicle.kind = 'medium_bus' }, denials: ['DRIVER_NOT_QUALIFIED'] },

  // ALREADY_PROCESSED, VIOLATION_VOIDED
  { name: 'seed 001 §六.3: an already processed record is refused', change: (f) => void (f.violation.status = 'processed'), denials: ['ALREADY_PROCESSED'] },
  { name: 'seed 001 §七.2: processed elsewhere and pending sync counts as processed', change: (f) => void (f.violation.status = 'pending_sync'), denials: ['ALREADY_PROCESSED'], messages: ['等待数据同步'] },
  { name: 'seed 001 §六.3: a paid record is refused', change: (f) => void (f.violation.status = 'paid'), denials: ['ALREADY_PROCESSED'] },
  { name: 'FACTS §6: a voided record is refused', change: (f) => void (f.violation.status = 'voided'), denials: ['VIOLATION_VOIDED'] },

  // MAINTENANCE_WINDOW: [22:00, 01:00) in cq
  { name: 'seed 001 §六.7: 21:59 is allowed', change: at('21:59:59'), denials: [] },
  { name: 'seed 001 §六.7: 22:00 is refused', change: at('22:00:00'), denials: ['MAINTENANCE_WINDOW'], messages: ['当前时间22:00处于每日22:00至次日01:00'] },
  { name: 'seed 001 §六.7: 00:59 is refused', change: at('00:59:59'), denials: ['MAINTENANCE_WINDOW'] },
  { name: 'seed 001 §六.7: 01:00 is allowed', change: at('01:00:00'), denials: [] },
  { name: 'seed 001 §六.7: 14:00Z is 22:00 in China and refused', change: (f) => void (f.at = '2026-11-21T14:00:00Z'), denials: ['MAINTENANCE_WINDOW'] },
  { name: 'national has no maintenance window: 22:30 allowed', ctx: national, change: (f) => { inBeijing(f); at('22:30:00')(f) }, denials: [] },

  // RENTAL_NOT_IN_LEASE (cq)
  { name: 'seed 001 §四.4: the lessee, within the lease, under a recorded contract, is allowed', change: (f) => rented(f), denials: [] },
  { name: 'seed 001 §四.4: contract not recorded by the rental company', change: (f) => rented(f, { contractRecorded: false }), denials: ['RENTAL_NOT_IN_LEASE'] },
  { name: 'seed 001 §四.4: not the lessee nor a recorded temporary driver', change: (f) => rented(f, { lesseeOrTempDriver: false }), denials: ['RENTAL_NOT_IN_LEASE'] },
  { name: 'seed 001 §四.4: violation outside the lease period', change: (f) => rented(f, { from: '2026-11-05T09:00:00+08:00', to: '2026-11-06T09:00:00+08:00' }), denials: ['RENTAL_NOT_IN_LEASE'] },

  // OTHER_PROVINCE
  { name: 'seed 001 §六.4 / seed 002 item 4: a violation in another province is processable, with a warning', change: (f) => void (f.violation.regionCode = '440304'), denials: [], warnings: ['OTHER_PROVINCE'], messages: ['广东省'] },
  { name: 'seed 001 §六.4: same-province records raise no warning', denials: [], warnings: [] },

  // All denials, not just the first.
  {
    name: 'every failing rule is reported',
    change: (f) => {
      f.violation.source = 'onsite'
      f.violation.fineFen = 50000
      f.violation.points = 9
      f.driver.cyclePoints = 6
      f.vehicle.useCode = 'F'
      at('23:00:00')(f)
    },
    denials: ['NOT_CAMERA_RECORDED', 'FINE_OVER_LIMIT', 'POINTS_OVER_LIMIT', 'POINTS_WOULD_REACH_12', 'VEHICLE_USAGE_OPERATING', 'MAINTENANCE_WINDOW']
  }
]

export const ONLINE_TABLE: CaseTable<F> = { action: 'online_self_service', base: onlineFacts, ctx: { jurisdiction: WHERE.cq }, cases }
