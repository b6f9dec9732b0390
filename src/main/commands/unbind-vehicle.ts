// binding.remove: the window ends a binding (解除备案), in force or still awaiting review, with the
// reason the citizen gave. Freeing a place is how a driver at the limit of 3 vehicles (or a vehicle
// with 3 drivers) makes room for a new binding (seed 001 §三.2). The history row goes to the
// person whose binding ends, whoever asked for it.
import { z } from 'zod'
import { clerkSchema, serviceRecordWrite } from './clerk'
import { isHolding } from './binding-rules'
import { text } from './rows'
import { defineCommand, refuse } from './types'
import { findPlateType } from '../rules/validators/plate'
import { UNBIND_REASONS, type UnbindReason } from '../../shared/contract/workflows/binding-schemas'

export { UNBIND_REASONS, type UnbindReason }

export const UNBIND_REASON_NAMES: Readonly<Record<UnbindReason, string>> = {
  applicant_request: '驾驶人本人申请',
  owner_request: '车主申请',
  make_room: '腾出备案名额',
  vehicle_disposed: '车辆已转让或注销',
  other: '其他'
}

export const removeBindingPayload = z
  .strictObject({
    bindingId: z.string().min(1).max(64),
    serviceRecordId: z.uuid(),
    reason: z.enum(UNBIND_REASONS),
    /** Required for 'other'; an optional remark otherwise. */
    note: z.string().max(100),
    clerk: clerkSchema
  })
  .refine((p) => p.reason !== 'other' || p.note.trim().length >= 2, { error: '原因为“其他”时须填写说明', path: ['note'] })
export type RemoveBindingPayload = z.infer<typeof removeBindingPayload>

export const removeBinding = defineCommand<RemoveBindingPayload>({
  type: 'binding.remove',
  payload: removeBindingPayload,
  reads(p, peek) {
    const queries = [{ table: 'bindings', column: 'id', value: p.bindingId }]
    const binding = peek('bindings', 'id', p.bindingId)?.[0]
    if (binding !== undefined) queries.push({ table: 'vehicles', column: 'id', value: text(binding, 'vehicle_id') })
    return queries
  },
  decide(p, state, ctx) {
    const binding = state.where('bindings', 'id', p.bindingId)[0]
    if (binding === undefined) return refuse('BINDING_UNKNOWN', '没有该备案记录')
    if (!isHolding(binding)) return refuse('BINDING_NOT_ACTIVE', '该备案已解除或未通过审核，无需解除')
    const vehicle = state.byId('vehicles', text(binding, 'vehicle_id'))
    const plate = vehicle === undefined ? '（车辆记录缺失）' : text(vehicle, 'plate')
    const typeName = vehicle === undefined ? '' : `（${findPlateType(text(vehicle, 'plate_type'))?.name ?? text(vehicle, 'plate_type')}）`
    const note = p.note.trim()
    const reason = UNBIND_REASON_NAMES[p.reason] + (note === '' ? '' : `：${note}`)
    return {
      ok: true,
      writes: [
        { table: 'bindings', op: 'upsert', row: { ...binding, status: 'unbound', unbound_at: ctx.at } },
        serviceRecordWrite(
          {
            id: p.serviceRecordId,
            personId: text(binding, 'person_id'),
            kind: 'binding.remove',
            summary: `解除备案${plate}${typeName}，原因：${reason}`,
            detail: { bindingId: p.bindingId, vehicleId: text(binding, 'vehicle_id'), plate, reason: p.reason, note, previousStatus: text(binding, 'status') },
            clerk: p.clerk
          },
          ctx
        )
      ]
    }
  }
})
