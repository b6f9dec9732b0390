// Reads a request body up to a limit. A declared Content-Length over the limit is refused before
// a byte is read; a chunked body is refused as soon as it passes the limit, without keeping it.
import type { IncomingMessage } from 'node:http'

export type BodyOutcome = { kind: 'ok'; bytes: Buffer } | { kind: 'tooLarge' } | { kind: 'aborted' }

export function readBody(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  const declared = req.headers['content-length']
  if (declared !== undefined && Number(declared) > limit) return Promise.resolve({ kind: 'tooLarge' })
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (outcome: BodyOutcome): void => {
      if (settled) return
      settled = true
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onAbort)
      req.off('close', onAbort)
      resolve(outcome)
    }
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        settle({ kind: 'tooLarge' })
        return
      }
      chunks.push(chunk)
    }
    const onEnd = (): void => settle({ kind: 'ok', bytes: Buffer.concat(chunks, size) })
    const onAbort = (): void => settle({ kind: 'aborted' })
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onAbort)
    req.on('close', onAbort)
  })
}

/** Strict UTF-8, then JSON.parse; `ok: false` when either fails. */
export function parseJsonBody(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return { ok: false }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}
