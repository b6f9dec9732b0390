// online_self_service: may this person process violations of this vehicle at all? Own vehicles,
// bound (备案) non-owned vehicles after the binding moment, and rental vehicles under a recorded
// contract (seed 001 §三, §四; seed 002; seed 004).
import type { Profile } from '../../profiles/profile-schema'
import { finding } from '../action'
import { showMoment } from '../moment'
import type { RelationFacts, VehicleFacts, ViolationFacts } from '../facts/shared'
import type { Finding } from '../types'
import { typeAllowed, typeNotAllowed, unitVehicleRefused } from '../checks/vehicle'

const TYPE_SOURCE = 'seed 001 §四.1 备注; seed 002'

export function linkageFindings(
  relation: RelationFacts,
  vehicle: VehicleFacts,
  violation: ViolationFacts,
  profile: Profile
): Finding[] {
  const out: Finding[] = []
  const plate = vehicle.plate
  switch (relation.kind) {
    case 'none':
      out.push(
        finding(
          'VEHICLE_NOT_LINKED',
          `车辆${plate}既不是本人名下车辆，也未由本人备案，也没有本人登记在案的租赁合同，不能自助处理该车的违法`,
          'seed 001 §三, §四; seed 002; seed 004'
        )
      )
      break
    case 'own': {
      const own = profile.vehicles.own
      if (own !== 'any' && !own.includes(vehicle.plateType)) {
        out.push(typeNotAllowed('VEHICLE_TYPE_NOT_ALLOWED', '网上处理本人车辆', plate, vehicle.plateType, own, profile, TYPE_SOURCE))
      }
      break
    }
    case 'bound': {
      if (vehicle.ownerKind === 'unit' && !profile.vehicles.unitOwnedBindable) {
        out.push(unitVehicleRefused('VEHICLE_TYPE_NOT_ALLOWED', plate, profile, 'seed 001 §四.1 备注'))
      }
      if (!typeAllowed(profile.vehicles.nonOwned, vehicle.plateType)) {
        out.push(typeNotAllowed('VEHICLE_TYPE_NOT_ALLOWED', '网上处理非本人车辆', plate, vehicle.plateType, profile.vehicles.nonOwned, profile, TYPE_SOURCE))
      }
      const rule = profile.binding.dateRule
      const before = violation.occurredAt.epochMs < relation.boundAt.epochMs
      const exempt = rule.exemptZeroPoints && violation.points === 0
      if (rule.enforced && before && !exempt) {
        const exception = rule.exemptZeroPoints ? '（记0分的违法除外）' : ''
        out.push(
          finding(
            'VIOLATION_BEFORE_BINDING',
            `违法发生于${showMoment(violation.occurredAt)}，早于本人备案该车的时间${showMoment(relation.boundAt)}；非本人车辆只能处理备案后发生的违法${exception}`,
            'seed 001 §四.2 + 备注; seed 002'
          )
        )
      }
      break
    }
    case 'rented': {
      const rental = profile.online.rental
      if (rental === null) {
        out.push(
          finding(
            'VEHICLE_NOT_LINKED',
            `车辆${plate}为租赁车辆，${profile.name}未开通租赁车辆违法自助处理，承租人不能自助处理`,
            'seed 001 §四.4'
          )
        )
        break
      }
      const lease = relation.lease
      const problems: string[] = []
      if (!lease.contractRecorded) problems.push('租赁企业未将租赁合同信息写入互联网平台')
      if (!lease.lesseeOrTempDriver) problems.push('本人不是该合同的承租人或备案的临时驾驶人')
      const at = violation.occurredAt.epochMs
      if (at < lease.from.epochMs || at > lease.to.epochMs) {
        problems.push(`违法时间${showMoment(violation.occurredAt)}不在租赁期间${showMoment(lease.from)}至${showMoment(lease.to)}内`)
      }
      if (problems.length > 0) {
        out.push(finding('RENTAL_NOT_IN_LEASE', `租赁车辆${plate}：${problems.join('；')}`, 'seed 001 §四.4'))
      }
      if (!rental.vehicles.includes(vehicle.plateType)) {
        out.push(typeNotAllowed('VEHICLE_TYPE_NOT_ALLOWED', '租赁车辆自助处理', plate, vehicle.plateType, rental.vehicles, profile, 'seed 001 §四.4'))
      }
      break
    }
  }
  return out
}
