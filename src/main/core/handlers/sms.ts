// Handlers of the SMS code channels (src/shared/contract/workflows/sms.ts). Sending and checking
// are audited without the code; the phone is in the audit digest, masked nowhere (the trail is
// the record of who sent what to whom).
import { DomainError } from '../../../shared/contract/result'
import type { HandlerMap } from '../registry'
import { clerkOf, type WorkflowDeps } from '../workflows'

export interface SmsRecipients {
  /** The phone a binding's owner consents on (vehicle's, owner's or unit manager's); null: none. */
  bindingOwnerPhone(personId: string, vehicleId: string): string | null
  /**
   * The current phone of one of the person's own records (a phone change's old number); null: no
   * mobile number on it. A record that is not the person's is refused (DomainError).
   */
  phoneOnRecord(personId: string, kind: 'driver' | 'vehicle' | 'account', id: string): string | null
}

export function smsHandlers(deps: WorkflowDeps, recipients: SmsRecipients): Pick<HandlerMap, 'sms:send' | 'sms:verify'> {
  return {
    'sms:send': async (input, { session }) => {
      const { operator } = clerkOf(session, deps.config)
      let phone: string
      if ('phone' in input) phone = input.phone
      else if ('phoneOnRecord' in input) {
        const found = recipients.phoneOnRecord(input.phoneOnRecord.personId, input.phoneOnRecord.kind, input.phoneOnRecord.id)
        if (found === null) throw new DomainError('RECORD_PHONE_UNKNOWN', '该档案没有登记可接收短信的手机号码，无法发送验证码，请查验身份证明原件')
        phone = found
      } else {
        const found = recipients.bindingOwnerPhone(input.bindingOwner.personId, input.bindingOwner.vehicleId)
        if (found === null) throw new DomainError('OWNER_PHONE_UNKNOWN', '车辆登记信息中没有车主（单位管理人）的手机号码，无法发送验证码，须车主到场同意')
        phone = found
      }
      const sent = await deps.central.sendSmsCode(phone, input.purpose)
      deps.writes.run({
        action: 'sms.codeSent',
        operatorId: operator.id,
        subject: { type: 'sms_challenge', id: sent.challengeId },
        auditPayload: { phone, purpose: input.purpose, ...('bindingOwner' in input ? { bindingOwner: input.bindingOwner } : {}), ...('phoneOnRecord' in input ? { phoneOnRecord: input.phoneOnRecord } : {}) },
        command: null
      })
      return sent
    },
    'sms:verify': async (input, { session }) => {
      const { operator } = clerkOf(session, deps.config)
      const answer = await deps.central.verifySmsCode(input.challengeId, input.code)
      deps.writes.run({
        action: 'sms.codeChecked',
        operatorId: operator.id,
        subject: { type: 'sms_challenge', id: input.challengeId },
        auditPayload: { verified: answer.verified },
        command: null
      })
      return answer
    }
  }
}
