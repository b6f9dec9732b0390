// Operator sign-in with lockout: after `maxFailedSignIns` wrong passwords in a row the account is
// locked for `signInLockMinutes`. Every attempt is audited (locally: sign-ins are not sent to central).
import { eq } from 'drizzle-orm'
import type { OperatorDto, Role } from '../../shared/contract/schemas'
import { DomainError } from '../../shared/contract/result'
import { operators } from '../store/schema'
import type { Db } from '../store/db'
import type { WritePath } from '../store/write-path'
import type { Clock } from '../platform/clock'
import { toZonedIso } from '../platform/zoned-time'
import { DUMMY_HASH, verifyPassword } from '../auth/password'

export interface SignInPolicy {
  maxFailedSignIns: number
  signInLockMinutes: number
  timeZone: string
}

type OperatorRow = typeof operators.$inferSelect

export interface OperatorService {
  signIn(policeNo: string, password: string): OperatorDto
  /** Re-checks the password of an already signed-in operator (idle unlock); counts toward lockout. */
  confirmPassword(operatorId: string, password: string): OperatorDto
}

const toDto = (row: OperatorRow): OperatorDto => ({ id: row.id, policeNo: row.policeNo, name: row.name, role: row.role as Role })

/** Unknown police numbers tracked in memory so they answer exactly like real ones (no enumeration). */
const MAX_TRACKED_UNKNOWN = 1000

export function createOperatorService(db: Db, writes: WritePath, clock: Clock, policy: SignInPolicy): OperatorService {
  const unknownAttempts = new Map<string, { attempts: number; lockedUntil: string | null }>()

  function lockedError(lockedUntil: string | null): DomainError {
    const until = (lockedUntil ?? '').slice(11, 16)
    return new DomainError(
      'AUTH_LOCKED',
      `连续${policy.maxFailedSignIns}次密码错误，账户已锁定${policy.signInLockMinutes}分钟（至 ${until}），请稍后再试或联系系统管理员。`
    )
  }

  function failedError(attempts: number): DomainError {
    const left = policy.maxFailedSignIns - attempts
    return new DomainError('AUTH_FAILED', `警号或密码不正确。再错 ${left} 次账户将锁定 ${policy.signInLockMinutes} 分钟。`, 'password')
  }

  const isLocked = (lockedUntil: string | null): boolean =>
    lockedUntil !== null && Date.parse(lockedUntil) > clock.now().getTime()

  /** The lock that starts now, as stored and shown: workstation time with zone. */
  const lockUntilFromNow = (): string =>
    toZonedIso(new Date(clock.now().getTime() + policy.signInLockMinutes * 60000), policy.timeZone)

  function check(row: OperatorRow, passwordOk: boolean, action: string): OperatorDto {
    const subject = { type: 'operator', id: row.id }
    if (isLocked(row.lockedUntil)) {
      writes.run({ action: `${action}.refusedLocked`, operatorId: row.id, subject, auditPayload: {}, command: null })
      throw lockedError(row.lockedUntil)
    }
    if (passwordOk) {
      // Only someone who knows the password learns that the account is disabled.
      if (!row.active) throw new DomainError('AUTH_DISABLED', '该警号已停用，请联系系统管理员。')
      writes.run({
        action,
        operatorId: row.id,
        subject,
        auditPayload: { policeNo: row.policeNo },
        command: null,
        apply: () => db.update(operators).set({ failedAttempts: 0, lockedUntil: null }).where(eq(operators.id, row.id)).run()
      })
      return toDto(row)
    }
    const attempts = row.failedAttempts + 1
    const lockNow = attempts >= policy.maxFailedSignIns
    const lockedUntil = lockNow ? lockUntilFromNow() : null
    writes.run({
      action: lockNow ? 'operator.lockedOut' : `${action}.failed`,
      operatorId: row.id,
      subject,
      auditPayload: { attempts },
      command: null,
      apply: () =>
        db
          .update(operators)
          .set({ failedAttempts: lockNow ? 0 : attempts, lockedUntil })
          .where(eq(operators.id, row.id))
          .run()
    })
    if (lockNow) throw lockedError(lockedUntil)
    throw failedError(attempts)
  }

  /** Same answers, same countdown and same lock as a real account, so probing learns nothing. */
  function failUnknown(policeNo: string): never {
    writes.run({ action: 'operator.signIn.unknown', operatorId: null, subject: { type: 'operator', id: null }, auditPayload: { policeNo }, command: null })
    const entry = unknownAttempts.get(policeNo) ?? { attempts: 0, lockedUntil: null }
    if (isLocked(entry.lockedUntil)) throw lockedError(entry.lockedUntil)
    entry.attempts += 1
    if (unknownAttempts.size >= MAX_TRACKED_UNKNOWN && !unknownAttempts.has(policeNo)) unknownAttempts.clear()
    unknownAttempts.set(policeNo, entry)
    if (entry.attempts >= policy.maxFailedSignIns) {
      entry.attempts = 0
      entry.lockedUntil = lockUntilFromNow()
      throw lockedError(entry.lockedUntil)
    }
    throw failedError(entry.attempts)
  }

  return {
    signIn(policeNo, password) {
      const row = db.select().from(operators).where(eq(operators.policeNo, policeNo)).get()
      // The password is always checked first, against a dummy hash for unknown numbers, so the
      // time taken does not tell whether the number exists, is disabled or is locked.
      const passwordOk = verifyPassword(password, row?.passwordHash ?? DUMMY_HASH)
      if (!row) return failUnknown(policeNo)
      return check(row, passwordOk, 'operator.signIn')
    },
    confirmPassword(operatorId, password) {
      const row = db.select().from(operators).where(eq(operators.id, operatorId)).get()
      if (!row) throw new DomainError('SESSION_REQUIRED', '请先登录。')
      return check(row, verifyPassword(password, row.passwordHash), 'operator.unlock')
    }
  }
}
