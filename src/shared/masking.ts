// Personal data is masked wherever the full value is not needed (lists, search results, logs).
// The detail view shows full values, and opening it is audited.

/** 440305199001011234 -> 440***********1234 (region's first 3 and the last 4 remain). */
export function maskIdNumber(id: string): string {
  if (id.length <= 7) return '*'.repeat(id.length)
  return id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4)
}

/** 13812345678 -> 138****5678 */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null
  if (phone.length <= 7) return '*'.repeat(phone.length)
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4)
}

/** 440300123456 -> 4403****3456 */
export function maskLicenseFileNo(fileNo: string): string {
  if (fileNo.length <= 8) return '*'.repeat(fileNo.length)
  return fileNo.slice(0, 4) + '*'.repeat(fileNo.length - 8) + fileNo.slice(-4)
}

/** 张三丰 → 张** : enough for someone to recognise who it was (the owner: who bound the car), not more. */
export function maskName(name: string): string {
  const chars = Array.from(name)
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(chars.length - 1)}`
}
