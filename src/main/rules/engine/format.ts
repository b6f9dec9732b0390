// How amounts, codes and lists read in clerk-facing messages.
import { findPlateType } from '../validators/plate'
import { REGIONS, findProvince, findRegion } from '../validators/regions'

/** 20000 → "200元", 20050 → "200.50元". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const whole = Math.floor(abs / 100)
  const cents = abs % 100
  return cents === 0 ? `${sign}${whole}元` : `${sign}${whole}.${String(cents).padStart(2, '0')}元`
}

/** 300 basis points → "3%", 250 → "2.5%". */
export function percent(basisPoints: number): string {
  return `${Number((basisPoints / 100).toFixed(2))}%`
}

/** "02" → "02 小型汽车". */
export function plateTypeName(code: string): string {
  const found = findPlateType(code)
  return found === undefined ? code : `${code} ${found.name}`
}

export function plateTypeList(codes: readonly string[]): string {
  return codes.map(plateTypeName).join('、')
}

export function provinceName(code2: string): string {
  return findProvince(code2)?.name ?? `${code2}（省级代码）`
}

/** "500103（重庆市渝中区）" when the region is known, else the province, else the bare code. */
export function regionName(code6: string): string {
  const region = findRegion(code6)
  const province = findProvince(code6.slice(0, 2))
  if (region !== undefined && province !== undefined) return `${code6}（${province.name}${region.city}${region.name}）`
  return province === undefined ? code6 : `${code6}（${province.name}）`
}

/** A region-code prefix of 2, 4 or 6 digits in words: "35" 福建省, "2101" 辽宁省沈阳市. */
export function prefixName(prefix: string): string {
  const province = findProvince(prefix.slice(0, 2))?.name ?? prefix.slice(0, 2)
  if (prefix.length === 2) return province
  const region = REGIONS.find((r) => r.code.startsWith(prefix))
  if (region === undefined) return province
  return prefix.length === 4 ? `${province}${region.city}` : `${province}${region.city}${region.name}`
}
