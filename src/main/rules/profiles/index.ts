// Policy profiles: data files, their schema, loading and selection.
export { BUILTIN_PROFILE_DOCUMENTS, builtinProfiles } from './builtin'
export { PROFILE_PARAMETERS, profilesMarkdownTable, type ProfileParameter } from './describe'
export { loadProfiles } from './load'
export { profileProvince, profileSchema, type Profile, type ProfileSet } from './profile-schema'
export { ProfileLoadError, checkProfile, makeProfileSet, type CheckedProfile, type ProfileDocument } from './profile-set'
export { appliesTo, isInForce, selectProfile, type Selection, type SelectionErrorCode, type SelectionQuery } from './select'
