// Zod building blocks for facts and profiles. Each refuses what cannot be true (2026-02-30, a
// negative fine, an unknown code) with a Chinese phrase that reads after the field's name
// ("字段“violation.fineFen”不能为负数"); see ../zod-issues.ts for how a failure is worded.
// Code lists come from the validators; nothing here re-implements them.
import { z } from 'zod'
import { findVehicleKind, VEHICLE_KIND_CODES, type VehicleKind } from '../../calculators/license-coverage'
import { parseIsoDate } from '../../validators/calendar'
import { parseLicenseClasses, parseLicenseStatus, type LicenseClassCode, type LicenseStatusLetter } from '../../validators/license'
import { findPlateType, validatePlate } from '../../validators/plate'
import { isProvinceCode } from '../../validators/regions'
import { findVehicleUse, type VehicleUseCode } from '../../validators/vehicle-use'
import { VEHICLE_STATUS } from '../../vehicle-status'
import { parseMoment, type Moment } from '../moment'

/** An instant with its zone, read as a Moment in China Standard Time. */
export const zonedDateTime = z
  .string()
  .max(40, '过长，应为带时区的时间，如2026-11-21T14:30:00+08:00')
  .transform((text, ctx): Moment => {
    const parsed = parseMoment(text)
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed, input: text })
      return z.NEVER
    }
    return parsed
  })

/** A real calendar date, YYYY-MM-DD. */
export const isoDate = z.string().refine((text) => {
  const ymd = parseIsoDate(text)
  return ymd !== undefined && ymd.year >= 1900 && ymd.year <= 2099
}, { error: (issue) => `不是有效的日期（应为YYYY-MM-DD格式的真实日期），收到“${String(issue.input).slice(0, 40)}”` })

/** Money in integer fen. 1亿 fen (100万元) bounds typing errors without limiting real fines. */
export const fen = z
  .int('应为整数（单位：分）')
  .min(0, '不能为负数')
  .max(100_000_000, '超过上限（100万元）')

/** Points of one violation: 0–12 (163号令 values 12/9/6/3/1; older records also 2). */
export const violationPoints = z.int('应为整数').min(0, '不能为负数').max(12, '不能超过12分')

export const count = (max: number) => z.int('应为整数').min(0, '不能为负数').max(max, `不能超过${max}`)

/** Six-digit administrative region code whose first two digits are a province. */
export const regionCode = z
  .string()
  .regex(/^\d{6}$/, '应为6位行政区划代码')
  .refine((code) => isProvinceCode(code.slice(0, 2)), {
    error: (issue) => `的前两位不是省级行政区划代码，收到“${String(issue.input)}”`
  })

/** Two-digit province code, e.g. "35". */
export const provinceCode = z
  .string()
  .regex(/^\d{2}$/, '应为2位省级行政区划代码（如35）')
  .refine((code) => isProvinceCode(code), { error: (issue) => `不是省级行政区划代码，收到“${String(issue.input)}”` })

/** 号牌种类 code from the plate-type table ("02"). */
export const plateTypeCode = z.string().refine((code) => findPlateType(code) !== undefined, {
  error: (issue) => `不是有效的号牌种类代码（如02小型汽车、52小型新能源汽车），收到“${String(issue.input).slice(0, 20)}”`
})

/** 使用性质 code A–S. */
export const vehicleUseCode = z.string().transform((code, ctx): VehicleUseCode => {
  const found = findVehicleUse(code)
  if (found === undefined) {
    ctx.addIssue({ code: 'custom', message: `不是有效的使用性质代码（A至S），收到“${code.slice(0, 20)}”`, input: code })
    return z.NEVER
  }
  return found.code
})

/** Vehicle status letters, one or several ("A", "GQ"). */
export const vehicleStatus = z.string().transform((letters, ctx): string[] => {
  const list = [...letters]
  const unknown = list.find((letter) => VEHICLE_STATUS[letter] === undefined)
  if (list.length === 0 || unknown !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: list.length === 0 ? '不能为空' : `中的“${unknown ?? ''}”不是机动车状态代码，收到“${letters.slice(0, 20)}”`,
      input: letters
    })
    return z.NEVER
  }
  return list
})

/** Licence status letters ("A", "HM"), read with the licence validator. */
export const licenseStatus = z.string().transform((text, ctx): LicenseStatusLetter[] => {
  const parsed = parseLicenseStatus(text)
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `无效：${parsed.message}`, input: text })
    return z.NEVER
  }
  return parsed.value.map((s) => s.letter)
})

/** Permitted classes as printed ("C1", "A2D"), read with the licence validator. */
export const licenseClasses = z.string().transform((text, ctx): LicenseClassCode[] => {
  const parsed = parseLicenseClasses(text)
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `无效：${parsed.message}`, input: text })
    return z.NEVER
  }
  return parsed.value.map((c) => c.code)
})

/** Plate number, normalised by the plate validator. */
export const plateNumber = z.string().transform((text, ctx): string => {
  const parsed = validatePlate(text)
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `无效：${parsed.message}`, input: text })
    return z.NEVER
  }
  return parsed.value.plate
})

export const vehicleKind = z.string().transform((kind, ctx): VehicleKind => {
  const found = findVehicleKind(kind)
  if (found === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `不是有效的车辆类别，应为以下之一：${VEHICLE_KIND_CODES.join('、')}，收到“${kind.slice(0, 40)}”`,
      input: kind
    })
    return z.NEVER
  }
  return found.kind
})

/** Free text the clerk or the store supplies (a phone or ID number before its own rule checks it). */
export const shortText = (max: number) => z.string().max(max, `不能超过${max}个字符`)
export const requiredText = (max: number) => shortText(max).min(1, '不能为空')
