import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createTrustedOriginCheck, parseDevServerUrl } from './trusted-origin'

const rendererDir = path.resolve('/opt/counterdesk/out/renderer')
const fileUrl = (...parts: string[]) => pathToFileURL(path.join(...parts)).href
const rendererBase = pathToFileURL(rendererDir).href

describe('createTrustedOriginCheck (built renderer)', () => {
  const isApp = createTrustedOriginCheck({ rendererDir })

  it('trusts the renderer page and files inside out/renderer', () => {
    expect(isApp(fileUrl(rendererDir, 'index.html'))).toBe(true)
    expect(isApp(`${fileUrl(rendererDir, 'index.html')}#/people/1?tab=vehicles`)).toBe(true)
    expect(isApp(fileUrl(rendererDir, 'assets', 'index-abc123.js'))).toBe(true)
  })

  it('refuses files outside out/renderer, including look-alike folders and traversal', () => {
    expect(isApp(fileUrl(rendererDir, '..', 'main', 'index.js'))).toBe(false)
    expect(isApp(fileUrl(`${rendererDir}-evil`, 'index.html'))).toBe(false)
    expect(isApp(`${rendererBase}/../main/index.js`)).toBe(false)
    expect(isApp(`${rendererBase}/%2e%2e/main/index.js`)).toBe(false)
    expect(isApp(`${rendererBase}/..%2Fmain%2Findex.js`)).toBe(false)
    expect(isApp(rendererBase)).toBe(false)
    expect(isApp('file:///etc/passwd')).toBe(false)
    expect(isApp('file://fileserver/share/out/renderer/index.html')).toBe(false)
  })

  it('refuses other schemes and anything that is not a URL', () => {
    for (const url of [
      'http://localhost:5173/',
      'https://example.com/',
      'about:blank',
      'data:text/html,<script>1</script>',
      'devtools://devtools/bundled/inspector.html',
      'javascript:alert(1)',
      '',
      'index.html'
    ]) {
      expect(isApp(url), url).toBe(false)
    }
  })
})

describe('createTrustedOriginCheck (dev server)', () => {
  const isApp = createTrustedOriginCheck({ rendererDir, devServerUrl: new URL('http://localhost:5173/') })

  it('trusts exactly the dev server origin', () => {
    expect(isApp('http://localhost:5173/')).toBe(true)
    expect(isApp('http://localhost:5173/src/main.tsx?t=1')).toBe(true)
    expect(isApp('http://localhost:5174/')).toBe(false)
    expect(isApp('https://localhost:5173/')).toBe(false)
    expect(isApp('http://127.0.0.1:5173/')).toBe(false)
    expect(isApp('http://localhost:5173.evil.example/')).toBe(false)
    expect(isApp(fileUrl(rendererDir, 'index.html'))).toBe(true)
  })
})

describe('parseDevServerUrl', () => {
  it('is absent when the variable is unset or empty', () => {
    expect(parseDevServerUrl(undefined)).toBeUndefined()
    expect(parseDevServerUrl('  ')).toBeUndefined()
  })

  it('accepts http(s) on loopback only', () => {
    expect(parseDevServerUrl('http://localhost:5173')?.origin).toBe('http://localhost:5173')
    expect(parseDevServerUrl('http://127.0.0.1:5173/')?.origin).toBe('http://127.0.0.1:5173')
    expect(parseDevServerUrl('http://[::1]:5173/')?.origin).toBe('http://[::1]:5173')
    expect(() => parseDevServerUrl('http://192.168.1.20:5173/')).toThrow(/loopback/)
    expect(() => parseDevServerUrl('https://example.com/')).toThrow(/loopback/)
    expect(() => parseDevServerUrl('file:///tmp/index.html')).toThrow(/loopback/)
    expect(() => parseDevServerUrl('not a url')).toThrow(/not a URL/)
  })
})
