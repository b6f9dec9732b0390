// What the window shows before a binding is saved: the person's bindings and the limits in force
// (`binding:list`), and, for a plate typed by the clerk, the vehicle and the rules' verdict with the
// person's bindings and the vehicle's other drivers, so a limit can be freed right there
// (`binding:check`). The verdict comes from the command's own reading of the rows.
import { DomainError } from '../../../shared/contract/result'
import type { BindingCheck, BindingItem, BindingOverview, VehicleDriver } from '../../../shared/contract/workflows/binding-schemas'
import { maskIdNumber, maskName, maskPhone } from '../../../shared/masking'
import { bindingSituation, bindingVerdict, loadBindingState, type BindingSituation } from '../../commands/binding-rules'
import { selectProfile } from '../../rules/engine'
import { PLATE_TYPES, findPlateType, validatePlate } from '../../rules/validators/plate'
import { findProvince } from '../../rules/validators/regions'
import { describeVehicleStatus } from '../../rules/vehicle-status'
import { idTypeName, plateTypeName, vehicleUseName } from '../code-names'
import type { BindingContext } from './context'
import type { BindingListRow, DriverRow, PersonRow, VehicleRow } from './queries'

export function bindingItem(r: BindingListRow): BindingItem {
  return {
    id: r.id,
    vehicleId: r.vehicle_id,
    plate: r.plate,
    plateType: plateTypeName(r.plate_type),
    use: vehicleUseName(r.use_code),
    model: r.model,
    status: r.status,
    consent: r.consent,
    channel: r.channel,
    boundAt: r.bound_at,
    awaitingCentral: r.awaiting === 1
  }
}

function driverItem(r: DriverRow): VehicleDriver {
  return { bindingId: r.id, nameMasked: maskName(r.name), idNumberMasked: maskIdNumber(r.id_number), status: r.status, boundAt: r.bound_at }
}

export function ownerNameShown(v: VehicleRow): string {
  if (v.owner_name === null) return '（车主记录缺失）'
  return v.owner_type === 'unit' ? v.owner_name : maskName(v.owner_name)
}

export function createBindingOverview(c: BindingContext) {
  const { q } = c

  function person(personId: string): PersonRow {
    const row = q.person.get(personId) as PersonRow | undefined
    if (row === undefined) throw new DomainError('PERSON_NOT_FOUND', '未找到该人员的档案，可能尚未同步。', 'personId')
    return row
  }

  function profile() {
    const selection = selectProfile(c.profiles, { date: c.today(), jurisdiction: c.config.regionCode })
    if (!selection.ok) throw new DomainError(selection.error.code, selection.error.message)
    return selection.profile
  }

  function plateTypeChoices() {
    const bindable = profile().vehicles.nonOwned
    const first = PLATE_TYPES.filter((type) => bindable.includes(type.code))
    return [...first, ...PLATE_TYPES.filter((type) => !bindable.includes(type.code))].map((type) => ({ code: type.code, name: type.name }))
  }

  function limits() {
    const { binding, name } = profile()
    return { perPerson: binding.maxNonOwnedPerPerson, perVehicle: binding.maxDriversPerVehicle, windowReview: binding.windowReview, profileName: name }
  }

  const personBindings = (personId: string): BindingItem[] => (q.personBindings.all(personId) as BindingListRow[]).map(bindingItem)

  function list(personId: string): BindingOverview {
    const p = person(personId)
    return {
      person: {
        id: p.id,
        name: p.name,
        idTypeName: idTypeName(p.id_type),
        idNumberMasked: maskIdNumber(p.id_number),
        otherIdDocument: p.id_type !== 'A',
        hasLicense: q.hasLicense.get(p.id) !== undefined
      },
      bindings: personBindings(personId),
      limits: limits(),
      platePrefix: findProvince(c.config.regionCode.slice(0, 2))?.plateAbbr ?? '',
      plateTypes: plateTypeChoices()
    }
  }

  /** The situation the command would decide on, from this window's rows (pending actions included). */
  function situation(personId: string, vehicleId: string): BindingSituation {
    const found = bindingSituation(personId, vehicleId, loadBindingState(personId, vehicleId, (query) => c.rows.load(query)))
    if (!found.ok) throw new DomainError(found.code, found.message)
    return found.situation
  }

  function check(input: { personId: string; plate: string; plateType: string }): BindingCheck {
    person(input.personId)
    const plate = validatePlate(input.plate)
    if (!plate.ok) return { state: 'invalid', field: 'plate', code: plate.code, message: plate.message }
    const type = findPlateType(input.plateType)
    if (type === undefined) return { state: 'invalid', field: 'plateType', code: 'PLATE_TYPE_INVALID', message: '请选择号牌种类' }
    const normalised = plate.value.plate
    const vehicleId = q.vehicleId.get(normalised, type.code) as string | undefined
    if (vehicleId === undefined) {
      const others = q.plateTypesOfPlate.all(normalised) as string[]
      const message =
        others.length > 0
          ? `号牌${normalised}登记的号牌种类为${others.map((code) => plateTypeName(code).name).join('、')}，不是${type.name}，请核对号牌种类`
          : `本辖区数据中没有号牌为${normalised}的${type.name}，请核对号牌；外地车辆须到车辆登记地办理备案`
      return { state: 'not_found', message }
    }
    const s = situation(input.personId, vehicleId)
    // Asked before consent: the verdict assumes the owner agrees, consent is the next step.
    const verdict = bindingVerdict(s, 'owner_present', { at: c.now(), profiles: c.profiles, jurisdiction: c.config.regionCode })
    if (!verdict.ok) throw new DomainError(verdict.code, verdict.message)
    const denials = [...verdict.decision.denials]
    if (!s.hasLicense) {
      denials.unshift({ code: 'DRIVER_UNKNOWN', message: '当事人没有驾驶证档案，不能备案他人车辆（备案对象为驾驶人）', source: 'FACTS §5' })
    }
    const warnings = [...verdict.decision.warnings]
    if (s.consentPhone === null && denials.length === 0) {
      warnings.push({
        code: 'OWNER_PHONE_UNKNOWN',
        message: `车辆登记信息中没有${s.ownerKind === 'unit' ? '单位管理人' : '车主'}手机号，无法短信验证，须${s.ownerKind === 'unit' ? '管理人' : '车主'}到场同意`,
        source: 'seed 001 §三.2–3'
      })
    }
    const v = q.vehicle.get(vehicleId) as VehicleRow
    return {
      state: 'found',
      vehicle: {
        id: v.id,
        plate: v.plate,
        plateType: plateTypeName(v.plate_type),
        use: vehicleUseName(v.use_code),
        model: v.model,
        status: describeVehicleStatus(v.status),
        ownerKind: v.owner_type,
        ownerName: ownerNameShown(v),
        consentPhoneMasked: maskPhone(s.consentPhone)
      },
      verdict: { allowed: denials.length === 0, denials, warnings, consequences: verdict.decision.consequences },
      personBindings: personBindings(input.personId),
      vehicleDrivers: (q.vehicleDrivers.all(vehicleId) as DriverRow[]).map(driverItem),
      limits: limits()
    }
  }

  return { list, check, situation, person }
}

export type BindingOverviewService = ReturnType<typeof createBindingOverview>
