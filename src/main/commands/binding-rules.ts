// What the binding commands (备案 at the window) read and how they turn rows into the rules'
// facts. Shared by binding.create, which decides with it, and the window's `binding:check`, which
// shows the same verdict before the clerk asks for the owner's consent: one reading of the rows,
// so the screen and central cannot disagree about a limit.
import { evaluate, selectProfile, type ActionFacts, type Decision, type Profile } from '../rules/engine'
import type { WireRow } from '../sync/protocol'
import { text, textOrNull } from './rows'
import { StateCache } from './state-cache'
import type { CommandContext, Peek, RowQuery, StateView } from './types'

/** Bindings that count towards the limits: in force, or waiting for a supervisor's review. */
export const HOLDING_STATUSES: ReadonlySet<string> = new Set(['active', 'pending_review'])

export const isHolding = (binding: WireRow): boolean => HOLDING_STATUSES.has(text(binding, 'status'))

/**
 * The rows of one person binding one vehicle. The person and the vehicle come first, in a round
 * of their own: central locks them (FOR UPDATE) before it counts bindings, so two windows binding
 * for the same person or the same vehicle at once are decided one after the other, the second
 * counting the first's binding (a count over bindings alone would miss a row inserted meanwhile).
 */
export function bindingReads(personId: string, vehicleId: string, peek: Peek): RowQuery[] {
  const queries: RowQuery[] = [
    { table: 'people', column: 'id', value: personId },
    { table: 'vehicles', column: 'id', value: vehicleId }
  ]
  const vehicle = peek('vehicles', 'id', vehicleId)
  if (peek('people', 'id', personId) === undefined || vehicle === undefined) return queries
  queries.push(
    { table: 'bindings', column: 'person_id', value: personId },
    { table: 'bindings', column: 'vehicle_id', value: vehicleId },
    { table: 'drivers', column: 'person_id', value: personId }
  )
  const row = vehicle[0]
  const ownerPerson = row === undefined ? null : textOrNull(row, 'owner_person_id')
  const ownerUnit = row === undefined ? null : textOrNull(row, 'owner_unit_id')
  if (ownerPerson !== null && ownerPerson !== personId) queries.push({ table: 'people', column: 'id', value: ownerPerson })
  if (ownerUnit !== null) queries.push({ table: 'units', column: 'id', value: ownerUnit })
  return queries
}

/** The rows of bindingReads loaded with `load` (the window's own rows for `binding:check`). */
export function loadBindingState(personId: string, vehicleId: string, load: (q: RowQuery) => WireRow[]): StateView {
  const cache = new StateCache()
  for (let round = 0; round < 4; round++) {
    const queries = bindingReads(personId, vehicleId, cache.peek).filter((q) => !cache.has(q))
    if (queries.length === 0) break
    for (const q of queries) cache.put(q, load(q))
  }
  return cache
}

export interface BindingSituation {
  person: WireRow
  vehicle: WireRow
  /** The applicant's bindings that count (any vehicle). */
  personBindings: WireRow[]
  /** Other drivers' bindings of this vehicle that count (the owner never binds their own). */
  vehicleBindings: WireRow[]
  hasLicense: boolean
  ownerKind: 'person' | 'unit'
  /**
   * Where the owner's consent code goes: the phone recorded with the vehicle's registration,
   * else the owner's own (for a unit: the manager's phone, else the vehicle's). Null: none known.
   */
  consentPhone: string | null
}

export type SituationResult = { ok: true; situation: BindingSituation } | { ok: false; code: string; message: string }

export function bindingSituation(personId: string, vehicleId: string, state: StateView): SituationResult {
  const person = state.byId('people', personId)
  if (person === undefined) return { ok: false, code: 'PERSON_UNKNOWN', message: '没有该人员的档案' }
  const vehicle = state.byId('vehicles', vehicleId)
  if (vehicle === undefined) return { ok: false, code: 'VEHICLE_UNKNOWN', message: '没有该机动车的登记记录' }
  const ownerKind = text(vehicle, 'owner_type') === 'unit' ? 'unit' : 'person'
  const ownerPersonId = textOrNull(vehicle, 'owner_person_id')
  const ownerUnitId = textOrNull(vehicle, 'owner_unit_id')
  const vehiclePhone = textOrNull(vehicle, 'phone')
  let consentPhone: string | null
  if (ownerKind === 'unit') {
    const unit = ownerUnitId === null ? undefined : state.byId('units', ownerUnitId)
    consentPhone = (unit === undefined ? null : textOrNull(unit, 'manager_phone')) ?? vehiclePhone
  } else {
    const owner = ownerPersonId === null || ownerPersonId === personId ? undefined : state.byId('people', ownerPersonId)
    consentPhone = vehiclePhone ?? (owner === undefined ? null : textOrNull(owner, 'phone'))
  }
  return {
    ok: true,
    situation: {
      person,
      vehicle,
      personBindings: state.where('bindings', 'person_id', personId).filter(isHolding),
      vehicleBindings: state
        .where('bindings', 'vehicle_id', vehicleId)
        .filter((b) => isHolding(b) && text(b, 'person_id') !== ownerPersonId),
      hasLicense: state.where('drivers', 'person_id', personId).length > 0,
      ownerKind,
      consentPhone
    }
  }
}

export type OwnerConsent = ActionFacts<'bind_vehicle'>['ownerConsent']

export function bindVehicleFacts(s: BindingSituation, consent: OwnerConsent, at: string): ActionFacts<'bind_vehicle'> {
  const personId = text(s.person, 'id')
  const vehicleId = text(s.vehicle, 'id')
  return {
    at,
    vehicle: {
      plate: text(s.vehicle, 'plate'),
      plateType: text(s.vehicle, 'plate_type'),
      useCode: text(s.vehicle, 'use_code'),
      status: text(s.vehicle, 'status'),
      ownerKind: s.ownerKind
    },
    applicantIsOwner: textOrNull(s.vehicle, 'owner_person_id') === personId,
    applicantBindings: s.personBindings.length,
    vehicleBindings: s.vehicleBindings.length,
    alreadyBound: s.personBindings.some((b) => text(b, 'vehicle_id') === vehicleId),
    ownerConsent: consent
  }
}

export type VerdictResult = { ok: true; decision: Decision; profile: Profile } | { ok: false; code: string; message: string }

/** The rules' answer for this situation, with the profile in force (limits, review). */
export function bindingVerdict(s: BindingSituation, consent: OwnerConsent, ctx: Pick<CommandContext, 'at' | 'profiles' | 'jurisdiction'>): VerdictResult {
  const selection = selectProfile(ctx.profiles, { date: ctx.at.slice(0, 10), jurisdiction: ctx.jurisdiction })
  if (!selection.ok) return { ok: false, code: selection.error.code, message: selection.error.message }
  const result = evaluate('bind_vehicle', bindVehicleFacts(s, consent, ctx.at), { profiles: ctx.profiles, jurisdiction: ctx.jurisdiction })
  if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message }
  return { ok: true, decision: result.decision, profile: selection.profile }
}
