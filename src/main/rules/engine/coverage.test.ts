// Every reason code of RULES.md is triggered by at least one table case, and no action reports a
// code outside its documented list. The RULES.md codes are copied here on purpose rather than
// parsed from shared/: the catalogue may not sit beside every clone of this repository.
import { describe, expect, it } from 'vitest'
import { CHANGE_PHONE_TABLE, REGISTER_TABLE } from './cases/accounts.test-support'
import { BIND_TABLE } from './cases/binding.test-support'
import { FILE_DISPUTE_TABLE, RESOLVE_TABLE } from './cases/disputes.test-support'
import { runCase, type CaseTable } from './cases/fixtures.test-support'
import { ONLINE_TABLE } from './cases/online.test-support'
import { PAY_TABLE } from './cases/payment.test-support'
import { WINDOW_TABLE } from './cases/window.test-support'
import { REASON_CODES } from './reason-codes'
import type { ActionName } from './types'

const RULES_MD_CODES: Record<ActionName, string[]> = {
  online_self_service: [
    'NOT_CAMERA_RECORDED', 'PENALTY_NOT_SIMPLE', 'FINE_OVER_LIMIT', 'POINTS_OVER_LIMIT', 'POINTS_WOULD_REACH_12',
    'LICENSE_STATUS_BLOCKED', 'FULL_SCORE_3_TIMES', 'VEHICLE_NOT_LINKED', 'VEHICLE_USAGE_OPERATING',
    'VEHICLE_TYPE_NOT_ALLOWED', 'VEHICLE_STATUS_BLOCKED', 'VIOLATION_BEFORE_BINDING', 'VIOLATION_DISPUTED',
    'VIOLATION_NOT_ON_INTERNET', 'RESTRICTED_PERSON_OR_VEHICLE', 'DRIVER_NOT_QUALIFIED', 'ALREADY_PROCESSED',
    'MAINTENANCE_WINDOW', 'RENTAL_NOT_IN_LEASE', 'OTHER_PROVINCE'
  ],
  window_process: [
    'ALREADY_PROCESSED', 'VIOLATION_DISPUTED', 'VIOLATION_VOIDED', 'WILL_REACH_12', 'CRITICAL_POINTS_NOTICE',
    'OFFLINE_PROVISIONAL', 'LICENSE_STATUS_BLOCKED'
  ],
  register_account: [
    'ID_NUMBER_INVALID', 'PHONE_INVALID', 'PHONE_TAKEN', 'ID_TAKEN', 'PHONE_NOT_LOCAL', 'PHONE_DIFFERS_FROM_RECORD',
    'UNIT_CODE_INVALID'
  ],
  change_phone: ['PHONE_INVALID', 'PHONE_TAKEN', 'PHONE_NOT_LOCAL', 'PHONE_UNCHANGED', 'IDENTITY_NOT_VERIFIED'],
  bind_vehicle: ['OWN_VEHICLE', 'USER_BIND_LIMIT', 'VEHICLE_BIND_LIMIT', 'BIND_VEHICLE_TYPE', 'OWNER_CONSENT_MISSING', 'ALREADY_BOUND'],
  pay_fine: ['ALREADY_PAID', 'PAYMENT_WINDOW_EXPIRED', 'MAINTENANCE_WINDOW'],
  file_dispute: ['DISPUTE_WRONG_JURISDICTION', 'ALREADY_DISPUTED', 'ALREADY_PROCESSED'],
  resolve_dispute: ['GROUND_REQUIRED', 'SAME_OPERATOR', 'NOT_SUPERVISOR']
}

function reported<F>(table: CaseTable<F>): { action: ActionName; codes: Set<string> } {
  const codes = new Set<string>()
  for (const c of table.cases) {
    const d = runCase(table, c)
    for (const f of [...d.denials, ...d.warnings, ...d.consequences]) codes.add(f.code)
  }
  return { action: table.action, codes }
}

const REPORTED = [
  reported(ONLINE_TABLE),
  reported(WINDOW_TABLE),
  reported(REGISTER_TABLE),
  reported(CHANGE_PHONE_TABLE),
  reported(BIND_TABLE),
  reported(PAY_TABLE),
  reported(FILE_DISPUTE_TABLE),
  reported(RESOLVE_TABLE)
]

describe('reason-code coverage', () => {
  it('has a table for every action', () => {
    expect(REPORTED.map((r) => r.action).sort()).toEqual(Object.keys(RULES_MD_CODES).sort())
  })

  for (const { action, codes } of REPORTED) {
    it(`${action}: every RULES.md code is triggered by some case`, () => {
      const missing = RULES_MD_CODES[action].filter((code) => !codes.has(code))
      expect(missing).toEqual([])
    })

    it(`${action}: every code reported is in REASON_CODES, and every added code is triggered too`, () => {
      const listed: readonly string[] = [...REASON_CODES[action].catalogue, ...REASON_CODES[action].added]
      expect([...codes].filter((code) => !listed.includes(code))).toEqual([])
      expect(REASON_CODES[action].added.filter((code) => !codes.has(code))).toEqual([])
    })

    it(`${action}: REASON_CODES.catalogue is exactly the RULES.md list`, () => {
      expect([...REASON_CODES[action].catalogue].sort()).toEqual([...RULES_MD_CODES[action]].sort())
    })
  }
})
