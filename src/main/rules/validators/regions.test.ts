import { describe, expect, it } from 'vitest'
import {
  PLATE_PROVINCE_ABBRS,
  PROVINCES,
  REGIONS,
  findProvinceByPlateAbbr,
  findRegion,
  isProvinceCode,
  regionFullName,
  regionsOfProvince
} from './regions'

describe('province table', () => {
  it('holds exactly the province-level ID prefixes of FACTS §4', () => {
    expect(PROVINCES.map((p) => p.code)).toEqual([
      '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
      '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64',
      '65', '71', '81', '82'
    ])
  })

  it('has the 31 mainland plate abbreviations', () => {
    expect(PLATE_PROVINCE_ABBRS.join('')).toBe('京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新')
  })

  it.each([
    ['闽', '福建省'],
    ['渝', '重庆市'],
    ['新', '新疆维吾尔自治区']
  ])('plate abbreviation %s belongs to %s', (abbr, name) => {
    expect(findProvinceByPlateAbbr(abbr)?.name).toBe(name)
  })

  it.each([['10'], ['16'], ['47'], ['66'], ['83'], ['99']])('%s is not a province code', (code) => {
    expect(isProvinceCode(code)).toBe(false)
  })
})

describe('region table', () => {
  it('has about 100 unique six-digit codes under real provinces', () => {
    const codes = REGIONS.map((r) => r.code)
    expect(codes.length).toBeGreaterThanOrEqual(100)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) {
      expect(code).toMatch(/^\d{6}$/)
      expect(isProvinceCode(code.slice(0, 2))).toBe(true)
    }
  })

  it('has at least three regions for every mainland province', () => {
    for (const province of PROVINCES.filter((p) => p.plateAbbr !== undefined)) {
      expect(regionsOfProvince(province.code).length, province.name).toBeGreaterThanOrEqual(3)
    }
  })

  it.each([
    ['110101', '北京市东城区'],
    ['310104', '上海市徐汇区'],
    ['350502', '福建省泉州市鲤城区'],
    ['500103', '重庆市渝中区'],
    ['370202', '山东省青岛市市南区'],
    ['440305', '广东省深圳市南山区']
  ])('%s reads as %s', (code, fullName) => {
    expect(regionFullName(code)).toBe(fullName)
  })

  it('answers undefined for a code outside the table', () => {
    expect(findRegion('110103')).toBeUndefined()
    expect(regionFullName('999999')).toBeUndefined()
  })
})
