import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import fj from './fj.json'
import national from './national.json'
import { loadProfiles } from './load'
import type { z } from 'zod'
import type { profileSchema } from './profile-schema'
import { ProfileLoadError } from './profile-set'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'counterdesk-profiles-'))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
  }
  return dir
}

function loadError(dir: string): ProfileLoadError {
  try {
    loadProfiles(dir)
  } catch (error) {
    if (error instanceof ProfileLoadError) return error
    throw error
  }
  throw new Error('expected a ProfileLoadError')
}

type ProfileInput = z.input<typeof profileSchema>
const clone = (value: unknown): ProfileInput => structuredClone(value) as ProfileInput

describe('loadProfiles', () => {
  it('without a folder: the six shipped profiles', () => {
    expect([...loadProfiles().keys()]).toHaveLength(6)
  })

  it('an override replaces the shipped profile of the same id and adds new ones', () => {
    const changed = clone(fj)
    changed.online.fineLimitFen = 10000
    const extra = { ...clone(national), id: 'gd', name: '广东省', jurisdiction: '44' }
    const set = loadProfiles(folder({ 'fj.json': changed, 'gd.json': extra, 'readme.txt': 'ignored' }))
    expect(set.get('fj')?.online.fineLimitFen).toBe(10000)
    expect(set.get('gd')?.name).toBe('广东省')
    expect(set.size).toBe(7)
  })

  it.each<[string, (p: ProfileInput) => void, string, string]>([
    ['a negative limit', (p) => void (p.online.fineLimitFen = -1), 'online.fineLimitFen', '不能小于0'],
    ['a limit above the simple procedure', (p) => void (p.online.fineLimitFen = 30000), 'online.fineLimitFen', '不能大于20000'],
    ['an unknown plate type', (p) => void (p.vehicles.nonOwned = ['02', '98']), 'vehicles.nonOwned.1', '不是有效的号牌种类代码'],
    ['an impossible date', (p) => void (p.effective.from = '2026-02-30'), 'effective.from', '不是有效的日期'],
    ['an end before the start', (p) => void (p.effective.to = '2015-01-01'), 'effective.to', '结束日期早于开始日期'],
    ['a bad window time', (p) => void (p.online.maintenanceWindow = { from: '25:00', to: '01:00' }), 'online.maintenanceWindow.from', 'HH:MM'],
    ['a missing parameter', (p) => void delete (p as Partial<ProfileInput>).lateFee, 'lateFee', '缺失'],
    ['an unknown parameter', (p) => void Object.assign(p.online, { fineLimit: 200 }), 'online.fineLimit', '不是该业务的事实字段'],
    ['an unknown jurisdiction', (p) => void (p.jurisdiction = '99'), 'jurisdiction', '']
  ])('a malformed profile (%s) stops with the file and the field named', (_name, change, field, text) => {
    const bad = clone(fj)
    change(bad)
    const dir = folder({ 'fj.json': bad })
    const error = loadError(dir)
    expect(error.file).toBe(path.join(dir, 'fj.json'))
    expect(error.field).toBe(field)
    expect(error.message).toContain(`政策配置文件 ${path.join(dir, 'fj.json')} 有误`)
    expect(error.message).toContain(text)
  })

  it('local-only phones need a province', () => {
    const bad = { ...clone(national), phone: { localOnly: true } }
    expect(loadError(folder({ 'national.json': bad })).field).toBe('phone.localOnly')
  })

  it('a file that is not JSON names the file', () => {
    const dir = folder({ 'fj.json': '{ "id": "fj", ' })
    expect(loadError(dir).message).toContain('不是有效的JSON')
  })

  it('the file name must match the id', () => {
    expect(loadError(folder({ 'fujian.json': clone(fj) })).message).toContain('文件名应为“fj.json”')
  })

  it('two profiles for one jurisdiction starting the same day are ambiguous', () => {
    const twin = { ...clone(fj), id: 'fj-copy' }
    expect(loadError(folder({ 'fj-copy.json': twin })).message).toContain('无法确定适用哪一个')
  })

  it('a set without a national profile is refused', () => {
    const notNational = { ...clone(national), jurisdiction: '11' }
    expect(loadError(folder({ 'national.json': notNational })).message).toContain('national')
  })

  it('a missing folder is named', () => {
    expect(loadError('/nonexistent/counterdesk-profiles').message).toContain('目录不存在')
  })
})
