// 面签注册 (RULES.md "Registration"): reading the document, checking fields as typed, the check
// before saving (rules register_account with central's uniqueness answer when online) and the
// registration itself. The clerk's face-to-face check is required; the phone is proven by an SMS
// code when central is reachable, and registered without one (待中心确认) when it is not.
import { DomainError } from '../../../shared/contract/result'
import type { ChannelInput, ChannelOutput } from '../../../shared/contract'
import type { Clerk } from '../../commands/clerk'
import type { RegisterAccountPayload } from '../../commands/register-account'
import { toZonedIso } from '../../platform/zoned-time'
import { validateMobile } from '../../rules/validators/phone'
import { LocalRows } from '../../sync/local-rows'
import type { WorkflowDeps } from '../../core/workflows'
import { READER_NAMES, checkCard, createIdCardReader, type ReaderSetting } from '../idcard'
import { checkedApplicant, checkedPhone, unitErrors } from './applicant'
import { decodeLetter } from './letter'
import { checkView, decideRegistration, onFile, uniqueness } from './registration-check'
import { createRegistrationWriter } from './registration-submit'

type ReadInput = ChannelInput<'idcard:read'>
type ValidateInput = ChannelInput<'registration:validate'>
type CheckInput = ChannelInput<'registration:check'>
type SubmitInput = ChannelInput<'registration:submit'>

export function createRegistrationService(deps: WorkflowDeps) {
  const rows = new LocalRows(deps.sqlite)
  const setting: ReaderSetting = deps.config.idCardReader ?? 'none'
  const save = createRegistrationWriter({ sqlite: deps.sqlite, writes: deps.writes, rows, env: deps.env, workstationId: deps.config.workstationId })
  const now = (): string => toZonedIso(deps.clock.now(), deps.config.timeZone)
  const env = () => ({ profiles: deps.profiles, jurisdiction: deps.config.regionCode, at: now() })

  async function judge(input: CheckInput) {
    const applicant = checkedApplicant(input.applicant, deps.today())
    const phone = checkedPhone(input.phone)
    const local = onFile(rows, applicant, phone)
    const answer = await uniqueness(deps.central, applicant, phone, local)
    const decision = decideRegistration(applicant, phone, local, answer, env())
    return { applicant, phone, local, answer, decision }
  }

  /** The SMS proof of the phone: required whenever central answered; offline there can be none. */
  function verification(challengeId: string | null, phone: string, online: boolean): RegisterAccountPayload['verification'] {
    if (challengeId !== null) {
      const proven = deps.central.verifiedChallenge(challengeId)
      if (proven === null || proven.phone !== phone || proven.purpose !== 'register') {
        throw new DomainError('SMS_NOT_VERIFIED', '该手机号码的短信验证码未通过核验或已过期，请重新发送验证码', 'smsCode')
      }
      return { kind: 'sms', proof: { challengeId, phone, purpose: 'register' } }
    }
    if (online) throw new DomainError('SMS_REQUIRED', '请向该手机号码发送短信验证码，并输入市民收到的验证码', 'smsCode')
    return { kind: 'offline' }
  }

  return {
    readerStatus(): ChannelOutput<'idcard:status'> {
      return { reader: setting, readerName: READER_NAMES[setting] }
    },

    async readCard(input: ReadInput): Promise<ChannelOutput<'idcard:read'>> {
      const reader = createIdCardReader(input, setting, { sqlite: deps.sqlite, today: deps.today, regionCode: deps.config.regionCode })
      const card = await reader.read()
      return { card, source: input.source }
    },

    validate(input: ValidateInput): ChannelOutput<'registration:validate'> {
      const card = input.card === undefined ? null : checkCard(input.card, deps.today(), false)
      const errors = { ...(card?.errors ?? {}) }
      if (input.phone !== undefined && input.phone.trim() !== '') {
        const v = validateMobile(input.phone)
        if (!v.ok) errors.phone = v.message
      }
      Object.assign(errors, unitErrors({ creditCode: input.creditCode, name: input.unitName, address: input.unitAddress }, false))
      return { errors, derived: card?.derived ?? null }
    },

    async check(input: CheckInput): Promise<ChannelOutput<'registration:check'>> {
      const { applicant, phone, local, answer, decision } = await judge(input)
      return checkView(applicant, phone, local, answer, decision)
    },

    async submit(input: SubmitInput, who: { clerk: Clerk; operatorId: string }): Promise<ChannelOutput<'registration:submit'>> {
      if (!input.identityConfirmed) {
        throw new DomainError('IDENTITY_NOT_VERIFIED', '请先当面核验：查验身份证明原件，并核对持证人是本人', 'identityConfirmed')
      }
      const letter = input.applicant.kind === 'unit' ? decodeLetter(input.applicant.letter) : null
      const { applicant, phone, local, answer, decision } = await judge({ applicant: input.applicant, phone: input.phone })
      if (!decision.allowed) {
        const view = checkView(applicant, phone, local, answer, decision)
        throw new DomainError(view.denials[0]?.code ?? 'REFUSED', view.denials.map((d) => d.message).join('；'))
      }
      return save({
        applicant,
        phone,
        verification: verification(input.challengeId, phone, answer.answeredBy === 'central'),
        changeRecordPhones: input.changeRecordPhones,
        letter,
        local,
        answer,
        clerk: who.clerk,
        operatorId: who.operatorId
      })
    }
  }
}

export type RegistrationService = ReturnType<typeof createRegistrationService>
