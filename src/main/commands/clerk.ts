// Pieces every counter-workflow command shares: who did it and where (copied into the service
// record, so the person's history reads the same on every window and at central), SMS proofs that
// central re-checks, and the service record row itself.
import { z } from 'zod'
import type { CommandContext, RowWrite } from './types'

import { SMS_PURPOSE_VALUES } from '../../shared/contract/workflows/sms'

export const SMS_PURPOSES = SMS_PURPOSE_VALUES
export type SmsPurpose = (typeof SMS_PURPOSES)[number]

/** The clerk at the window: police number, name, the workstation and its organ / window name. */
export const clerkSchema = z.strictObject({
  operatorNo: z.string().min(1).max(16),
  operatorName: z.string().min(1).max(32),
  workstationId: z.string().min(1).max(64),
  place: z.string().min(1).max(64),
  /**
   * The operator's role at the window. Central has no operator registry (operators are the
   * workstation's own), so it trusts the enrolled window for it; commands that only a supervisor
   * may give (binding review) refuse without it.
   */
  role: z.enum(['clerk', 'supervisor', 'admin']).optional()
})
export type Clerk = z.infer<typeof clerkSchema>

/** A phone proven by an SMS code read back at the window (challenge verified by central). */
export const smsProofSchema = z.strictObject({
  challengeId: z.uuid(),
  phone: z.string().regex(/^1\d{10}$/),
  purpose: z.enum(SMS_PURPOSES)
})
export type SmsProof = z.infer<typeof smsProofSchema>

/**
 * Central re-checks every SMS proof against its own gateway records; a workstation accepted the
 * proof when central answered its verify request, so on the workstation the proof stands.
 */
export function smsProofHolds(proof: SmsProof, ctx: CommandContext): boolean {
  if (ctx.side === 'workstation') return true
  return ctx.verifiedSms?.has(smsProofKey(proof)) ?? false
}

/** A proof is the whole triple: a challenge verified for one phone and one purpose proves nothing else. */
export function smsProofKey(proof: { challengeId: string; phone: string; purpose: string }): string {
  return `${proof.challengeId}|${proof.phone}|${proof.purpose}`
}

export interface ServiceRecordInput {
  id: string
  personId: string | null
  unitId?: string | null
  kind: string
  summary: string
  detail: Record<string, unknown>
  clerk: Clerk | null
  /** Where, when there is no clerk: '交管12123' or the bank's name. */
  place?: string
  channel?: 'window' | 'app' | 'bank' | 'central'
}

/** The history row of a business, written by the command with the business's own rows. */
export function serviceRecordWrite(input: ServiceRecordInput, ctx: CommandContext): RowWrite {
  return {
    table: 'service_records',
    op: 'upsert',
    row: {
      id: input.id,
      person_id: input.personId,
      unit_id: input.unitId ?? null,
      kind: input.kind,
      summary: input.summary,
      detail: JSON.stringify(input.detail),
      at: ctx.at,
      operator_id: input.clerk === null ? null : ctx.operatorId,
      operator_no: input.clerk?.operatorNo ?? null,
      operator_name: input.clerk?.operatorName ?? null,
      workstation_id: input.clerk?.workstationId ?? null,
      place: input.clerk?.place ?? input.place ?? '交管中心',
      channel: input.channel ?? (input.clerk === null ? 'central' : 'window')
    }
  }
}

/** Every object in a command payload shaped like an SMS proof (wherever the command keeps it). */
export function proofsIn(payload: unknown): { challengeId: string; phone: string; purpose: string }[] {
  const found: { challengeId: string; phone: string; purpose: string }[] = []
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk)
    if (v === null || typeof v !== 'object') return
    const o = v as Record<string, unknown>
    if (typeof o.challengeId === 'string' && typeof o.phone === 'string' && typeof o.purpose === 'string') {
      found.push({ challengeId: o.challengeId, phone: o.phone, purpose: o.purpose })
    }
    Object.values(o).forEach(walk)
  }
  walk(payload)
  return found
}
