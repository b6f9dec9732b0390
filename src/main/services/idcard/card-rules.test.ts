import { describe, expect, it } from 'vitest'
import { ageOn, checkCard, residentValidityYears } from './card-rules'
import { issuerFor, simulatedValidity } from './simulated-reader'
import { Rng } from '../../seed/prng'
import { makeIdNumber } from '../../rules/validators/id-number'

const TODAY = '2026-11-21'
const typed = {
  idType: 'resident' as const,
  militaryDocument: null,
  idNumber: '44030519900101123X',
  name: '李四',
  gender: '' as const,
  birthDate: '',
  address: '广东省深圳市南山区科技路1号',
  validFrom: '2020-05-01',
  validUntil: '2040-05-01',
  longTerm: false,
  issuer: '深圳市公安局南山分局'
}

describe('identity document checks (FACTS §4, 居民身份证法 art. 5)', () => {
  it('accepts a well-formed card, reading sex and birth date from the number', () => {
    const checked = checkCard(typed, TODAY, true)
    expect(checked.errors).toEqual({})
    expect(checked.card).toMatchObject({ gender: 'M', birthDate: '1990-01-01', idNumber: '44030519900101123X', validUntil: '2040-05-01' })
  })

  it('names each wrong field with its own reason', () => {
    const checked = checkCard({ ...typed, idNumber: '440305199001011236', name: 'X', validFrom: '2030-01-01', issuer: '南山区某单位' }, TODAY, true)
    expect(Object.keys(checked.errors).sort()).toEqual(['idNumber', 'issuer', 'name', 'validFrom'])
    expect(checked.errors.idNumber).toContain('校验')
    expect(checked.card).toBeNull()
  })

  it('as typed, empty fields are not judged yet; complete, they are required', () => {
    expect(checkCard({ idType: 'resident', name: '李四' }, TODAY, false).errors).toEqual({})
    expect(Object.keys(checkCard({ idType: 'resident' }, TODAY, true).errors)).toContain('issuer')
  })

  it('refuses an expired card, a term that does not match the age, and 长期 before 46', () => {
    expect(checkCard({ ...typed, validFrom: '2005-01-01', validUntil: '2015-01-01' }, TODAY, true).errors.validUntil).toContain('过期')
    expect(checkCard({ ...typed, validUntil: '2030-05-01' }, TODAY, true).errors.validUntil).toContain('应为20年')
    expect(checkCard({ ...typed, validUntil: '', longTerm: true }, TODAY, true).errors.validUntil).toContain('46周岁')
  })

  it('a military document has no check digit but needs sex, birth date and its kind', () => {
    const military = { ...typed, idType: 'military' as const, militaryDocument: 'C' as const, idNumber: '军字第2019123号', issuer: '中部战区政治工作部' }
    expect(checkCard(military, TODAY, true).errors).toEqual({ gender: '请输入性别', birthDate: '请输入出生日期' })
    const full = checkCard({ ...military, gender: 'M', birthDate: '1990-01-01' }, TODAY, true)
    expect(full.card).toMatchObject({ idType: 'military', militaryDocument: 'C' })
    expect(checkCard({ ...military, idNumber: '123' }, TODAY, true).errors.idNumber).toContain('军人证件号码')
  })

  it('terms by age and ages by date', () => {
    expect([15, 16, 25, 26, 45, 46].map(residentValidityYears)).toEqual([5, 10, 10, 20, 20, null])
    expect(ageOn('1990-06-01', '2020-05-31')).toBe(29)
    expect(ageOn('1990-06-01', '2020-06-01')).toBe(30)
  })
})

describe('the simulated reader\'s card details', () => {
  it('names the district office that issues the card', () => {
    expect(issuerFor('440305', '')).toBe('深圳市公安局南山分局')
    expect(issuerFor('999999', '江苏省南京市秦淮区体育路1号')).toBe('南京市公安局秦淮分局')
  })

  it('gives validity that the manual checks accept', () => {
    const rng = new Rng(7).reset(1, 1)
    for (const birth of ['1950-03-01', '1985-07-15', '2004-12-31']) {
      const v = simulatedValidity(birth, TODAY, rng)
      const checked = checkCard({ ...typed, idNumber: makeIdNumber('440305', birth.replaceAll('-', ''), '123'), validFrom: v.validFrom, validUntil: v.validUntil ?? '', longTerm: v.validUntil === null }, TODAY, false)
      expect(checked.errors).toEqual({})
    }
  })
})
