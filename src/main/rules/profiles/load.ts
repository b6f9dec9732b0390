// loadProfiles(): the shipped profiles, optionally overridden by a folder of JSON files (same
// id replaces, new id adds). This is the only file of the rules that touches the file system;
// the engine itself takes a ProfileSet and never reads anything.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { builtinCheckedProfiles, builtinProfiles } from './builtin'
import { checkProfile, makeProfileSet, ProfileLoadError, type CheckedProfile } from './profile-set'
import type { ProfileSet } from './profile-schema'

function readDocument(file: string): CheckedProfile {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ProfileLoadError(file, '', `无法读取或不是有效的JSON（${error instanceof Error ? error.message : String(error)}）`)
  }
  return checkProfile({ file, data })
}

/**
 * @param dir folder of override profiles (*.json); omitted: the shipped profiles only.
 * @throws ProfileLoadError naming the file and field of the first problem.
 */
export function loadProfiles(dir?: string): ProfileSet {
  if (dir === undefined) return builtinProfiles()
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ProfileLoadError(dir, '', '政策配置目录不存在')
  }
  const overrides = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readDocument(path.join(dir, name)))
  const overridden = new Set(overrides.map((o) => o.profile.id))
  const kept = builtinCheckedProfiles().filter((b) => !overridden.has(b.profile.id))
  return makeProfileSet([...kept, ...overrides])
}
