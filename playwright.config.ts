// End-to-end tests: the real renderer and core, served by the web host on 127.0.0.1, driven in
// Debian's Chromium (the Electron binary cannot be downloaded on our build machines, and Playwright
// must never download a browser either). Every test starts its own web host on its own data folder
// (tests/e2e/fixtures.ts), so tests are independent and may run in parallel.
//
// The tests run the built app (out/): `npm test` builds before `playwright test`; when running
// `npx playwright test` by hand, run `npx electron-vite build` first (global-setup.ts checks).
import { defineConfig } from '@playwright/test'

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic'
]

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  // The build machine has 2 cores: one web host + one Chromium per worker.
  workers: 2,
  // Flakiness is fixed at the cause, not retried away.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS
    },
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }]
})
