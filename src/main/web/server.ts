// The web host: the same core and the same renderer as the Electron shell, served over plain
// node:http on 127.0.0.1 only, for machines where the Electron runtime is missing and for the
// end-to-end tests. Every API call carries the per-launch token; see api-route.ts for the checks.
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { AppCore } from '../core/types'
import type { Logger } from '../core/logger'
import { stderrLogger } from '../core/logger'
import { handleApi, isApiPath } from './api-route'
import { REFUSALS, STATIC_TEXT } from './messages'
import { LOOPBACK_ADDRESS, hostAllowed } from './request-checks'
import { sendRefusal, sendText } from './responses'
import { createStaticFiles } from './static-files'
import { assertUsableToken, generateToken } from './token'

export interface WebHostOptions {
  /** The core to dispatch to. The web host does not own it: close it yourself after `close()`. */
  core: Pick<AppCore, 'dispatch'>
  /** The built renderer, normally out/renderer. */
  rendererDir: string
  /** 0 picks any free port. */
  port: number
  /** Defaults to 32 fresh random bytes, base64url. */
  token?: string
  logger?: Logger
  /** Defaults to MAX_REQUEST_BYTES from the contract. */
  maxRequestBytes?: number
}

export interface WebHost {
  /** What to open in the browser: http://127.0.0.1:PORT/#token=… (the fragment never reaches a server). */
  url: string
  origin: string
  port: number
  token: string
  close(): Promise<void>
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const logger = options.logger ?? stderrLogger()
  const token = options.token ?? generateToken()
  assertUsableToken(token)
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error(`web host port must be an integer from 0 to 65535, got ${String(options.port)}`)
  }
  const staticFiles = createStaticFiles(options.rendererDir, logger)
  let port = options.port

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? '/'
    const api = isApiPath(target)
    // DNS rebinding: a foreign name that resolves to 127.0.0.1 must not reach anything here.
    if (!hostAllowed(single(req.headers.host), port)) {
      logger.log('warn', 'HOST_REJECTED', { area: api ? 'api' : 'static' })
      if (api) sendRefusal(res, 403, 'HOST_REJECTED', REFUSALS.HOST_REJECTED)
      else sendText(res, 403, STATIC_TEXT.HOST_REJECTED, { head: req.method === 'HEAD' })
      return
    }
    if (api) {
      await handleApi(req, res, { core: options.core, token, port, logger, maxRequestBytes: options.maxRequestBytes })
    } else {
      await staticFiles.handle(req, res)
    }
  }

  const server: Server = createServer(
    { requestTimeout: 30_000, headersTimeout: 15_000, keepAliveTimeout: 5_000, maxHeaderSize: 16 * 1024 },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        // Whatever went wrong, this request gets an answer (or its socket closed) and the host lives on.
        logger.log('error', 'INTERNAL', { area: 'web', error: error instanceof Error ? error.name : 'unknown' })
        if (res.headersSent) {
          res.destroy()
        } else if (isApiPath(req.url ?? '/')) {
          sendRefusal(res, 500, 'INTERNAL', REFUSALS.INTERNAL)
        } else {
          sendText(res, 500, STATIC_TEXT.INTERNAL)
        }
      })
    }
  )
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code !== 'ECONNRESET') logger.log('warn', 'BAD_HTTP_REQUEST', { code: error.code ?? null })
    if (socket.writable && !socket.destroyed) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    } else {
      socket.destroy()
    }
  })

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(error)
    server.once('error', onError)
    server.listen({ host: LOOPBACK_ADDRESS, port: options.port, exclusive: true }, () => {
      server.off('error', onError)
      resolve()
    })
  })
  const address = server.address()
  if (address === null || typeof address === 'string' || address.address !== LOOPBACK_ADDRESS || address.family !== 'IPv4') {
    await closeServer(server)
    throw new Error(`web host must listen on ${LOOPBACK_ADDRESS} only, but listens on ${JSON.stringify(address)}`)
  }
  port = address.port
  server.on('error', (error: NodeJS.ErrnoException) => logger.log('error', 'WEB_HOST_ERROR', { code: error.code ?? null }))

  const origin = `http://${LOOPBACK_ADDRESS}:${port}`
  let closing: Promise<void> | undefined
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () => (closing ??= closeServer(server))
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
