// register_account and change_phone rule tables. Baselines: a resident registering (national),
// a driver changing the phone on record after showing the ID: allowed. Test-only.
import type { ActionFacts } from '../facts-schemas'
import { UNIT_CODE, WHERE, changePhoneFacts, registerFacts, type CaseTable, type RuleCase } from './fixtures.test-support'

type R = ActionFacts<'register_account'>
type C = ActionFacts<'change_phone'>
const fj = { jurisdiction: WHERE.fj }

const registerCases: RuleCase<R>[] = [
  { name: 'baseline: a resident with a valid ID and phone registers', denials: [], warnings: [] },
  { name: 'FACTS §4: a wrong check digit is ID_NUMBER_INVALID', change: (f) => void (f.applicant = { kind: 'person', idType: 'resident', idNumber: '350502199003071230' }), denials: ['ID_NUMBER_INVALID'] },
  { name: 'seed 002: a military ID holder is served at the window (no resident-ID check)', change: (f) => void (f.applicant = { kind: 'person', idType: 'military', idNumber: '军字第2019123号' }), denials: [] },
  { name: 'FACTS §4: a number outside allocated ranges is PHONE_INVALID', change: (f) => { f.phone = '12012345678'; f.recordPhones = [] }, denials: ['PHONE_INVALID'] },
  { name: 'FACTS §4: a satellite number is PHONE_INVALID', change: (f) => { f.phone = '17401234567'; f.recordPhones = [] }, denials: ['PHONE_INVALID'] },
  { name: 'seed 002 Q1: a phone already used by another account', change: (f) => void (f.phoneTaken = true), denials: ['PHONE_TAKEN'] },
  { name: 'seed 002 Q2: an ID that already has an account', change: (f) => void (f.idTaken = true), denials: ['ID_TAKEN'], messages: ['忘记密码'] },
  { name: 'seed 000 §05: 系统目前不支持外省手机 (fj, phone from Chongqing)', ctx: fj, change: (f) => void (f.phoneProvince = '50'), denials: ['PHONE_NOT_LOCAL'], messages: ['重庆市'] },
  { name: 'seed 000 tip 3: 本省手机号码 is accepted in fj', ctx: fj, denials: [] },
  { name: 'seed 000 tip 3: unknown home location is refused in fj', ctx: fj, change: (f) => void (f.phoneProvince = null), denials: ['PHONE_NOT_LOCAL'] },
  { name: 'national accepts phones of any province', change: (f) => void (f.phoneProvince = '50'), denials: [] },
  { name: 'seed 000 §05 / tip 3: a phone differing from the records: change it first, then register', change: (f) => void (f.recordPhones = ['13800138000']), denials: [], warnings: ['PHONE_DIFFERS_FROM_RECORD'], messages: ['13800138000'] },
  { name: 'seed 000 §05: the same phone written differently is not a difference', change: (f) => { f.phone = '+86 139-1234-5678' }, denials: [], warnings: [] },
  { name: 'FACTS §4: a unit with a wrong credit code', change: (f) => void (f.applicant = { kind: 'unit', creditCode: '91350200MA31ABCD1X' }), denials: ['UNIT_CODE_INVALID'] },
  { name: 'FACTS §6: a unit account with a valid credit code (units only at a window)', change: (f) => void (f.applicant = { kind: 'unit', creditCode: UNIT_CODE }), denials: [] }
]

const changeCases: RuleCase<C>[] = [
  { name: 'seed 000 §02 信息修改类: the phone (not changeable online) is changed at the window: ID checked, new number', denials: [] },
  { name: 'FACTS §6: an SMS code to the old number verifies the person', change: (f) => void (f.verification = 'sms_old_number'), denials: [] },
  { name: 'seed 000 §05 当场面签: without verification the change is refused', change: (f) => void (f.verification = 'none'), denials: ['IDENTITY_NOT_VERIFIED'] },
  { name: 'FACTS §6: no old number on record: SMS verification is impossible', change: (f) => { f.currentPhone = null; f.verification = 'sms_old_number' }, denials: ['IDENTITY_NOT_VERIFIED'] },
  { name: 'the same number (written differently) is PHONE_UNCHANGED', change: (f) => void (f.newPhone = '139 1234 5678'), denials: ['PHONE_UNCHANGED'] },
  { name: 'FACTS §4: an invalid new number', change: (f) => void (f.newPhone = '1391234567'), denials: ['PHONE_INVALID'] },
  { name: 'seed 002 Q1: the new number belongs to another account', change: (f) => void (f.newPhoneTaken = true), denials: ['PHONE_TAKEN'] },
  { name: 'seed 000 tip 3: fj refuses an out-of-province new number', ctx: fj, change: (f) => void (f.newPhoneProvince = '11'), denials: ['PHONE_NOT_LOCAL'] },
  { name: 'seed 000 tip 3: fj accepts a Fujian number', ctx: fj, denials: [] }
]

export const REGISTER_TABLE: CaseTable<R> = { action: 'register_account', base: registerFacts, ctx: { jurisdiction: WHERE.beijing }, cases: registerCases }
export const CHANGE_PHONE_TABLE: CaseTable<C> = { action: 'change_phone', base: changePhoneFacts, ctx: { jurisdiction: WHERE.beijing }, cases: changeCases }
