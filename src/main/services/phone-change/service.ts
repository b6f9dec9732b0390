// 手机号变更 at the window. The clerk picks the person's records, verifies the person (ID document
// in person, or a code read back from an old number), types the new number (checked as typed:
// valid, not another account's, different from the record) and has a code read back from it;
// the change is then one write-path transaction: the records and people.phone, the service record,
// an audit entry holding both numbers, the phone.change command for central.
//
// Offline: identity by ID document still works; the new number cannot be texted, so it is saved
// unverified, pending central (待中心确认), and the slip says so; central texts the new number
// when it applies the change (change-phone.ts). Identity by SMS needs central, so not offline.
import { randomUUID } from 'node:crypto'
import { DomainError } from '../../../shared/contract/result'
import { maskPhone } from '../../../shared/masking'
import type { PhoneChangeResult, PhoneCheck, PhoneTargets } from '../../../shared/contract/workflows/phone-change'
import type { z } from 'zod'
import type { phoneChangeInputSchema, phoneCheckInputSchema } from '../../../shared/contract/workflows/phone-change'
import type { ChangePhonePayload } from '../../commands/change-phone'
import type { Clerk, SmsProof } from '../../commands/clerk'
import { NUMBER_CODES, digitsOf, judgeTargets, refusalOf, type PhoneChangeIdentity, type TargetOnRecord } from '../../commands/phone-change-rules'
import { toZonedIso } from '../../platform/zoned-time'
import { validateMobile } from '../../rules/validators/phone'
import { LocalRows } from '../../sync/local-rows'
import { executeLocally } from '../../sync/rebase'
import type { WorkflowDeps } from '../../core/workflows'
import { newNumberOwner, type NumberOwner } from './number-owner'
import { newNumberProof, oldNumberProof, verifiedOldNumber } from './proofs'
import { prepareTargetQueries } from './targets'
import type { OperatorDto } from '../../../shared/contract/schemas'

type CheckInput = z.output<typeof phoneCheckInputSchema>
type ChangeInput = z.output<typeof phoneChangeInputSchema>

interface Judgement {
  phone: string | null
  owner: NumberOwner
  chosen: TargetOnRecord[]
  judgements: ReturnType<typeof judgeTargets>
}

/** The field a refusal is about, so the dialog shows it there: the new number, or the identity. */
function fieldOf(code: string): 'newPhone' | 'identity' | undefined {
  if (NUMBER_CODES.has(code) || code === 'PHONE_UNCHANGED') return 'newPhone'
  if (code === 'IDENTITY_NOT_VERIFIED') return 'identity'
  return undefined
}

/** 1, 2, … per distinct number, in the order first seen: the same number, the same group. */
function numberGroups(): (phone: string) => number {
  const seen = new Map<string, number>()
  return (phone) => {
    const group = seen.get(phone) ?? seen.size + 1
    seen.set(phone, group)
    return group
  }
}

export function createPhoneChangeService(deps: WorkflowDeps) {
  const queries = prepareTargetQueries(deps.sqlite)
  const rows = new LocalRows(deps.sqlite)
  const now = (): string => toZonedIso(deps.clock.now(), deps.config.timeZone)

  async function judge(personId: string, refs: CheckInput['targets'], typed: string, identity: PhoneChangeIdentity, verifiedOld: string | null): Promise<Judgement> {
    const chosen = queries.chosen(personId, refs)
    const valid = validateMobile(typed)
    const phone = valid.ok ? valid.value : null
    const owner: NumberOwner = phone === null ? { taken: false, checkedBy: deps.central.online() ? 'central' : 'local_cache' } : await newNumberOwner(deps.central, queries, phone, personId)
    const env = deps.env()
    const judgements = judgeTargets(
      chosen,
      // No number-segment table (号码归属地) is shipped yet: unknown, which a local-only profile refuses.
      { at: now(), newPhone: phone ?? typed, newPhoneProvince: null, newPhoneTaken: owner.taken, identity, verifiedOldPhone: verifiedOld },
      env
    )
    return { phone, owner, chosen, judgements }
  }

  return {
    targets(personId: string): PhoneTargets {
      const person = queries.person(personId)
      const groups = numberGroups()
      return {
        person,
        targets: queries.targets(personId).map((t) => ({
          kind: t.kind,
          id: t.id,
          label: t.label,
          currentPhoneMasked: maskPhone(t.currentPhone),
          numberGroup: t.currentPhone === null ? null : groups(digitsOf(t.currentPhone))
        })),
        online: deps.central.online()
      }
    },

    async check(input: CheckInput): Promise<PhoneCheck> {
      queries.person(input.personId)
      const verifiedOld = input.identity.method === 'sms_old_number' ? verifiedOldNumber(deps.central, input.identity.challengeId) : null
      const j = await judge(input.personId, input.targets, input.newPhone, input.identity.method, verifiedOld)
      if (!j.judgements.ok) throw new DomainError(j.judgements.code, j.judgements.message)
      const numberProblems = j.judgements.judgements
        .flatMap((x) => x.denials.filter((d) => NUMBER_CODES.has(d.code)))
        .filter((d, i, all) => all.findIndex((o) => o.code === d.code) === i)
      const targets = j.judgements.judgements.map(({ target, denials }) => {
        const own = denials.filter((d) => !NUMBER_CODES.has(d.code))
        return { kind: target.kind, id: target.id, label: target.label, currentPhoneMasked: maskPhone(target.currentPhone), allowed: denials.length === 0, denials: own }
      })
      return {
        newPhone: j.phone,
        newPhoneMasked: maskPhone(j.phone),
        numberProblems,
        takenCheckedBy: j.owner.checkedBy,
        targets,
        allowed: targets.every((t) => t.allowed),
        newPhoneSms: deps.central.online() ? 'required' : 'unavailable_offline'
      }
    },

    async change(input: ChangeInput, who: { operator: OperatorDto; clerk: Clerk }): Promise<PhoneChangeResult> {
      const person = queries.person(input.personId)
      const valid = validateMobile(input.newPhone)
      if (!valid.ok) throw new DomainError('PHONE_INVALID', valid.message, 'newPhone')
      const newPhone = valid.value
      const chosen = queries.chosen(input.personId, input.targets)

      const proofs: SmsProof[] = []
      if (input.identity.method === 'sms_old_number') {
        proofs.push(oldNumberProof(deps.central, input.identity.challengeId, chosen.map((t) => t.currentPhone)))
      }
      if (input.newPhoneChallengeId !== null) {
        proofs.push(newNumberProof(deps.central, input.newPhoneChallengeId, newPhone))
      } else if (deps.central.online()) {
        throw new DomainError('SMS_NOT_VERIFIED', '请向新号码发送验证码，并由申请人读出验证码完成核验', 'newPhone')
      } else if (input.identity.method !== 'id_document') {
        throw new DomainError('IDENTITY_NOT_VERIFIED', '离线时新号码无法短信验证，须查验身份证明原件', 'identity')
      }

      const old = proofs.find((p) => p.purpose === 'phone_old')?.phone ?? null
      const j = await judge(input.personId, input.targets, newPhone, input.identity.method, old)
      if (!j.judgements.ok) throw new DomainError(j.judgements.code, j.judgements.message)
      const refusal = refusalOf(j.judgements.judgements)
      if (refusal !== null) throw new DomainError(refusal.code, refusal.message, fieldOf(refusal.code))

      const payload: ChangePhonePayload = {
        changeId: randomUUID(),
        personId: input.personId,
        targets: input.targets,
        newPhone,
        identity: input.identity.method,
        smsProofs: proofs,
        clerk: who.clerk
      }
      const offline = !deps.central.online()
      const receipt = deps.writes.run({
        action: 'phone.change',
        operatorId: who.operator.id,
        subject: { type: 'person', id: input.personId },
        // Both numbers in full: the audit trail is where a disputed change is traced back.
        auditPayload: {
          changeId: payload.changeId,
          targets: chosen.map((t) => ({ kind: t.kind, id: t.id, oldPhone: t.currentPhone })),
          newPhone,
          identity: input.identity,
          newPhoneChallengeId: input.newPhoneChallengeId,
          takenCheckedBy: j.owner.checkedBy,
          offline
        },
        command: { type: 'phone.change', payload },
        apply: (at) => {
          const outcome = executeLocally(rows, 'phone.change', payload, { at, operatorId: who.operator.id }, deps.env())
          if (!outcome.ok) throw new DomainError(outcome.code, outcome.message, fieldOf(outcome.code))
        }
      })
      return {
        changeId: payload.changeId,
        commandId: receipt.commandId!,
        at: receipt.at,
        person: { name: person.name, idNumberMasked: person.idNumberMasked },
        targets: chosen.map((t) => ({ kind: t.kind, label: t.label, oldPhoneMasked: maskPhone(t.currentPhone) })),
        newPhoneMasked: maskPhone(newPhone)!,
        identity: input.identity.method,
        newPhoneVerified: input.newPhoneChallengeId !== null,
        offline,
        clerk: { operatorNo: who.clerk.operatorNo, operatorName: who.clerk.operatorName },
        place: who.clerk.place
      }
    }
  }
}

export type PhoneChangeService = ReturnType<typeof createPhoneChangeService>
