// Every request from either host passes through here: known channel, valid input, access rule,
// idle lock, then the handler; the output is validated too. Refusals are logged with a code and
// answered with a Chinese message; nothing is written before validation has passed.
import { channels, isChannelName } from '../../shared/contract/channels'
import type { ChannelName } from '../../shared/contract/channels'
import { DomainError, fail, ok } from '../../shared/contract/result'
import type { Result } from '../../shared/contract/result'
import { describeInputError } from './input-errors'
import type { Logger } from './logger'
import type { Registry } from './registry'
import type { SessionStore, Session } from './sessions'
import type { CallerContext } from './types'

export interface DispatcherDeps {
  registry: Registry
  sessions: SessionStore
  logger: Logger
}

export type Dispatch = (channel: string, input: unknown, caller: CallerContext) => Promise<Result<unknown>>

export function createDispatcher(deps: DispatcherDeps): Dispatch {
  const { registry, sessions, logger } = deps

  function refuse(code: string, message: string, channel: string, caller: CallerContext, field?: string): Result<never> {
    logger.log('warn', code, { channel: channel.slice(0, 64), host: caller.host, ...(field ? { field } : {}) })
    return fail(code, message, field)
  }

  function checkAccess(name: ChannelName, caller: CallerContext): { session: Session | null } | Result<never> {
    const spec = channels[name]
    if (spec.access === 'public') return { session: sessions.refresh(caller.sessionKey) ?? null }
    const session = sessions.refresh(caller.sessionKey)
    if (!session) return refuse('SESSION_REQUIRED', '请先登录。', name, caller)
    if (spec.access === 'session' && session.locked) {
      return refuse('SESSION_LOCKED', '屏幕已锁定，请输入密码解锁。', name, caller)
    }
    const roles = 'roles' in spec ? (spec.roles as readonly string[] | undefined) : undefined
    if (roles && !roles.includes(session.operator.role)) {
      return refuse('ROLE_NOT_ALLOWED', '您的岗位无权办理此项业务。', name, caller)
    }
    return { session }
  }

  return async function dispatch(channel, input, caller) {
    if (!isChannelName(channel)) return refuse('UNKNOWN_CHANNEL', '未知的业务请求。', String(channel), caller)
    const spec = channels[channel]
    const parsed = spec.input.safeParse(input)
    if (!parsed.success) {
      const { message, field } = describeInputError(parsed.error)
      return refuse('INVALID_INPUT', message, channel, caller, field)
    }
    const access = checkAccess(channel, caller)
    if ('ok' in access) return access
    const handler = registry.get(channel)
    if (!handler) return refuse('UNKNOWN_CHANNEL', '未知的业务请求。', channel, caller)
    try {
      const value = await handler(parsed.data as never, { caller, session: access.session })
      const checked = spec.output.safeParse(value)
      if (!checked.success) {
        logger.log('error', 'OUTPUT_CONTRACT_VIOLATION', { channel, path: checked.error.issues[0]?.path.join('.') ?? '' })
        return fail('INTERNAL', '系统内部错误，本次操作未完成。请重试或联系信息技术人员。')
      }
      return ok(checked.data)
    } catch (error) {
      if (error instanceof DomainError) {
        logger.log('warn', error.code, { channel, host: caller.host })
        return { ok: false, error: error.toAppError() }
      }
      logger.log('error', 'INTERNAL', { channel, error: error instanceof Error ? error.message : String(error) })
      return fail('INTERNAL', '系统内部错误，本次操作未完成。请重试或联系信息技术人员。')
    }
  }
}
