// Serves the built renderer (out/renderer) and nothing else: GET and HEAD only, no path that
// climbs out of the folder (raw, percent-encoded or through a symlink), no dotfiles, no
// directory listings. index.html is never cached; Vite's content-hashed assets are immutable.
import { realpathSync } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import type { Logger } from '../core/logger'
import { contentTypeFor } from './mime'
import { STATIC_TEXT } from './messages'
import { applySecurityHeaders } from './security-headers'
import { sendText } from './responses'

export type PathCheck = { ok: true; segments: string[] } | { ok: false }

/**
 * Splits the raw request target (as the client sent it, before any normalisation) into decoded
 * path segments, refusing `.`/`..` in any spelling, dotfiles, encoded separators and NULs.
 */
export function checkRequestPath(rawTarget: string): PathCheck {
  const rawPath = rawTarget.split(/[?#]/, 1)[0] ?? ''
  if (!rawPath.startsWith('/') || rawPath.includes('\\') || rawPath.includes('\0')) return { ok: false }
  const segments: string[] = []
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue
    let decoded: string
    try {
      decoded = decodeURIComponent(raw)
    } catch {
      return { ok: false }
    }
    if (decoded.startsWith('.') || hasForbiddenCharacter(decoded)) return { ok: false }
    segments.push(decoded)
  }
  return { ok: true, segments: segments.length === 0 ? ['index.html'] : segments }
}

/** Separators, NUL and other control characters never belong in a file name we serve. */
function hasForbiddenCharacter(segment: string): boolean {
  for (const char of segment) {
    const code = char.charCodeAt(0)
    if (char === '/' || char === '\\' || code < 0x20 || code === 0x7f) return true
  }
  return false
}

const HASHED_ASSET = /[.-][A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/

export function cacheControlFor(segments: readonly string[]): string {
  const name = segments[segments.length - 1] ?? ''
  if (name.toLowerCase().endsWith('.html')) return 'no-store'
  if (segments[0] === 'assets' && HASHED_ASSET.test(name)) return 'public, max-age=31536000, immutable'
  return 'no-cache'
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

export interface StaticFiles {
  readonly root: string
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>
}

export function createStaticFiles(rendererDir: string, logger: Logger): StaticFiles {
  // Resolved once: every file served must really live under this folder.
  const root = realpathSync(rendererDir)

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const head = req.method === 'HEAD'
    if (req.method !== 'GET' && !head) {
      logger.log('warn', 'METHOD_NOT_ALLOWED', { area: 'static' })
      sendText(res, 405, STATIC_TEXT.METHOD_NOT_ALLOWED, { headers: { Allow: 'GET, HEAD' } })
      return
    }
    const checked = checkRequestPath(req.url ?? '')
    if (!checked.ok) {
      logger.log('warn', 'PATH_REJECTED', { area: 'static' })
      sendText(res, 400, STATIC_TEXT.PATH_REJECTED, { head })
      return
    }
    const file = path.join(root, ...checked.segments)
    let real: string
    let size: number
    try {
      real = await realpath(file)
      const info = await stat(real)
      if (!info.isFile()) throw new Error('not a file')
      size = info.size
    } catch {
      sendText(res, 404, STATIC_TEXT.NOT_FOUND, { head })
      return
    }
    if (!isInside(root, real)) {
      logger.log('warn', 'PATH_REJECTED', { area: 'static', reason: 'outside' })
      sendText(res, 404, STATIC_TEXT.NOT_FOUND, { head })
      return
    }
    const body = head ? null : await readFile(real)
    applySecurityHeaders(res)
    res.statusCode = 200
    res.setHeader('Content-Type', contentTypeFor(real))
    res.setHeader('Content-Length', body?.length ?? size)
    res.setHeader('Cache-Control', cacheControlFor(checked.segments))
    res.end(body ?? undefined)
  }

  return { root, handle }
}
