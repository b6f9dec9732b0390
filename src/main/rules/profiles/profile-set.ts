// Builds a ProfileSet from parsed JSON documents, checking each against the schema and the set
// as a whole. Every failure is a ProfileLoadError naming the file and the field, because a bad
// profile must stop the app at start with a message an administrator can act on.
import { describeIssues } from '../engine/zod-issues'
import { profileSchema, type Profile, type ProfileSet } from './profile-schema'

export class ProfileLoadError extends Error {
  readonly file: string
  readonly field: string

  constructor(file: string, field: string, detail: string) {
    super(`政策配置文件 ${file} 有误：${detail}`)
    this.name = 'ProfileLoadError'
    this.file = file
    this.field = field
  }
}

export interface ProfileDocument {
  /** Shown in errors: a bare name for built-in files, the full path for override files. */
  file: string
  data: unknown
}

export interface CheckedProfile {
  file: string
  profile: Profile
}

export function checkProfile(doc: ProfileDocument): CheckedProfile {
  const parsed = profileSchema.safeParse(doc.data, { reportInput: true })
  if (!parsed.success) {
    const issue = describeIssues(parsed.error, doc.data, '配置内容')
    throw new ProfileLoadError(doc.file, issue.field, issue.message)
  }
  const base = doc.file.replace(/^.*[\\/]/, '')
  if (base !== `${parsed.data.id}.json`) {
    throw new ProfileLoadError(doc.file, 'id', `文件名应为“${parsed.data.id}.json”（与字段“id”一致）`)
  }
  return { file: doc.file, profile: parsed.data }
}

function overlaps(a: Profile, b: Profile): boolean {
  const aEnd = a.effective.to ?? '9999-12-31'
  const bEnd = b.effective.to ?? '9999-12-31'
  return a.effective.from <= bEnd && b.effective.from <= aEnd
}

/**
 * Checks the set: ids unique, a national profile present (the fallback), and no two profiles of
 * one jurisdiction in force together from the same day (selection would have no way to choose).
 */
export function makeProfileSet(checked: readonly CheckedProfile[]): ProfileSet {
  const byId = new Map<string, CheckedProfile>()
  for (const entry of checked) {
    const previous = byId.get(entry.profile.id)
    if (previous !== undefined) {
      throw new ProfileLoadError(entry.file, 'id', `政策编号“${entry.profile.id}”与 ${previous.file} 重复`)
    }
    byId.set(entry.profile.id, entry)
  }
  const list = [...byId.values()]
  if (!list.some((e) => e.profile.jurisdiction === 'national')) {
    throw new ProfileLoadError(list[0]?.file ?? '（无文件）', 'jurisdiction', '缺少辖区为national的全国政策（其他政策都不适用时的兜底）')
  }
  for (const [i, a] of list.entries()) {
    for (const b of list.slice(i + 1)) {
      const same = a.profile.jurisdiction === b.profile.jurisdiction && a.profile.effective.from === b.profile.effective.from
      if (same && overlaps(a.profile, b.profile)) {
        throw new ProfileLoadError(
          b.file,
          'effective.from',
          `与 ${a.file} 的辖区和开始日期相同（${b.profile.jurisdiction}，${b.profile.effective.from}），无法确定适用哪一个`
        )
      }
    }
  }
  return new Map(list.map((e) => [e.profile.id, e.profile]))
}
