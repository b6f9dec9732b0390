// The CLI around the web host: flag parsing, the `serve` banner and clean shutdown over a REAL
// core, the Electron-binary probe, and (when the bundle is built) the real bin end to end.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/main/cli/index'
import { captureIo } from '../../src/main/cli/io'
import { parseServeArgs, runServe, startServe } from '../../src/main/cli/commands/serve'
import { ELECTRON_MISSING_NOTICE } from '../../src/main/cli/commands/start'
import { findElectronBinary, resolveDataDir } from '../../src/main/cli/paths'

const repoRoot = path.resolve(__dirname, '../..')
let tmp: string
let rendererDir: string

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cd-web-host-cli-'))
  rendererDir = path.join(tmp, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>测试</title><div id="root"></div>')
})

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

describe('cli: arguments', () => {
  it('resolves the data folder from the flag, then the environment, then <cwd>/.data', () => {
    expect(resolveDataDir('rel', {}, '/work')).toBe(path.resolve('/work/rel'))
    expect(resolveDataDir(undefined, { COUNTERDESK_DATA_DIR: '/srv/cd' }, '/work')).toBe('/srv/cd')
    expect(resolveDataDir(undefined, { COUNTERDESK_DATA_DIR: '' }, '/work')).toBe(path.resolve('/work/.data'))
    expect(resolveDataDir(undefined, {}, '/work')).toBe(path.resolve('/work/.data'))
  })

  it('parses serve flags in both spellings', () => {
    const options = parseServeArgs(['--data-dir', 'd', '--port=8123', '--no-demo', '--idle-lock-seconds', '60', '--renderer-dir', 'r'], {}, '/w')
    expect(options).toEqual({
      dataDir: path.resolve('/w/d'),
      port: 8123,
      demo: false,
      idleLockSeconds: 60,
      rendererDir: path.resolve('/w/r'),
      central: { mode: 'embedded' }
    })
    expect(parseServeArgs([], {}, '/w')).toMatchObject({ port: 0, demo: true, idleLockSeconds: undefined })
  })

  it('chooses the central: embedded by default, an existing one by URL and code, or none', () => {
    expect(parseServeArgs(['--no-central'], {}, '/w').central).toEqual({ mode: 'none' })
    expect(parseServeArgs(['--central', 'http://10.1.2.3:8400/', '--enrolment-code', 'abc123XYZ'], {}, '/w').central).toEqual({
      mode: 'remote',
      url: 'http://10.1.2.3:8400',
      enrolmentCode: 'abc123XYZ'
    })
    expect(() => parseServeArgs(['--no-central', '--central', 'http://x'], {}, '/w')).toThrow('--no-central')
    expect(() => parseServeArgs(['--central', 'ftp://x'], {}, '/w')).toThrow('http(s)://')
    expect(() => parseServeArgs(['--enrolment-code', 'abc'], {}, '/w')).toThrow('--central')
  })

  it.each([
    [['bogus']],
    [['--bogus']],
    [['serve', '--bogus']],
    [['serve', '--port', 'abc']],
    [['serve', '--port', '70000']],
    [['serve', '--port']],
    [['serve', '--idle-lock-seconds', '1']],
    [['serve', '--no-demo=yes']],
    [['serve', 'extra']],
    [['start', '--port', '-1']],
    [['help', 'bogus']]
  ])('exits 2 with a Chinese message for %j', async (argv) => {
    const io = captureIo()
    expect(await main(argv, io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/[\u4e00-\u9fff]/)
    expect(io.stdout).toEqual([])
  })

  it('prints help and exits 0; with no command, prints help to stderr and exits 2', async () => {
    for (const argv of [['--help'], ['help'], ['-h']]) {
      const io = captureIo()
      expect(await main(argv, io)).toBe(0)
      for (const name of ['start', 'serve', 'seed', 'audit']) expect(io.text()).toContain(name)
    }
    const serveHelp = captureIo()
    expect(await main(['serve', '--help'], serveHelp)).toBe(0)
    expect(serveHelp.text()).toContain('--idle-lock-seconds')
    const none = captureIo()
    expect(await main([], none)).toBe(2)
    expect(none.stderr.join('\n')).toContain('用法')
  })
})

describe('cli: serve', () => {
  it('prints COUNTERDESK_URL first, then the Chinese block with demo accounts, and shuts down cleanly', async () => {
    const io = captureIo()
    const dataDir = path.join(tmp, 'serve-data')
    const running = await startServe(
      { dataDir, port: 0, demo: true, idleLockSeconds: 120, rendererDir, demoPeople: 50, central: { mode: 'none' } },
      io
    )
    expect(running).not.toBeNull()
    if (running === null) return
    try {
      const [first, ...rest] = io.stdout
      expect(first).toMatch(/^COUNTERDESK_URL=http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/)
      const block = rest.join('\n')
      expect(block).toContain('浏览器版已启动')
      expect(block).toContain(running.host.url)
      expect(block).toContain(`数据目录：${dataDir}`)
      expect(block).toContain('演示账号，仅供演示')
      for (const header of ['警号', '密码', '姓名', '岗位']) expect(block).toContain(header)
      expect(block).toMatch(/100001\s+demo-clerk-1\s+陈晓梅\s+窗口民警/)
      for (const example of running.core.startup.demoExamples) expect(block).toContain(example.key)

      const url = new URL(first!.slice('COUNTERDESK_URL='.length))
      const token = new URLSearchParams(url.hash.slice(1)).get('token')
      const page = await fetch(new URL('/', url))
      expect(page.status).toBe(200)
      const info = await fetch(new URL('/api/invoke/app%3Ainfo', url), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-counterdesk-tab': randomUUID(), 'content-type': 'application/json' },
        body: '{}'
      })
      expect(await info.json()).toMatchObject({ ok: true, value: { host: 'web', demoData: true } })
      const signIn = await fetch(new URL('/api/invoke/session%3AsignIn', url), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-counterdesk-tab': randomUUID(), 'content-type': 'application/json' },
        body: JSON.stringify({ policeNo: '100001', password: 'demo-clerk-1' })
      })
      expect(await signIn.json()).toMatchObject({ ok: true, value: { idleLockSeconds: 120 } })
    } finally {
      await running.stop()
      await running.stop()
    }
    await expect(fetch(running.host.origin)).rejects.toThrow()
  })

  it('runs until told to stop, then closes server and core', async () => {
    const io = captureIo()
    let release = (): void => undefined
    const until = new Promise<void>((resolve) => (release = resolve))
    const done = runServe({ dataDir: path.join(tmp, 'run-data'), port: 0, demo: false, idleLockSeconds: undefined, rendererDir, central: { mode: 'none' } }, io, until)
    await expect.poll(() => io.stdout.length, { timeout: 20_000 }).toBeGreaterThan(0)
    const url = new URL(io.stdout[0]!.slice('COUNTERDESK_URL='.length))
    expect(io.text()).not.toContain('演示账号')
    expect((await fetch(new URL('/', url))).status).toBe(200)
    release()
    expect(await done).toBe(0)
    await expect(fetch(new URL('/', url))).rejects.toThrow()
  })

  it('fails with exit 1 and a Chinese reason when the renderer is not built or the port is taken', async () => {
    const noRenderer = captureIo()
    expect(await runServe({ dataDir: path.join(tmp, 'x'), port: 0, demo: false, idleLockSeconds: undefined, rendererDir: path.join(tmp, 'none'), central: { mode: 'none' } }, noRenderer, Promise.resolve())).toBe(1)
    expect(noRenderer.stderr.join('\n')).toContain('未找到界面文件')

    const first = captureIo()
    const holder = await startServe({ dataDir: path.join(tmp, 'port-a'), port: 0, demo: false, idleLockSeconds: undefined, rendererDir, central: { mode: 'none' } }, first)
    try {
      const second = captureIo()
      const port = holder!.host.port
      expect(await runServe({ dataDir: path.join(tmp, 'port-b'), port, demo: false, idleLockSeconds: undefined, rendererDir, central: { mode: 'none' } }, second, Promise.resolve())).toBe(1)
      expect(second.stderr.join('\n')).toContain(`端口 ${port} 已被占用`)
      expect(second.stdout).toEqual([])
    } finally {
      await holder?.stop()
    }
  })
})

describe('cli: start', () => {
  it('finds the Electron binary through path.txt without loading the electron package', () => {
    const root = path.join(tmp, 'fake-root')
    const electronDir = path.join(root, 'node_modules', 'electron')
    mkdirSync(path.join(electronDir, 'dist'), { recursive: true })
    writeFileSync(path.join(root, 'package.json'), '{"name":"counterdesk"}')
    // An index that would throw if anything required it.
    writeFileSync(path.join(electronDir, 'package.json'), '{"name":"electron","main":"index.js"}')
    writeFileSync(path.join(electronDir, 'index.js'), 'throw new Error("must not be required")')
    expect(findElectronBinary(root)).toBeNull()
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron')
    expect(findElectronBinary(root)).toBeNull()
    writeFileSync(path.join(electronDir, 'dist', 'electron'), '')
    expect(findElectronBinary(root)).toBe(path.join(electronDir, 'dist', 'electron'))
  })

  const bundle = path.join(repoRoot, 'out', 'main', 'cli.js')

  it(
    'bin/counterdesk.mjs start falls back to the web host with one notice, and stops on SIGTERM',
    async () => {
      // npm test builds before the unit tests; without the bundle the bin would build it here.
      expect(existsSync(bundle), 'out/main/cli.js must be built (npm run build) before this test').toBe(true)
      const child = spawn(
        process.execPath,
        [path.join(repoRoot, 'bin', 'counterdesk.mjs'), 'start', '--port', '0', '--no-demo', '--data-dir', path.join(tmp, 'bin-data'), '--renderer-dir', rendererDir],
        // Forced, so the test also proves the fallback on a machine that has Electron installed.
        { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, COUNTERDESK_NO_ELECTRON: '1' } }
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      try {
        await expect.poll(() => stdout.includes('\n'), { timeout: 20_000 }).toBe(true)
        expect(stdout.split('\n')[0]).toMatch(/^COUNTERDESK_URL=http:\/\/127\.0\.0\.1:\d+\/#token=/)
        expect(stderr.split('\n').filter((line) => line === ELECTRON_MISSING_NOTICE)).toHaveLength(1)
        const url = new URL(stdout.split('\n')[0]!.slice('COUNTERDESK_URL='.length))
        expect((await fetch(new URL('/', url))).status).toBe(200)
      } finally {
        child.kill('SIGTERM')
      }
      expect(await exited).toBe(0)
    }
  )
})
