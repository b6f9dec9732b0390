// Turns stored codes into the words a clerk reads, via the validators' code tables.
import { findPlateType } from '../rules/validators/plate'
import { findVehicleUse } from '../rules/validators/vehicle-use'
import { findLicenseClass, findLicenseStatus, parseLicenseClasses } from '../rules/validators/license'

export interface CodeName {
  code: string
  name: string
}

export const plateTypeName = (code: string): CodeName => ({ code, name: findPlateType(code)?.name ?? `其他(${code})` })
export const vehicleUseName = (code: string): CodeName => ({ code, name: findVehicleUse(code)?.name ?? `未知(${code})` })

export function licenseClassNames(classes: string): CodeName[] {
  const parsed = parseLicenseClasses(classes)
  if (!parsed.ok) return [{ code: classes, name: '准驾车型记录有误' }]
  return parsed.value.map((c) => ({ code: c.code, name: findLicenseClass(c.code)?.name ?? c.name }))
}

export function licenseStatusNames(letters: string): CodeName[] {
  return [...letters].map((letter) => ({ code: letter, name: findLicenseStatus(letter)?.name ?? `未知状态(${letter})` }))
}

// 身份证明名称 by the letter stored with a person. A is certain; the military letters follow the
// public code lists seen (FACTS has no table for these) [U], which is enough to show the document kind.
const ID_TYPES: Readonly<Record<string, string>> = {
  A: '居民身份证',
  C: '军官证',
  D: '士兵证',
  E: '军官离退休证',
  F: '境外人员身份证明',
  G: '外交人员身份证明',
  M: '临时居民身份证'
}

export const idTypeName = (code: string): string => ID_TYPES[code] ?? `其他身份证明(${code})`
