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
