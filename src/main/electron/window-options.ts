// The main window's options, as a pure function so a test can prove the hardening flags without
// starting Electron. Every flag is spelled out even where it equals Electron's default: a future
// default change, or a copy-paste into another window, must not quietly loosen anything.
import type { BrowserWindowConstructorOptions } from 'electron'
import { shellText } from './shell-text'

export interface MainWindowParams {
  /** Absolute path of the built preload (out/preload/index.js). */
  preloadPath: string
  /** Development under `electron-vite dev`: only then may the devtools open. */
  isDev: boolean
}

export const MAIN_WINDOW_BACKGROUND = '#f4f6f9'

export function mainWindowOptions({ preloadPath, isDev }: MainWindowParams): BrowserWindowConstructorOptions {
  return {
    title: shellText.windowTitle,
    width: 1440,
    height: 900,
    minWidth: 1280,
    minHeight: 800,
    center: true,
    backgroundColor: MAIN_WINDOW_BACKGROUND,
    // Shown on 'ready-to-show', so the clerk never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's built-in PDF viewer, for the previews of printed decisions (a blob: frame the
      // page makes; security.ts lets only such frames through). It enables no other plugin.
      plugins: true,
      safeDialogs: true,
      spellcheck: false,
      devTools: isDev
    }
  }
}

/** The hidden window printed documents are rendered in (print-window.ts): as locked down, no preload. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // The document's own layout script fits the text into the type area.
      javascript: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false
    }
  }
}
