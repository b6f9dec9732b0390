import { describe, expect, it } from 'vitest'
import { LICENSE_CLASSES, type LicenseClassCode } from '../validators/license'
import { LICENSE_COVERAGE, VEHICLE_KINDS, coveredClasses, coversVehicle } from './license-coverage'

describe('licence coverage (准驾车型)', () => {
  it.each<[LicenseClassCode, LicenseClassCode[]]>([
    ['C1', ['C2', 'C3', 'C4']],
    ['A1', ['A3', 'B1']],
    ['B1', ['C1']]
  ])('FACTS §4: %s covers %j', (held, covered) => {
    for (const c of covered) expect(coveredClasses([held]).has(c)).toBe(true)
  })

  it('covers every class of the validators\' table, and nothing else', () => {
    expect(Object.keys(LICENSE_COVERAGE).sort()).toEqual(LICENSE_CLASSES.map((c) => c.code).sort())
  })

  it('is closed: what a covered class covers is covered too', () => {
    for (const [held, list] of Object.entries(LICENSE_COVERAGE) as [LicenseClassCode, readonly LicenseClassCode[]][]) {
      for (const covered of list) {
        for (const further of LICENSE_COVERAGE[covered]) expect(list, `${held} → ${covered} → ${further}`).toContain(further)
      }
    }
  })

  it('seed 002 (2): the lower class never covers the higher', () => {
    expect(coversVehicle(['C2'], { kind: 'small_car' })).toBe(false)
    expect(coversVehicle(['C1'], { kind: 'medium_bus' })).toBe(false)
    expect(coversVehicle(['B1'], { kind: 'large_bus' })).toBe(false)
    expect(coversVehicle(['A1'], { kind: 'tractor_trailer' })).toBe(false)
    expect(coversVehicle(['E'], { kind: 'three_wheel_motorcycle' })).toBe(false)
  })

  it('seed 002 (2): the higher class covers the lower, combined classes add up', () => {
    expect(coversVehicle(['C1'], { kind: 'small_car_automatic' })).toBe(true)
    expect(coversVehicle(['A2'], { kind: 'light_trailer_combination' })).toBe(true)
    expect(coversVehicle(['D'], { kind: 'moped' })).toBe(true)
    expect(coversVehicle(['C1', 'E'], { kind: 'two_wheel_motorcycle' })).toBe(true)
    expect(coversVehicle(['C1', 'E'], { kind: 'large_truck' })).toBe(false)
  })

  it('every vehicle kind is driven by its own class', () => {
    for (const k of VEHICLE_KINDS) expect(coversVehicle([k.requires], { kind: k.kind })).toBe(true)
  })
})
