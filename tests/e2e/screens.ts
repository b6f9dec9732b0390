// Full-page screenshots of each screen, kept as test artifacts in tests/artifacts/screens/<name>.png
// (git-ignored) for people reviewing how the screens look, and attached to the test's report.
// The last run wins: each name is written by exactly one test.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { REPO_ROOT } from './web-host'

export const SCREENS_DIR = path.join(REPO_ROOT, 'tests', 'artifacts', 'screens')

export async function saveScreen(page: Page, name: string, testInfo?: TestInfo): Promise<string> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screen name must be kebab-case ascii, got "${name}"`)
  mkdirSync(SCREENS_DIR, { recursive: true })
  // The bundled Chinese font is split by unicode-range and loaded on demand: wait for every face
  // the screen uses, so the picture shows the glyphs and not a fallback.
  await page.evaluate('document.fonts.ready.then(() => true)')
  const file = path.join(SCREENS_DIR, `${name}.png`)
  // The signed-in shell is one window-high frame (top bar, status bar) whose main area scrolls by
  // itself, so `fullPage` alone would cut a long record off at the window's edge. Grow the window
  // by what the main area hides for the picture, then put it back.
  const viewport = page.viewportSize()
  const hidden = await page.evaluate<number>(
    "Math.max(0, ...Array.from(document.querySelectorAll('main'), (m) => m.scrollHeight - m.clientHeight))"
  )
  if (viewport !== null && hidden > 0) await page.setViewportSize({ width: viewport.width, height: viewport.height + hidden })
  try {
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' })
  } finally {
    if (viewport !== null && hidden > 0) await page.setViewportSize(viewport)
  }
  if (testInfo !== undefined) await testInfo.attach(`screen-${name}`, { path: file, contentType: 'image/png' })
  return file
}
