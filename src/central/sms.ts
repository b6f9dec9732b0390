// Central's SMS gateway and the verification codes sent through it (sync-protocol.md §10). The
// gateway is an interface: the reference central ships one that logs each message (and keeps the
// last ones for tests and demos) instead of sending it; a real operator's gateway plugs in here.
// Codes are stored hashed; a code is good for SMS_CODE_MINUTES and SMS_MAX_ATTEMPTS tries, and a
// verified challenge proves its phone to commands for SMS_PROOF_MINUTES.
import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto'
import { smsProofKey, type SmsPurpose } from '../main/commands/clerk'
export { proofsIn } from '../main/commands/clerk'
import { SMS_CODE_MINUTES, SMS_CODES_PER_10_MIN, SMS_MAX_ATTEMPTS, SMS_PROOF_MINUTES } from '../main/sync/services-protocol'
import type { Querier } from './db'

export interface SmsMessage {
  phone: string
  kind: 'code' | 'notice'
  text: string
  sentAt: string
  /** The code itself, kept only by the reference (logging) gateway for tests and demos. */
  code?: string
}

export interface SmsGateway {
  send(message: SmsMessage): Promise<void>
}

/** The reference gateway: writes each message to central's log and keeps the last 500. */
export class LoggingSmsGateway implements SmsGateway {
  private readonly recent: SmsMessage[] = []
  constructor(private readonly log: (line: string) => void) {}

  async send(message: SmsMessage): Promise<void> {
    this.recent.push(message)
    if (this.recent.length > 500) this.recent.shift()
    this.log(`[短信网关] 发送至 ${message.phone}：${message.text}`)
  }

  /** Newest first; only for the admin route of the reference central. */
  messages(phone?: string): SmsMessage[] {
    return this.recent.filter((m) => phone === undefined || m.phone === phone).reverse()
  }
}

const PURPOSE_TEXT: Record<SmsPurpose, string> = {
  register: '交管12123账户注册',
  phone_old: '核验原手机号码（变更联系电话）',
  phone_new: '核验新手机号码（变更联系电话）',
  binding_owner: '同意他人备案您的机动车'
}

const hash = (challengeId: string, code: string): string => createHash('sha256').update(`${challengeId}:${code}`).digest('hex')

export class SmsRateLimited extends Error {}
export class SmsChallengeUnknown extends Error {}

/**
 * Records a new code for the phone and returns the message to send. The caller hands it to the
 * gateway after commit: a code whose challenge did not commit could never be verified, and a real
 * gateway's network call must not hold the transaction open.
 */
export async function createCode(
  q: Querier,
  args: { workstationId: string; phone: string; purpose: SmsPurpose; now: Date; organ: string }
): Promise<{ challengeId: string; expiresAt: Date; message: SmsMessage }> {
  // One phone's codes are counted and created one request at a time (the flood guard holds under
  // concurrent sends); the lock ends with the transaction.
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sms:${args.phone}`])
  const recent = await q.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM sms_challenges WHERE phone = $1 AND created_at > $2`,
    [args.phone, new Date(args.now.getTime() - 10 * 60_000)]
  )
  if (Number(recent[0]?.n ?? 0) >= SMS_CODES_PER_10_MIN) throw new SmsRateLimited()
  const challengeId = randomUUID()
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const expiresAt = new Date(args.now.getTime() + SMS_CODE_MINUTES * 60_000)
  await q.query(
    `INSERT INTO sms_challenges (id, workstation_id, phone, purpose, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [challengeId, args.workstationId, args.phone, args.purpose, hash(challengeId, code), args.now, expiresAt]
  )
  const text = `【${args.organ}】验证码${code}，用于${PURPOSE_TEXT[args.purpose]}，${SMS_CODE_MINUTES}分钟内有效。请勿告知他人。`
  await q.query(`INSERT INTO sms_messages (phone, kind, text, sent_at) VALUES ($1, 'code', $2, $3)`, [
    args.phone,
    text.replace(code, '******'),
    args.now
  ])
  return { challengeId, expiresAt, message: { phone: args.phone, kind: 'code', text, sentAt: args.now.toISOString(), code } }
}

type ChallengeRow = {
  id: string
  workstation_id: string
  phone: string
  purpose: SmsPurpose
  code_hash: string
  attempts: number
  expires_at: Date
  verified_at: Date | null
}

export async function verifyCode(
  q: Querier,
  args: { workstationId: string; challengeId: string; code: string; now: Date }
): Promise<{ verified: boolean; attemptsLeft: number; phone: string; purpose: SmsPurpose; validUntil: Date | null }> {
  const rows = await q.query<ChallengeRow>('SELECT * FROM sms_challenges WHERE id = $1 FOR UPDATE', [args.challengeId])
  const c = rows[0]
  // Another workstation's challenge is as unknown to this one as a made-up id.
  if (c === undefined || c.workstation_id !== args.workstationId) throw new SmsChallengeUnknown()
  const expires = new Date(c.expires_at)
  if (c.verified_at !== null) {
    const validUntil = new Date(new Date(c.verified_at).getTime() + SMS_PROOF_MINUTES * 60_000)
    return { verified: validUntil > args.now, attemptsLeft: 0, phone: c.phone, purpose: c.purpose, validUntil }
  }
  if (expires <= args.now || c.attempts >= SMS_MAX_ATTEMPTS) {
    return { verified: false, attemptsLeft: 0, phone: c.phone, purpose: c.purpose, validUntil: null }
  }
  const expected = Buffer.from(c.code_hash, 'hex')
  const given = Buffer.from(hash(c.id, args.code), 'hex')
  const ok = expected.length === given.length && timingSafeEqual(expected, given)
  const attempts = c.attempts + 1
  await q.query('UPDATE sms_challenges SET attempts = $2, verified_at = $3 WHERE id = $1', [c.id, attempts, ok ? args.now : null])
  return {
    verified: ok,
    attemptsLeft: ok ? 0 : SMS_MAX_ATTEMPTS - attempts,
    phone: c.phone,
    purpose: c.purpose,
    validUntil: ok ? new Date(args.now.getTime() + SMS_PROOF_MINUTES * 60_000) : null
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Of the proofs a command names, those central verified for exactly that phone and purpose (keys:
 * smsProofKey), still valid at the command's moment (`at`: the clerk saved it then, however late
 * it is pushed), for the workstation that sent the command, and not used by another command. The
 * rows are locked until the push commits, so two commands cannot both take one proof.
 */
export async function verifiedProofs(
  q: Querier,
  args: { workstationId: string; commandId: string; proofs: { challengeId: string; phone: string; purpose: string }[]; at: Date }
): Promise<Set<string>> {
  const proofs = args.proofs.filter((p) => UUID.test(p.challengeId))
  if (proofs.length === 0) return new Set()
  const rows = await q.query<{ id: string; phone: string; purpose: string; verified_at: Date | null; workstation_id: string; consumed_by: string | null }>(
    'SELECT id, phone, purpose, verified_at, workstation_id, consumed_by FROM sms_challenges WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
    [proofs.map((p) => p.challengeId)]
  )
  const ok = new Set<string>()
  const at = args.at.getTime()
  for (const p of proofs) {
    const row = rows.find((r) => r.id === p.challengeId)
    if (!row || row.verified_at === null || row.workstation_id !== args.workstationId) continue
    if (row.consumed_by !== null && row.consumed_by !== args.commandId) continue
    const verifiedAt = new Date(row.verified_at).getTime()
    // Verified before the action (a minute's tolerance for the two clocks) and at most 30 minutes before it.
    const fresh = verifiedAt + SMS_PROOF_MINUTES * 60_000 >= at && verifiedAt <= at + 60_000
    if (fresh && row.phone === p.phone && row.purpose === p.purpose) ok.add(smsProofKey(p))
  }
  return ok
}

/** Marks the proofs an applied command used: none of them can back another command. */
export async function consumeProofs(q: Querier, commandId: string, proofs: { challengeId: string }[]): Promise<void> {
  const ids = proofs.map((p) => p.challengeId).filter((id) => UUID.test(id))
  if (ids.length === 0) return
  await q.query('UPDATE sms_challenges SET consumed_by = $1 WHERE id = ANY($2::uuid[]) AND consumed_by IS NULL', [commandId, ids])
}
