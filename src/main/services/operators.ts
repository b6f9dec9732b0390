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

export function createOperatorService(db: Db, writes: WritePath, clock: Clock, policy: SignInPolicy): OperatorService {
  const badCredentials = (): DomainError => new DomainError('AUTH_FAILED', '警号或密码不正确。', 'password')

  function lockedError(row: OperatorRow): DomainError {
    const until = (row.lockedUntil ?? '').slice(11, 16)
    return new DomainError(
      'AUTH_LOCKED',
      `连续${policy.maxFailedSignIns}次密码错误，账户已锁定${policy.signInLockMinutes}分钟（至 ${until}），请稍后再试或联系系统管理员。`
    )
  }

  function isLocked(row: OperatorRow): boolean {
    return row.lockedUntil !== null && Date.parse(row.lockedUntil) > clock.now().getTime()
  }

  function check(row: OperatorRow, password: string, action: string): OperatorDto {
    if (!row.active) throw new DomainError('AUTH_DISABLED', '该警号已停用，请联系系统管理员。')
    if (isLocked(row)) {
      writes.run({ action: `${action}.refusedLocked`, operatorId: row.id, subject: { type: 'operator', id: row.id }, auditPayload: {}, command: null })
      throw lockedError(row)
    }
    if (verifyPassword(password, row.passwordHash)) {
      writes.run({
        action,
        operatorId: row.id,
        subject: { type: 'operator', id: row.id },
        auditPayload: { policeNo: row.policeNo },
        command: null,
        apply: () => db.update(operators).set({ failedAttempts: 0, lockedUntil: null }).where(eq(operators.id, row.id)).run()
      })
      return toDto(row)
    }
    const attempts = row.failedAttempts + 1
    const lockNow = attempts >= policy.maxFailedSignIns
    const lockedUntil = lockNow
      ? toZonedIso(new Date(clock.now().getTime() + policy.signInLockMinutes * 60000), policy.timeZone)
      : null
    writes.run({
      action: lockNow ? 'operator.lockedOut' : `${action}.failed`,
      operatorId: row.id,
      subject: { type: 'operator', id: row.id },
      auditPayload: { attempts },
      command: null,
      apply: () =>
        db
          .update(operators)
          .set({ failedAttempts: lockNow ? 0 : attempts, lockedUntil })
          .where(eq(operators.id, row.id))
          .run()
    })
    if (lockNow) throw lockedError({ ...row, lockedUntil })
    const left = policy.maxFailedSignIns - attempts
    throw new DomainError('AUTH_FAILED', `警号或密码不正确。再错 ${left} 次账户将锁定 ${policy.signInLockMinutes} 分钟。`, 'password')
  }

  return {
    signIn(policeNo, password) {
      const row = db.select().from(operators).where(eq(operators.policeNo, policeNo)).get()
      if (!row) {
        verifyPassword(password, DUMMY_HASH)
        writes.run({ action: 'operator.signIn.unknown', operatorId: null, subject: { type: 'operator', id: null }, auditPayload: { policeNo }, command: null })
        throw badCredentials()
      }
      return check(row, password, 'operator.signIn')
    },
    confirmPassword(operatorId, password) {
      const row = db.select().from(operators).where(eq(operators.id, operatorId)).get()
      if (!row) throw new DomainError('SESSION_REQUIRED', '请先登录。')
      return check(row, password, 'operator.unlock')
    }
  }
}
