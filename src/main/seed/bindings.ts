// Bindings (备案) of non-owned vehicles. A binding driver b's k-th binding (k = 0, 1, 2) targets
// slot 0 of person b − (k+1)·L, L being the district wheel's length: same district (a relative or
// neighbour), never the binder's own vehicle, and a vehicle can be targeted only by the three
// people L, 2L and 3L after its owner — so both FACTS §5 limits (≤ 3 per driver, ≤ 3 per vehicle)
// hold by construction, and the vehicle's generator can list its binders from its owner's index.
import { ID_TAGS } from './ids'
import { STREAM, type SeedModel } from './model'
import type { People, Person } from './people'
import type { Binder } from './violations'
import type { Vehicle, Vehicles } from './vehicles'

export const MAX_BINDINGS = 3

export interface BindingRow {
  id: string
  personId: string
  vehicleId: string
  consent: 'owner_present' | 'qr_code' | 'sms_code'
  channel: 'window' | 'app' | 'web'
  boundAt: string
}

export class Bindings {
  constructor(
    private readonly m: SeedModel,
    private readonly people: People,
    private readonly vehicles: Vehicles
  ) {}

  /** Drivers bound to this vehicle, with the day each binding started. */
  bindersOf(vehicle: Vehicle): Binder[] {
    if (vehicle.slot !== 0 || !this.vehicles.bindable(vehicle)) return []
    const binders: Binder[] = []
    const length = this.m.districtWheel.length
    for (let k = 0; k < MAX_BINDINGS; k++) {
      const b = vehicle.ownerIndex + (k + 1) * length
      if (!this.people.exists(b)) break
      const binder = this.people.get(b)
      if (binder.bindCount > k) binders.push({ index: b, boundDay: this.boundDay(binder, k, vehicle) })
    }
    return binders
  }

  /** The vehicle the binder's k-th binding targets, if that person has a bindable one. */
  targetOf(binder: Person, k: number): Vehicle | undefined {
    const t = binder.index - (k + 1) * this.m.districtWheel.length
    if (t < 0) return undefined
    const owner = this.people.get(t)
    if (owner.vehicleCount === 0) return undefined
    const vehicle = this.vehicles.get(owner, 0)
    return this.vehicles.bindable(vehicle) ? vehicle : undefined
  }

  rowsOf(binder: Person): BindingRow[] {
    const rows: BindingRow[] = []
    for (let k = 0; k < binder.bindCount; k++) {
      const vehicle = this.targetOf(binder, k)
      if (vehicle === undefined) continue
      const day = this.boundDay(binder, k, vehicle)
      const rng = this.m.rng.binding.reset(STREAM.binding, binder.index, k + 16)
      const roll = rng.next()
      const channel = roll < 0.3 ? 'window' : roll < 0.9 ? 'app' : 'web'
      const consent = channel === 'window' ? 'owner_present' : rng.chance(0.55) ? 'qr_code' : 'sms_code'
      rows.push({
        id: this.m.ids.of(ID_TAGS.binding, binder.index * MAX_BINDINGS + k),
        personId: binder.id,
        vehicleId: vehicle.id,
        consent,
        channel,
        boundAt: this.m.cal.isoAt(day, (9 * 3600 + rng.int(9 * 3600)) * 1000)
      })
    }
    return rows
  }

  /** Within the last two years, after the vehicle's registration and the binder's licence. */
  boundDay(binder: Person, k: number, vehicle: Vehicle): number {
    const today = this.m.cal.today
    const earliest = Math.max(vehicle.registeredDay + 30, binder.licenseDay + 1, today - 730)
    const latest = today - 1
    if (earliest >= latest) return latest
    const rng = this.m.rng.binding.reset(STREAM.binding, binder.index, k)
    return earliest + rng.int(latest - earliest)
  }
}
