// The profiles shipped with the app. Imported statically so that the bundler inlines them: the
// built CLI and main bundles find them without any file next to them. They are still validated
// like any other file, once, on first use.
import city002 from './city-002.json'
import cqEpidemic from './cq-2020-epidemic.json'
import cq from './cq.json'
import fj from './fj.json'
import national from './national.json'
import sd from './sd.json'
import { checkProfile, makeProfileSet, type CheckedProfile, type ProfileDocument } from './profile-set'
import type { ProfileSet } from './profile-schema'

export const BUILTIN_PROFILE_DOCUMENTS: readonly ProfileDocument[] = [
  { file: 'national.json', data: national },
  { file: 'fj.json', data: fj },
  { file: 'cq.json', data: cq },
  { file: 'cq-2020-epidemic.json', data: cqEpidemic },
  { file: 'sd.json', data: sd },
  { file: 'city-002.json', data: city002 }
]

let checked: readonly CheckedProfile[] | undefined
let builtin: ProfileSet | undefined

export function builtinCheckedProfiles(): readonly CheckedProfile[] {
  checked ??= BUILTIN_PROFILE_DOCUMENTS.map(checkProfile)
  return checked
}

/** The shipped profiles, validated (throws ProfileLoadError if a shipped file is malformed). */
export function builtinProfiles(): ProfileSet {
  builtin ??= makeProfileSet(builtinCheckedProfiles())
  return builtin
}
