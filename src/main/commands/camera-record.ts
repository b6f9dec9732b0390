// camera.record: a new violation record from monitoring equipment, entered by the central system's
// intake (played by `counterdesk central simulate`). Never issued by a workstation.
import { z } from 'zod'
import { defineCommand, refuse } from './types'

export const cameraRecordPayload = z.strictObject({
  id: z.string().min(1).max(64),
  recordNo: z.string().min(1).max(32),
  vehicleId: z.string().min(1).max(64).nullable(),
  plate: z.string().min(1).max(16),
  plateType: z.string().regex(/^\d{2}$/),
  code: z.string().regex(/^\d{4,5}$/),
  behaviour: z.string().min(1).max(200),
  penalty: z.enum(['warning', 'fine', 'beyond_simple']),
  fineFen: z.number().int().min(0),
  points: z.number().int().min(0).max(12),
  occurredAt: z.string().min(20).max(40),
  place: z.string().min(1).max(200),
  regionCode: z.string().regex(/^\d{6}$/),
  discoveringOrgan: z.string().min(1).max(64)
})
export type CameraRecordPayload = z.infer<typeof cameraRecordPayload>

export const cameraRecord = defineCommand<CameraRecordPayload>({
  type: 'camera.record',
  payload: cameraRecordPayload,
  reads: (p) => [
    { table: 'violations', column: 'id', value: p.id },
    { table: 'violations', column: 'record_no', value: p.recordNo }
  ],
  decide(p, state, ctx) {
    if (ctx.side !== 'central') return refuse('CENTRAL_ONLY', '监控记录只能由中心录入')
    if (state.byId('violations', p.id) !== undefined || state.where('violations', 'record_no', p.recordNo).length > 0) {
      return refuse('RECORD_EXISTS', `违法记录${p.recordNo}已存在`)
    }
    return {
      ok: true,
      writes: [
        {
          table: 'violations',
          op: 'upsert',
          row: {
            id: p.id,
            record_no: p.recordNo,
            source: 'camera',
            vehicle_id: p.vehicleId,
            plate: p.plate,
            plate_type: p.plateType,
            driver_person_id: null,
            code: p.code,
            behaviour: p.behaviour,
            penalty: p.penalty,
            fine_fen: p.fineFen,
            points: p.points,
            status: 'unprocessed',
            occurred_at: p.occurredAt,
            place: p.place,
            region_code: p.regionCode,
            discovering_organ: p.discoveringOrgan,
            on_internet: true,
            updated_at: ctx.at
          }
        }
      ]
    }
  }
})
