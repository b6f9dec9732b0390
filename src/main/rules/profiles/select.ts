// Which profile answers for a workstation on a date (RULES.md "Policy profiles"):
//   - a profile applies to a workstation when its jurisdiction is 'national' or a prefix of the
//     workstation's 6-digit region code ('35' Fujian, '2101' Shenyang, '50' Chongqing);
//   - it is in force on a date inside its inclusive effective range;
//   - among those, the longest prefix wins (city over province over national), then the latest
//     start (a period profile such as cq-2020-epidemic over the standing cq profile).
// An explicit profile id must still apply and be in force: central re-validates a workstation's
// command with the profile the workstation named, and must refuse one that did not apply there.
import type { Profile, ProfileSet } from './profile-schema'

export type SelectionErrorCode = 'PROFILE_UNKNOWN' | 'PROFILE_NOT_IN_FORCE' | 'PROFILE_NOT_APPLICABLE'

export type Selection =
  | { ok: true; profile: Profile }
  | { ok: false; error: { code: SelectionErrorCode; message: string; field?: string } }

export interface SelectionQuery {
  /** The workstation's 6-digit region code; without it only national profiles apply. */
  jurisdiction?: string
  /** YYYY-MM-DD, the local date of the action. */
  date: string
  profileId?: string
}

export function isInForce(profile: Profile, date: string): boolean {
  return profile.effective.from <= date && (profile.effective.to === null || date <= profile.effective.to)
}

export function appliesTo(profile: Profile, jurisdiction: string | undefined): boolean {
  if (profile.jurisdiction === 'national') return true
  return jurisdiction !== undefined && jurisdiction.startsWith(profile.jurisdiction)
}

function specificity(profile: Profile): number {
  return profile.jurisdiction === 'national' ? 0 : profile.jurisdiction.length
}

function period(profile: Profile): string {
  return `${profile.effective.from}至${profile.effective.to ?? '长期'}`
}

export function selectProfile(set: ProfileSet, query: SelectionQuery): Selection {
  const where = query.jurisdiction === undefined ? '（未提供工作站辖区，仅全国政策适用）' : `辖区${query.jurisdiction}`
  if (query.profileId !== undefined) {
    const profile = set.get(query.profileId)
    if (profile === undefined) {
      const known = [...set.keys()].join('、')
      return fail('PROFILE_UNKNOWN', `没有编号为“${query.profileId}”的政策配置（现有：${known}）`, 'profileId')
    }
    if (!isInForce(profile, query.date)) {
      return fail('PROFILE_NOT_IN_FORCE', `政策“${profile.name}”（${profile.id}）的生效期间为${period(profile)}，${query.date}不在其中`, 'profileId')
    }
    if (!appliesTo(profile, query.jurisdiction)) {
      return fail('PROFILE_NOT_APPLICABLE', `政策“${profile.name}”（辖区${profile.jurisdiction}）不适用于${where}`, 'profileId')
    }
    return { ok: true, profile }
  }
  const candidates = [...set.values()]
    .filter((p) => isInForce(p, query.date) && appliesTo(p, query.jurisdiction))
    .sort((a, b) => specificity(b) - specificity(a) || b.effective.from.localeCompare(a.effective.from))
  const chosen = candidates[0]
  if (chosen === undefined) return fail('PROFILE_NOT_IN_FORCE', `没有在${query.date}生效、适用于${where}的政策配置`)
  return { ok: true, profile: chosen }
}

function fail(code: SelectionErrorCode, message: string, field?: string): Selection {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } }
}
