// POST /api/invoke/<channel>: the web host's only door into the core. The checks run in a fixed
// order and the first that fails answers with a Result envelope, a 4xx and one log line with its
// code. Bodies and personal data are never logged. What passes all checks goes to
// core.dispatch, which validates the input against the contract and applies the access rules.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AppCore } from '../core/types'
import type { Logger } from '../core/logger'
import { MAX_REQUEST_BYTES } from '../../shared/contract/limits'
import { channels, isChannelName, type ChannelSpec } from '../../shared/contract/channels'
import { REFUSALS } from './messages'
import type { RefusalCode } from './messages'
import { isJsonContentType, originAllowed, sessionKeyFromTab, single, tokenAccepted } from './request-checks'
import { parseJsonBody, readBody } from './body'
import { sendEnvelope, sendRefusal } from './responses'
import { statusForResult } from './status'

export const API_PREFIX = '/api/'
export const INVOKE_PREFIX = '/api/invoke/'

export interface ApiContext {
  core: Pick<AppCore, 'dispatch'>
  token: string
  port: number
  logger: Logger
  maxRequestBytes?: number
}

export function isApiPath(rawTarget: string): boolean {
  const rawPath = rawTarget.split(/[?#]/, 1)[0] ?? ''
  return rawPath === '/api' || rawPath.startsWith(API_PREFIX)
}

/** The channel named in the path, percent-decoded; null when the path is not an invoke path. */
export function channelFromPath(rawTarget: string): string | null {
  const rawPath = rawTarget.split(/[?#]/, 1)[0] ?? ''
  if (!rawPath.startsWith(INVOKE_PREFIX)) return null
  const encoded = rawPath.slice(INVOKE_PREFIX.length)
  try {
    return decodeURIComponent(encoded)
  } catch {
    return encoded // cannot name a channel; the dispatcher answers UNKNOWN_CHANNEL
  }
}

/** The channel's own body limit when it declares one (a scanned document), else the host's. */
function requestLimit(channel: string, ctx: ApiContext): number {
  const declared = isChannelName(channel) ? (channels[channel] as ChannelSpec).maxRequestBytes : undefined
  return declared ?? ctx.maxRequestBytes ?? MAX_REQUEST_BYTES
}

export async function handleApi(req: IncomingMessage, res: ServerResponse, ctx: ApiContext): Promise<void> {
  const refuse = (status: number, code: RefusalCode, headers: Record<string, string> = {}): void => {
    ctx.logger.log('warn', code, { area: 'api' })
    sendRefusal(res, status, code, REFUSALS[code], headers)
  }

  if (req.method !== 'POST') return refuse(405, 'METHOD_NOT_ALLOWED', { Allow: 'POST' })
  const channel = channelFromPath(req.url ?? '')
  if (channel === null) return refuse(404, 'NOT_FOUND')
  if (!originAllowed(single(req.headers, 'origin'), ctx.port)) return refuse(403, 'ORIGIN_REJECTED')
  if (!tokenAccepted(single(req.headers, 'authorization'), ctx.token)) {
    return refuse(401, 'TOKEN_INVALID', { 'WWW-Authenticate': 'Bearer' })
  }
  const sessionKey = sessionKeyFromTab(req.headers['x-counterdesk-tab'])
  if (sessionKey === null) return refuse(400, 'TAB_ID_INVALID')
  if (!isJsonContentType(single(req.headers, 'content-type'))) return refuse(415, 'UNSUPPORTED_MEDIA_TYPE')

  const body = await readBody(req, requestLimit(channel, ctx))
  if (body.kind === 'aborted') {
    ctx.logger.log('warn', 'REQUEST_ABORTED', { area: 'api' })
    return
  }
  if (body.kind === 'tooLarge') {
    // Close the connection after answering, so the rest of an oversized body is not waited for.
    return refuse(413, 'REQUEST_TOO_LARGE', { Connection: 'close' })
  }
  const parsed = parseJsonBody(body.bytes)
  if (!parsed.ok) return refuse(400, 'INVALID_JSON')

  const result = await ctx.core.dispatch(channel, parsed.value, { host: 'web', sessionKey })
  sendEnvelope(res, statusForResult(result), result)
}
