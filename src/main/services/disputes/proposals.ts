// The clerk's proposal on an objection: finding the vehicle actually recorded (plate and type, in
// this window's cache) or the actual driver (ID number), then saving the proposal through the
// write path (dispute.propose), with any further files the reviewer asked for (补录).
import { randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import type { DisputeChanged, DisputeGround, DisputeLookup, DisputeOutcome } from '../../../shared/contract/workflows/disputes-schemas'
import { maskIdNumber, maskName } from '../../../shared/masking'
import type { ProposeDisputePayload } from '../../commands/disputes'
import type { Session } from '../../core/sessions'
import { clerkOf } from '../../core/workflows'
import { validateIdNumber } from '../../rules/validators/id-number'
import { findPlateType, validatePlate } from '../../rules/validators/plate'
import { executeLocally } from '../../sync/rebase'
import { plateTypeName } from '../code-names'
import { decodeAttachments, refsOf, storeAttachments } from './attachments'
import type { DisputeContext } from './context'
import type { DisputeRow } from './queries'
import { detailView } from './views'

type LookupTarget = { kind: 'vehicle'; plate: string; plateType: string } | { kind: 'driver'; idNumber: string }

export interface ProposeInput {
  disputeId: string
  outcome: DisputeOutcome
  ground: DisputeGround | null
  note: string
  vehicleId: string | null
  driverPersonId: string | null
  attachments: { fileName: string; base64: string }[]
}

export function createDisputeProposals(c: DisputeContext) {
  const { q } = c

  function dispute(disputeId: string): DisputeRow {
    const row = q.dispute.get(disputeId) as DisputeRow | undefined
    if (row === undefined) throw new DomainError('DISPUTE_UNKNOWN', '没有该异议记录（可能尚未同步到本窗口）')
    return row
  }

  function lookupVehicle(plateInput: string, typeCode: string): DisputeLookup {
    const plate = validatePlate(plateInput)
    if (!plate.ok) return { state: 'invalid', field: 'plate', message: plate.message }
    const type = findPlateType(typeCode)
    if (type === undefined) return { state: 'invalid', field: 'plateType', message: '请选择号牌种类' }
    const id = q.vehicleByPlate.get(plate.value.plate, type.code) as string | undefined
    if (id === undefined) {
      const others = q.plateTypesOfPlate.all(plate.value.plate) as string[]
      return {
        state: 'not_found',
        message:
          others.length > 0
            ? `号牌${plate.value.plate}登记的号牌种类为${others.map((code) => plateTypeName(code).name).join('、')}，不是${type.name}，请核对`
            : `本辖区数据中没有号牌为${plate.value.plate}的${type.name}；外地车辆须由车辆登记地核实`
      }
    }
    const v = q.vehicle.get(id) as { id: string; plate: string; plate_type: string; model: string; owner_type: string; owner_name: string | null; unit_name: string | null }
    return {
      state: 'found',
      vehicle: {
        id: v.id,
        plate: v.plate,
        plateTypeName: plateTypeName(v.plate_type).name,
        model: v.model,
        ownerMasked: v.owner_type === 'unit' ? (v.unit_name ?? '单位') : maskName(v.owner_name ?? '')
      },
      driver: null
    }
  }

  function lookupDriver(idInput: string): DisputeLookup {
    const id = validateIdNumber(idInput, c.today())
    if (!id.ok) return { state: 'invalid', field: 'idNumber', message: id.message }
    const person = q.personByIdNumber.get(id.value.idNumber) as { id: string; name: string; id_number: string } | undefined
    if (person === undefined) return { state: 'not_found', message: '本辖区数据中没有该身份证号码的人员档案' }
    const status = q.licenseStatus.get(person.id) as string | undefined
    if (status === undefined) return { state: 'not_found', message: `${maskName(person.name)}没有驾驶证档案，不能作为实际驾驶人处理违法` }
    return {
      state: 'found',
      vehicle: null,
      driver: { personId: person.id, nameMasked: maskName(person.name), idNumberMasked: maskIdNumber(person.id_number), licenseStatus: status }
    }
  }

  function lookup(input: { disputeId: string; target: LookupTarget }): DisputeLookup {
    dispute(input.disputeId)
    return input.target.kind === 'vehicle' ? lookupVehicle(input.target.plate, input.target.plateType) : lookupDriver(input.target.idNumber)
  }

  function propose(input: ProposeInput, session: Session | null): DisputeChanged {
    const { operator, clerk } = clerkOf(session, c.config)
    const row = dispute(input.disputeId)
    if (input.outcome === 'void' && input.ground === null) throw new DomainError('GROUND_REQUIRED', '消除违法记录须选择依据', 'ground')
    if (input.outcome === 'correct_plate' && input.vehicleId === null) throw new DomainError('VEHICLE_REQUIRED', '请先查找更正后的车辆（号牌号码和号牌种类）', 'vehicle')
    if (input.outcome === 'transfer' && input.driverPersonId === null) throw new DomainError('DRIVER_REQUIRED', '请先查找实际驾驶人（身份证号码）', 'idNumber')
    const files = decodeAttachments(input.attachments)
    const receipt = c.writes.run({
      action: 'dispute.propose',
      operatorId: operator.id,
      subject: { type: 'dispute', id: input.disputeId },
      auditPayload: { ...input, attachments: refsOf(files), previousStatus: row.status },
      command: (payload: ProposeDisputePayload) => ({ type: 'dispute.propose', payload }),
      apply: (at) => {
        const payload: ProposeDisputePayload = {
          disputeId: input.disputeId,
          outcome: input.outcome,
          ground: input.outcome === 'void' ? input.ground : null,
          note: input.note.trim(),
          vehicleId: input.outcome === 'correct_plate' ? input.vehicleId : null,
          driverPersonId: input.outcome === 'transfer' ? input.driverPersonId : null,
          attachments: refsOf(files),
          serviceRecordId: randomUUID(),
          clerk
        }
        storeAttachments(q, files, input.disputeId, at, operator.id)
        const outcome = executeLocally(c.rows, 'dispute.propose', payload, { at, operatorId: operator.id }, c.env())
        if (!outcome.ok) throw new DomainError(outcome.code, outcome.message)
        return payload
      }
    })
    return { detail: detailView(c, input.disputeId, operator), commandId: receipt.commandId!, online: c.central.online() }
  }

  return { lookup, propose }
}
