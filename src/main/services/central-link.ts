// What the counter workflows ask central directly, outside the command queue: is this phone or ID
// already registered anywhere in the country (the cache holds only this jurisdiction), and the SMS
// gateway's verification codes. All of it needs the network: offline, every call throws
// DomainError CENTRAL_OFFLINE with a message the clerk can act on, and the workflow decides what
// may still be done offline (RULES.md; docs/ARCHITECTURE.md "Counter workflows").
import type { SmsPurpose } from '../commands/clerk'
import { DomainError } from '../../shared/contract/result'
import { maskPhone } from '../../shared/masking'
import type { Clock } from '../platform/clock'
import { SyncError, type SyncClient } from '../sync/client'
import type { EvidenceResponse } from '../sync/evidence-protocol'

export type { SmsPurpose } from '../commands/clerk'

export interface AccountLookupQuery {
  phone?: string
  /** A person's ID document (resident: 18-character 居民身份证 number, upper-case X). */
  person?: { idType: 'resident' | 'military'; idNumber: string }
  /** A unit's 统一社会信用代码. */
  creditCode?: string
}

export interface AccountLookupAnswer {
  /** The phone belongs to an account; `phoneAccountPersonId` says whose when central knows the person. */
  phoneTaken: boolean
  phoneAccountPersonId: string | null
  /** The person (or unit) already has an account. */
  idTaken: boolean
}

export interface SmsChallenge {
  challengeId: string
  /** Masked phone the code went to, for the clerk to read out (138****0001). */
  maskedPhone: string
  expiresAt: string
}

export interface SmsVerification {
  verified: boolean
  /** Attempts left for this code (0: send a new one). */
  attemptsLeft: number
}

export interface CentralLink {
  /** The workstation is enrolled and its last exchange with central succeeded. */
  online(): boolean
  lookupAccounts(query: AccountLookupQuery): Promise<AccountLookupAnswer>
  sendSmsCode(phone: string, purpose: SmsPurpose): Promise<SmsChallenge>
  verifySmsCode(challengeId: string, code: string): Promise<SmsVerification>
  /**
   * A challenge this workstation saw verified (within its validity), with the phone and purpose
   * it was for; null otherwise. Services check a workflow's SMS proof with it before saving.
   */
  verifiedChallenge(challengeId: string): { phone: string; purpose: SmsPurpose } | null
  /**
   * A saved action used these challenges: none of them proves anything to another action (central
   * refuses a proof a second command names; this keeps the window from even trying).
   */
  markUsed(challengeIds: readonly string[]): void
  /** A camera record's evidence photos, asked of central now (never queued). */
  evidence(violationId: string): Promise<EvidenceResponse['photos']>
}

/** What the link needs of the sync engine. */
export interface CentralLinkSource {
  isOnline(): boolean
  client(): SyncClient | null
}

const OFFLINE_MESSAGE = '当前与交管中心的网络中断（离线），无法实时查询或发送短信验证码'

function asDomainError(error: unknown): DomainError {
  if (error instanceof SyncError) {
    if (error.transient || error.code === 'NETWORK') return new DomainError('CENTRAL_OFFLINE', `${OFFLINE_MESSAGE}：${error.message}`)
    return new DomainError(error.code, error.message)
  }
  return new DomainError('CENTRAL_ERROR', `交管中心应答异常：${error instanceof Error ? error.message : String(error)}`)
}

export function createCentralLink(source: CentralLinkSource, clock: Clock): CentralLink {
  const verified = new Map<string, { phone: string; purpose: SmsPurpose; validUntil: number }>()

  async function ask<T>(fn: (client: SyncClient) => Promise<{ value: T }>): Promise<T> {
    const client = source.client()
    if (client === null) throw new DomainError('CENTRAL_OFFLINE', '本终端未登记到交管中心（培训模式），无法实时查询或发送短信验证码')
    try {
      return (await fn(client)).value
    } catch (error) {
      throw asDomainError(error)
    }
  }

  return {
    online: () => source.isOnline(),
    async lookupAccounts(query) {
      const answer = await ask((c) => c.lookupAccounts(query))
      return { phoneTaken: answer.phoneTaken, phoneAccountPersonId: answer.phoneAccountPersonId, idTaken: answer.idTaken }
    },
    async sendSmsCode(phone, purpose) {
      const answer = await ask((c) => c.sendSmsCode(phone, purpose))
      return { challengeId: answer.challengeId, maskedPhone: maskPhone(phone) ?? phone, expiresAt: answer.expiresAt }
    },
    async verifySmsCode(challengeId, code) {
      const answer = await ask((c) => c.verifySmsCode(challengeId, code))
      if (answer.verified && answer.validUntil !== null) {
        verified.set(challengeId, { phone: answer.phone, purpose: answer.purpose, validUntil: Date.parse(answer.validUntil) })
      }
      return { verified: answer.verified, attemptsLeft: answer.attemptsLeft }
    },
    evidence: async (violationId) => (await ask((c) => c.fetchEvidence(violationId))).photos,
    markUsed(challengeIds) {
      for (const id of challengeIds) verified.delete(id)
    },
    verifiedChallenge(challengeId) {
      const v = verified.get(challengeId)
      if (v === undefined) return null
      if (v.validUntil < clock.now().getTime()) {
        verified.delete(challengeId)
        return null
      }
      return { phone: v.phone, purpose: v.purpose }
    }
  }
}
