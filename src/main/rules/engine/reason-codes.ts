// Every reason code each action can report. `catalogue` codes are RULES.md's; `added` codes are
// this engine's own, for edge cases and for what the clerk must tell the citizen (documented in
// docs/rules.md). Tests check that an action reports nothing outside its list.
import type { ActionName } from './types'

export interface ActionCodes {
  catalogue: readonly string[]
  added: readonly string[]
}

export const REASON_CODES = {
  online_self_service: {
    catalogue: [
      'NOT_CAMERA_RECORDED',
      'PENALTY_NOT_SIMPLE',
      'FINE_OVER_LIMIT',
      'POINTS_OVER_LIMIT',
      'POINTS_WOULD_REACH_12',
      'LICENSE_STATUS_BLOCKED',
      'FULL_SCORE_3_TIMES',
      'VEHICLE_NOT_LINKED',
      'VEHICLE_USAGE_OPERATING',
      'VEHICLE_TYPE_NOT_ALLOWED',
      'VEHICLE_STATUS_BLOCKED',
      'VIOLATION_BEFORE_BINDING',
      'VIOLATION_DISPUTED',
      'VIOLATION_NOT_ON_INTERNET',
      'RESTRICTED_PERSON_OR_VEHICLE',
      'DRIVER_NOT_QUALIFIED',
      'ALREADY_PROCESSED',
      'MAINTENANCE_WINDOW',
      'RENTAL_NOT_IN_LEASE',
      'OTHER_PROVINCE'
    ],
    // VIOLATION_VOIDED: a voided record cannot be processed online either.
    // ONLINE_PAYMENT_WINDOW: consequence, pay within the profile's window (seed 001 §六.2).
    added: ['VIOLATION_VOIDED', 'ONLINE_PAYMENT_WINDOW']
  },
  window_process: {
    catalogue: [
      'ALREADY_PROCESSED',
      'VIOLATION_DISPUTED',
      'VIOLATION_VOIDED',
      'WILL_REACH_12',
      'CRITICAL_POINTS_NOTICE',
      'OFFLINE_PROVISIONAL',
      'LICENSE_STATUS_BLOCKED'
    ],
    // Consequences the clerk tells the driver: points recorded, payment deadline.
    added: ['POINTS_RECORDED', 'PAYMENT_DEADLINE']
  },
  register_account: {
    catalogue: [
      'ID_NUMBER_INVALID',
      'PHONE_INVALID',
      'PHONE_TAKEN',
      'ID_TAKEN',
      'PHONE_NOT_LOCAL',
      'PHONE_DIFFERS_FROM_RECORD',
      'UNIT_CODE_INVALID'
    ],
    added: []
  },
  change_phone: {
    catalogue: ['PHONE_INVALID', 'PHONE_TAKEN', 'PHONE_NOT_LOCAL', 'PHONE_UNCHANGED', 'IDENTITY_NOT_VERIFIED'],
    added: []
  },
  bind_vehicle: {
    catalogue: ['OWN_VEHICLE', 'USER_BIND_LIMIT', 'VEHICLE_BIND_LIMIT', 'BIND_VEHICLE_TYPE', 'OWNER_CONSENT_MISSING', 'ALREADY_BOUND'],
    // VEHICLE_STATUS_BLOCKED: a 转出/盗抢/注销/报废 vehicle cannot be bound.
    // BINDING_DATE_RULE: consequence, which violations the binding will let the driver process.
    added: ['VEHICLE_STATUS_BLOCKED', 'BINDING_DATE_RULE']
  },
  pay_fine: {
    catalogue: ['ALREADY_PAID', 'PAYMENT_WINDOW_EXPIRED', 'MAINTENANCE_WINDOW'],
    // NOT_PAYABLE_ONLINE: channel online and the profile does not take this kind of decision online.
    // AMOUNT_DUE: consequence, the amounts in words.
    added: ['NOT_PAYABLE_ONLINE', 'AMOUNT_DUE']
  },
  file_dispute: {
    catalogue: ['DISPUTE_WRONG_JURISDICTION', 'ALREADY_DISPUTED', 'ALREADY_PROCESSED'],
    added: ['VIOLATION_VOIDED']
  },
  resolve_dispute: {
    catalogue: ['GROUND_REQUIRED', 'SAME_OPERATOR', 'NOT_SUPERVISOR'],
    // NOT_AWAITING_APPROVAL: only a proposed resolution can be approved.
    added: ['NOT_AWAITING_APPROVAL']
  }
} as const satisfies Record<ActionName, ActionCodes>

export type ReasonCode = {
  [A in ActionName]: (typeof REASON_CODES)[A]['catalogue'][number] | (typeof REASON_CODES)[A]['added'][number]
}[ActionName]
