// Decides whether a URL is the app itself: the built renderer (a file inside out/renderer) or, in
// development only, the electron-vite dev server. IPC sender checks and navigation guards both ask
// this one question, so a page that is not ours can neither call main nor be navigated to.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface AppOrigin {
  /** Absolute folder holding the built renderer (out/renderer). */
  rendererDir: string
  /** The dev server, only when running unpackaged under `electron-vite dev`. */
  devServerUrl?: URL | undefined
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Reads ELECTRON_RENDERER_URL. The dev server must be plain http(s) on this machine: an
 * environment variable must never be able to make a remote site "the app".
 */
export function parseDevServerUrl(raw: string | undefined): URL | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`ELECTRON_RENDERER_URL is not a URL: ${raw}`)
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`ELECTRON_RENDERER_URL must be an http(s) loopback address, got: ${raw}`)
  }
  return url
}

export function createTrustedOriginCheck(origin: AppOrigin): (url: string) => boolean {
  const rendererDir = path.resolve(origin.rendererDir)
  const devOrigin = origin.devServerUrl?.origin

  return (raw: string): boolean => {
    let url: URL
    try {
      url = new URL(raw)
    } catch {
      return false
    }
    if (url.protocol === 'file:') return isInsideRendererDir(url, rendererDir)
    if (devOrigin !== undefined && (url.protocol === 'http:' || url.protocol === 'https:')) {
      return url.origin === devOrigin
    }
    return false
  }
}

function isInsideRendererDir(url: URL, rendererDir: string): boolean {
  // A host would mean a network share (file://server/share/...), never our own bundle.
  if (url.host !== '') return false
  let filePath: string
  try {
    // Throws on encoded separators (%2F, %5C), which could otherwise smuggle a `..` past URL parsing.
    filePath = path.resolve(fileURLToPath(url))
  } catch {
    return false
  }
  const relative = path.relative(rendererDir, filePath)
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative)
}
