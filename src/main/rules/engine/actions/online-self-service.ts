// online_self_service: could this person process this violation themselves on 12123, and if not,
// why not? Every rule that fails is reported (RULES.md "Self-service on 12123").
import { z } from 'zod'
import { findProvince } from '../../validators/regions'
import { defineAction, finding, outcome, type RuleEnv, type RuleResult } from '../action'
import { disputed, recordName } from '../checks/record'
import { closedRecordFindings } from '../closed-record'
import { blockingStatuses, driverNotQualified, statusNames } from '../checks/driver'
import { maintenanceWindow } from '../checks/time-window'
import { useName, vehicleStatusBlocked } from '../checks/vehicle'
import { yuan } from '../format'
import { zonedDateTime } from '../facts/primitives'
import { driverFacts, relationFacts, vehicleFacts, violationFacts } from '../facts/shared'
import { checkViolationAgainstAt } from '../facts/consistency'
import { linkageFindings } from './online-linkage'

export const onlineSelfServiceFacts = z
  .strictObject({
    at: zonedDateTime,
    violation: violationFacts,
    driver: driverFacts,
    vehicle: vehicleFacts,
    relation: relationFacts
  })
  .superRefine((f, ctx) => {
    checkViolationAgainstAt(ctx, f.violation, f.at)
    if (f.driver.firstIssueDate > f.at.date) {
      ctx.addIssue({ code: 'custom', path: ['driver', 'firstIssueDate'], message: `不能晚于办理日期${f.at.date}` })
    }
    if (f.relation.kind === 'own' && f.vehicle.ownerKind !== 'person') {
      ctx.addIssue({ code: 'custom', path: ['vehicle', 'ownerKind'], message: '与relation.kind为own矛盾：本人名下车辆的所有人类型应为person' })
    }
    if (f.relation.kind === 'bound' && f.relation.boundAt.epochMs > f.at.epochMs) {
      ctx.addIssue({ code: 'custom', path: ['relation', 'boundAt'], message: `不能晚于办理时间${f.at.iso}` })
    }
    if (f.relation.kind === 'rented' && f.relation.lease.from.epochMs > f.relation.lease.to.epochMs) {
      ctx.addIssue({ code: 'custom', path: ['relation', 'lease', 'to'], message: '不能早于租赁开始时间（lease.from）' })
    }
  })

export type OnlineSelfServiceFacts = z.output<typeof onlineSelfServiceFacts>

function rule(f: OnlineSelfServiceFacts, { profile, jurisdiction }: RuleEnv): RuleResult {
  const o = outcome()
  const { violation: v, driver: d, vehicle } = f
  const record = recordName(v)

  // The record.
  const closed = closedRecordFindings('online_self_service', v)
  // A processed or voided record is closed: that is the whole answer. The other checks assume the
  // record is still to be processed (its points would be counted twice, for one).
  if (closed.length > 0) {
    closed.forEach((x) => o.deny(x))
    return o.result()
  }
  o.deny(disputed(v, '须到违法行为发生地公安交管部门窗口处理，不能网上处理'))
  if (!v.onInternet) {
    o.deny(finding('VIOLATION_NOT_ON_INTERNET', `${record}尚未更新至互联网数据库，网上查询不到，请到窗口处理或稍后再试`, 'seed 002 (5)'))
  }
  if (v.source !== 'camera') {
    o.deny(
      finding('NOT_CAMERA_RECORDED', `${record}为民警现场处罚的记录，不是交通技术监控设备记录的违法；现场处罚只能网上缴款，不能网上处理`, 'seed 001 §四.1; seed 002; seed 004')
    )
  }
  if (v.penalty === 'beyond_simple') {
    o.deny(finding('PENALTY_NOT_SIMPLE', `${record}的处罚除罚款外还有暂扣或吊销驾驶证、拘留等，不适用简易程序，须到窗口处理`, 'seed 001 §四.1'))
  }
  if (v.fineFen > profile.online.fineLimitFen) {
    o.deny(
      finding('FINE_OVER_LIMIT', `罚款${yuan(v.fineFen)}，超过网上处理上限${yuan(profile.online.fineLimitFen)}（含），须到窗口处理`, 'seed 000 tip 4; seed 001 §四.1; seed 002; seed 004')
    )
  }
  const cap = profile.online.perViolationPointsCap
  if (cap !== null && v.points > cap) {
    o.deny(finding('POINTS_OVER_LIMIT', `本次违法记${v.points}分，超过网上处理单次记分上限${cap}分（含），须到窗口处理`, 'seed 001 §四.1'))
  }

  // The driver.
  const total = d.cyclePoints + v.points
  if (total >= profile.points.threshold) {
    o.deny(
      finding(
        'POINTS_WOULD_REACH_12',
        `本次记${v.points}分，当前已记${d.cyclePoints}分，累计将达${total}分（${profile.points.threshold}分及以上不能网上处理），须到窗口处理`,
        'seed 000 §07, tip 1; seed 001 §四.3; seed 002; seed 004'
      )
    )
  }
  const blocking = blockingStatuses(d.licenseStatus)
  if (blocking.length > 0) {
    o.deny(finding('LICENSE_STATUS_BLOCKED', `驾驶证状态为${statusNames(blocking)}，不能网上处理`, 'seed 001 §四.3; FACTS §3'))
  }
  if (d.fullScoreCountInCycle >= profile.points.fullScoreTimesLimit) {
    o.deny(
      finding(
        'FULL_SCORE_3_TIMES',
        `本记分周期内已${d.fullScoreCountInCycle}次记满12分（${profile.points.fullScoreTimesLimit}次及以上不能网上处理）`,
        'seed 001 §四.3'
      )
    )
  }
  o.deny(driverNotQualified(d.classes, vehicle.kind, vehicle.plate))
  if (d.restricted || vehicle.restricted) {
    const who = [d.restricted ? '驾驶人' : '', vehicle.restricted ? `车辆${vehicle.plate}` : ''].filter(Boolean).join('和')
    o.deny(finding('RESTRICTED_PERSON_OR_VEHICLE', `${who}属于重点备案或限制处理情形，须到窗口处理`, 'seed 002 (4)'))
  }

  // The vehicle and the person's link to it.
  for (const x of linkageFindings(f.relation, vehicle, v, profile)) o.deny(x)
  const rentalUse = f.relation.kind === 'rented' && profile.online.rental !== null && vehicle.useCode === 'G'
  if (vehicle.useCode !== 'A' && !rentalUse) {
    o.deny(
      finding(
        'VEHICLE_USAGE_OPERATING',
        `车辆${vehicle.plate}的使用性质为${useName(vehicle.useCode)}，网上只能处理非营运（A）车辆的违法，须到窗口处理后再网上缴款`,
        'seed 000 tip 4; seed 001 §四.1'
      )
    )
  }
  o.deny(vehicleStatusBlocked(vehicle.plate, vehicle.status, 'VEHICLE_STATUS_BLOCKED', 'seed 001 §四.1'))

  // The moment.
  o.deny(maintenanceWindow(f.at, profile, '网上处理违法'))

  // Warnings and what follows.
  const province = v.regionCode.slice(0, 2)
  if (jurisdiction !== undefined && province !== jurisdiction.slice(0, 2)) {
    const name = findProvince(province)?.name ?? province
    o.warn(
      finding(
        'OTHER_PROVINCE',
        `违法发生在${name}，网上处理将转到${name}的交管12123平台，罚款金额以当地裁量标准为准，可能与本地不同`,
        'seed 001 §六.4'
      )
    )
  }
  if (o.denials.length === 0 && v.fineFen > 0) {
    const minutes = profile.online.paymentWindowMinutes
    const span = minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`
    o.note(
      finding('ONLINE_PAYMENT_WINDOW', `网上处理后须在${span}内缴纳罚款${yuan(v.fineFen)}，否则记录将退回未处理状态`, 'seed 001 §六.2')
    )
  }
  return o.result()
}

export const onlineSelfService = defineAction('online_self_service', onlineSelfServiceFacts, rule)
