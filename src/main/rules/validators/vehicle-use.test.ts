import { describe, expect, it } from 'vitest'
import { VEHICLE_USES, isOperating, validateVehicleUse, type VehicleUseCode } from './vehicle-use'

describe('validateVehicleUse', () => {
  it.each([
    ['A', '非营运'],
    ['a', '非营运'],
    [' B ', '公路客运'],
    ['D', '出租客运'],
    ['G', '租赁'],
    ['H', '警用'],
    ['L', '营转非'],
    ['M', '出租转非'],
    ['N', '教练'],
    ['R', '危化品运输'],
    ['S', '中小学生校车']
  ])('%s → %s', (input, name) => {
    const result = validateVehicleUse(input)
    expect(result).toEqual({ ok: true, value: { code: input.trim().toUpperCase(), name } })
  })

  it.each([
    ['', 'VEHICLE_USE_EMPTY', '请选择车辆使用性质'],
    ['T', 'VEHICLE_USE_UNKNOWN', '使用性质代码“T”不存在（有效代码为A至S），请从列表中选择'],
    ['AB', 'VEHICLE_USE_UNKNOWN', '使用性质代码“AB”不存在（有效代码为A至S），请从列表中选择'],
    ['1', 'VEHICLE_USE_UNKNOWN', '使用性质代码“1”不存在（有效代码为A至S），请从列表中选择']
  ])('%s → %s', (input, code, message) => {
    expect(validateVehicleUse(input)).toEqual({ ok: false, code, message })
  })

  it('covers every letter A to S exactly once', () => {
    expect(VEHICLE_USES.map((u) => u.code).join('')).toBe('ABCDEFGHIJKLMNOPQRS')
  })
})

describe('isOperating', () => {
  it.each<[VehicleUseCode, boolean]>([
    ['A', false],
    ['L', false], // 营转非: converted to non-operating
    ['M', false], // 出租转非: former taxi, converted to non-operating
    ['B', true],
    ['C', true],
    ['D', true],
    ['E', true],
    ['F', true],
    ['G', true],
    ['H', true], // special-purpose uses fail closed for the private-vehicle rules
    ['J', true],
    ['N', true],
    ['O', true],
    ['R', true]
  ])('%s → %s', (code, operating) => {
    expect(isOperating(code)).toBe(operating)
  })
})
