import { describe, expect, it } from 'vitest'
import { mainWindowOptions, printWindowOptions } from './window-options'

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.js', isDev: false })

  it('hardens the renderer', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      plugins: true
    })
  })

  it('allows the devtools only in development', () => {
    expect(options.webPreferences?.devTools).toBe(false)
    expect(mainWindowOptions({ preloadPath: 'p', isDev: true }).webPreferences?.devTools).toBe(true)
  })

  it('opens hidden at a size made for the service-window screens', () => {
    expect(options).toMatchObject({
      title: '交管窗口业务终端',
      width: 1440,
      height: 900,
      minWidth: 1280,
      minHeight: 800,
      show: false
    })
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })
})

describe('printWindowOptions', () => {
  it('a hidden, sandboxed window without preload or Node, for rendering documents only', () => {
    const options = printWindowOptions()
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false })
    expect(options.webPreferences?.preload).toBeUndefined()
  })
})
