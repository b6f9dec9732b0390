// bind_vehicle: may this driver bind (备案) this non-owned vehicle at the window?
// RULES.md "Binding at the window". The window serves everyone, including holders of military
// ID documents, who cannot bind online (seed 002): no rule here depends on the ID type.
import { z } from 'zod'
import { defineAction, finding, outcome, type RuleEnv, type RuleResult } from '../action'
import { typeAllowed, typeNotAllowed, unitVehicleRefused, useName, vehicleStatusBlocked } from '../checks/vehicle'
import { count, zonedDateTime } from '../facts/primitives'
import { vehicleFacts } from '../facts/shared'

export const bindVehicleFacts = z.strictObject({
  at: zonedDateTime,
  vehicle: vehicleFacts.pick({ plate: true, plateType: true, useCode: true, status: true, ownerKind: true }),
  /** The applicant is the registered owner (own vehicles are linked automatically). */
  applicantIsOwner: z.boolean(),
  /** Non-owned vehicles the applicant has bound now (active or awaiting review). */
  applicantBindings: count(99),
  /** Drivers other than the owner bound to this vehicle now. */
  vehicleBindings: count(99),
  /** The applicant already has a binding of this vehicle (active or awaiting review). */
  alreadyBound: z.boolean(),
  /**
   * The owner's consent: present at the window, the owner's vehicle QR code, or an SMS code sent
   * to the owner's phone (for a unit: the manager's phone); none.
   */
  ownerConsent: z.enum(['owner_present', 'qr_code', 'sms_code', 'none'])
})

export type BindVehicleFacts = z.output<typeof bindVehicleFacts>

function rule(f: BindVehicleFacts, { profile }: RuleEnv): RuleResult {
  const o = outcome()
  const v = f.vehicle
  if (f.applicantIsOwner) {
    // The rules below are about non-owned vehicles; for an own vehicle they do not apply.
    o.deny(finding('OWN_VEHICLE', `车辆${v.plate}登记在本人名下，注册后自动关联，无需备案`, 'seed 001 §三.1'))
    return o.result()
  }
  if (f.alreadyBound) {
    o.deny(finding('ALREADY_BOUND', `本人已备案车辆${v.plate}（或备案正在审核中），无需重复备案`, 'seed 001 §三.2'))
  }
  const maxOwn = profile.binding.maxNonOwnedPerPerson
  if (f.applicantBindings >= maxOwn) {
    o.deny(
      finding(
        'USER_BIND_LIMIT',
        `本人已备案${f.applicantBindings}辆非本人车辆，已达上限${maxOwn}辆，须先解除一辆再备案`,
        'seed 001 §三.2; seed 002; seed 004'
      )
    )
  }
  const maxDrivers = profile.binding.maxDriversPerVehicle
  if (f.vehicleBindings >= maxDrivers) {
    o.deny(
      finding(
        'VEHICLE_BIND_LIMIT',
        `车辆${v.plate}已有${f.vehicleBindings}名其他驾驶人备案（不含车主），已达上限${maxDrivers}名，须先解除一名再备案`,
        'seed 001 §三.2; seed 002'
      )
    )
  }
  if (v.ownerKind === 'unit' && !profile.vehicles.unitOwnedBindable) {
    o.deny(unitVehicleRefused('BIND_VEHICLE_TYPE', v.plate, profile, 'seed 001 §三.3, §四.1 备注'))
  }
  if (!typeAllowed(profile.vehicles.nonOwned, v.plateType)) {
    o.deny(typeNotAllowed('BIND_VEHICLE_TYPE', '备案非本人车辆', v.plate, v.plateType, profile.vehicles.nonOwned, profile, 'seed 002'))
  }
  if (v.useCode !== 'A') {
    o.deny(finding('BIND_VEHICLE_TYPE', `车辆${v.plate}的使用性质为${useName(v.useCode)}，只能备案非营运（A）车辆`, 'seed 002; FACTS §5'))
  }
  o.deny(vehicleStatusBlocked(v.plate, v.status, 'VEHICLE_STATUS_BLOCKED', 'seed 001 §四.1'))
  if (f.ownerConsent === 'none') {
    const whose = v.ownerKind === 'unit' ? '单位车辆管理人' : '车主'
    o.deny(
      finding(
        'OWNER_CONSENT_MISSING',
        `缺少${whose}同意：须${whose}到场、扫描车主机动车二维码，或输入发送至${whose}手机的验证码`,
        'seed 001 §三.2–3'
      )
    )
  }
  if (o.denials.length === 0) {
    const rule = profile.binding.dateRule
    const text = rule.enforced
      ? `备案后只能自助处理备案之后发生的违法${rule.exemptZeroPoints ? '（记0分的违法不受此限）' : ''}`
      : `${profile.name}允许处理备案前发生的违法`
    o.note(finding('BINDING_DATE_RULE', text, 'seed 001 §四.2 + 备注; seed 002'))
  }
  return o.result()
}

export const bindVehicle = defineAction('bind_vehicle', bindVehicleFacts, rule)
