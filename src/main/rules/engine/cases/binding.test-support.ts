// bind_vehicle rule table. Baseline: a driver with 2 non-owned vehicles binds a third small,
// non-operating car whose owner sent an SMS code; the car has 2 other drivers (national):
// allowed. Test-only.
import type { ActionFacts } from '../facts-schemas'
import { EPIDEMIC_AT, WHERE, bindFacts, type CaseTable, type RuleCase } from './fixtures.test-support'

type F = ActionFacts<'bind_vehicle'>
const cq = { jurisdiction: WHERE.cq }
const epidemic = (f: F): void => void (f.at = EPIDEMIC_AT)

const cases: RuleCase<F>[] = [
  { name: 'baseline: a third non-owned small car is bound', denials: [], consequences: ['BINDING_DATE_RULE'], messages: ['备案后只能自助处理备案之后发生的违法'] },
  { name: 'seed 001 §三.1: own vehicles are linked automatically: no binding', change: (f) => void (f.applicantIsOwner = true), denials: ['OWN_VEHICLE'] },
  { name: 'seed 001 §三.2 / seed 002 item 3: 3 non-owned vehicles already bound: unbind one first', change: (f) => void (f.applicantBindings = 3), denials: ['USER_BIND_LIMIT'], messages: ['已备案3辆非本人车辆，已达上限3辆'] },
  { name: 'seed 004: 每人最多只能处理三辆: 2 bound, a third is allowed (sd)', ctx: { jurisdiction: WHERE.sd }, denials: [] },
  { name: 'seed 001 §三.2 / seed 002 三: a vehicle with 3 other drivers (owner not counted)', change: (f) => void (f.vehicleBindings = 3), denials: ['VEHICLE_BIND_LIMIT'] },
  { name: 'seed 002: a large-vehicle plate (01) cannot be bound', change: (f) => void (f.vehicle.plateType = '01'), denials: ['BIND_VEHICLE_TYPE'] },
  { name: 'seed 002: a 小型新能源汽车 (52) can be bound', change: (f) => void (f.vehicle.plateType = '52'), denials: [] },
  { name: 'FACTS §5: an operating vehicle (货运 F) cannot be bound', change: (f) => void (f.vehicle.useCode = 'F'), denials: ['BIND_VEHICLE_TYPE'] },
  { name: 'seed 001 §四.1 备注: a unit vehicle cannot be bound in cq outside the epidemic', ctx: cq, change: (f) => void (f.vehicle.ownerKind = 'unit'), denials: ['BIND_VEHICLE_TYPE'] },
  { name: 'seed 001 §三.3: during the epidemic a unit small non-operating vehicle is bound with the manager\'s SMS code', ctx: cq, change: (f) => { epidemic(f); f.vehicle.ownerKind = 'unit' }, denials: [], messages: ['允许处理备案前发生的违法'] },
  { name: 'seed 003: during the epidemic a large non-operating vehicle is bound in cq', ctx: cq, change: (f) => { epidemic(f); f.vehicle.plateType = '01' }, denials: [] },
  { name: 'seed 001 §三.2: without the owner\'s consent the binding is refused', change: (f) => void (f.ownerConsent = 'none'), denials: ['OWNER_CONSENT_MISSING'] },
  { name: 'seed 001 §三.2: the owner\'s QR code is consent', change: (f) => void (f.ownerConsent = 'qr_code'), denials: [] },
  { name: 'seed 001 §三.3: a unit vehicle without consent names the manager', change: (f) => { f.vehicle.ownerKind = 'unit'; f.ownerConsent = 'none' }, denials: ['OWNER_CONSENT_MISSING'], messages: ['单位车辆管理人'] },
  { name: 'a vehicle already bound by the applicant', change: (f) => void (f.alreadyBound = true), denials: ['ALREADY_BOUND'] },
  { name: 'seed 001 §四.1: a stolen vehicle (C) cannot be bound', change: (f) => void (f.vehicle.status = 'C'), denials: ['VEHICLE_STATUS_BLOCKED'] },
  { name: 'seed 001 §四.2: in cq the binding rule exempts 0-point violations', ctx: cq, denials: [], messages: ['记0分的违法不受此限'] },
  {
    name: 'every failing binding rule is reported',
    change: (f) => { f.applicantBindings = 3; f.vehicleBindings = 4; f.vehicle.plateType = '01'; f.ownerConsent = 'none'; f.alreadyBound = true },
    denials: ['ALREADY_BOUND', 'USER_BIND_LIMIT', 'VEHICLE_BIND_LIMIT', 'BIND_VEHICLE_TYPE', 'OWNER_CONSENT_MISSING'],
    absent: ['BINDING_DATE_RULE']
  }
]

export const BIND_TABLE: CaseTable<F> = { action: 'bind_vehicle', base: bindFacts, ctx: { jurisdiction: WHERE.city }, cases }
