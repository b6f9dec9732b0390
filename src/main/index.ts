// The Electron shell's entry. It only wires things together: the core does the work, ./electron/*
// holds the hardening and the IPC relay, and this file decides the order they start and stop in.
import path from 'node:path'
import { BrowserWindow, Menu, app, dialog, ipcMain, session } from 'electron'
import { createAppCore } from './core/app-core'
import type { AppCore } from './core/types'
import { CHANNEL_NAMES } from '../shared/contract/channel-names'
import { registerIpc } from './electron/ipc'
import { buildMenuTemplate } from './electron/menu'
import { guardEverything, hardenSession } from './electron/security'
import { shellText } from './electron/shell-text'
import { createTrustedOriginCheck, parseDevServerUrl } from './electron/trusted-origin'
import { mainWindowOptions } from './electron/window-options'
import { guardClose } from './electron/close-guard'
import { createElectronDocumentRenderer } from './electron/print-window'
import type { DocumentRenderer } from './printing/renderer'

// out/main/index.js sits beside out/preload and out/renderer.
const rendererDir = path.join(__dirname, '../renderer')
const preloadPath = path.join(__dirname, '../preload/index.js')
// A packaged app never trusts a dev server, whatever the environment says.
const devServerUrl = app.isPackaged ? undefined : parseDevServerUrl(process.env.ELECTRON_RENDERER_URL)
const isDev = devServerUrl !== undefined
const isAppUrl = createTrustedOriginCheck({ rendererDir, devServerUrl })

let core: AppCore | undefined
let unregisterIpc: (() => void) | undefined
let mainWindow: BrowserWindow | undefined
/** Decisions and slips become PDFs and paper in a hidden window of our own Chromium. */
let documents: DocumentRenderer | undefined
let quitting = false

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.enableSandbox()
  guardEverything(app, isAppUrl)
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', shutDown)
  app.whenReady().then(start).catch(failStartup)
}

async function start(): Promise<void> {
  // Also covered by 'session-created'; repeated here so the window's session is certainly guarded.
  hardenSession(session.defaultSession)
  const created = await createAppCore({
    // The same override the CLI honours, so IT staff can point the desktop app at another folder.
    dataDir: process.env.COUNTERDESK_DATA_DIR ?? app.getPath('userData'),
    host: 'electron',
    // Demo operators have public passwords: only development builds, or an explicit opt-in, get them.
    demo: !app.isPackaged || process.env.COUNTERDESK_DEMO === '1',
    version: app.getVersion(),
    // Sync runs once the workstation is enrolled; IT staff enrol it once with central's address
    // and a one-time code (the same as `counterdesk serve --central URL --enrolment-code C`).
    sync: enrolmentFromEnvironment(),
    documentRenderer: (documents = createElectronDocumentRenderer())
  })
  if (quitting) {
    created.close()
    return
  }
  core = created
  unregisterIpc = registerIpc(ipcMain, core, isAppUrl, CHANNEL_NAMES)
  app.setAboutPanelOptions({ applicationName: shellText.windowTitle, applicationVersion: app.getVersion() })
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isDev, onAbout: () => app.showAboutPanel() })))
  await openMainWindow()
}

async function openMainWindow(): Promise<void> {
  const win = new BrowserWindow(mainWindowOptions({ preloadPath, isDev }))
  mainWindow = win
  const sessionKey = `wc:${win.webContents.id}`
  // A closed window's sign-in must not outlive it (the app may keep running on some platforms).
  win.webContents.once('destroyed', () => core?.endSession(sessionKey))
  win.once('ready-to-show', () => win.show())
  guardClose(win, () => core?.sync.status().pending ?? 0, (options) => dialog.showMessageBoxSync(win, options))
  win.on('closed', () => {
    mainWindow = undefined
    // The hidden print window must not keep the app alive once the clerk's window is gone.
    void documents?.close()
  })
  if (devServerUrl !== undefined) await win.loadURL(devServerUrl.href)
  else await win.loadFile(path.join(rendererDir, 'index.html'))
}

function enrolmentFromEnvironment(): { enrol?: { centralUrl: string; enrolmentCode: string } } {
  const centralUrl = process.env.COUNTERDESK_CENTRAL_URL
  const enrolmentCode = process.env.COUNTERDESK_ENROLMENT_CODE
  return centralUrl && enrolmentCode ? { enrol: { centralUrl, enrolmentCode } } : {}
}

function focusMainWindow(): void {
  if (mainWindow === undefined) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

function shutDown(): void {
  quitting = true
  unregisterIpc?.()
  unregisterIpc = undefined
  core?.close()
  core = undefined
}

function failStartup(error: unknown): void {
  console.error('[main] startup failed', error)
  const detail = error instanceof Error ? error.message : String(error)
  dialog.showErrorBox(shellText.errors.startupFailedTitle, `${shellText.errors.startupFailedBody}${detail}`)
  shutDown()
  app.exit(1)
}
