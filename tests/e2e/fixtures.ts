// Test fixtures for the end-to-end tests.
//
// Each test gets:
//   - its own data folder (mkdtemp), removed afterwards;
//   - its own web host process on that folder (`node bin/counterdesk.mjs serve --data-dir <tmp>
//     --port 0` plus per-test options, set with `test.use({ hostOptions: { … } })`), stopped
//     afterwards; its stdout/stderr are attached to the report when the test fails;
//   - `data`: the generated data set, read-only from the host's SQLite file, to pick real people;
//   - `central`: for a host started with `test.use({ hostOptions: { central: true } })`, its
//     reference central, to stop and start again; a central the test restarted is stopped after;
//   - a guard that fails the test when the page throws an uncaught error.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test as base, expect } from '@playwright/test'
import { centralOf, type Central } from './central'
import { openSeedData, type SeedData } from './seed-data'
import { startWebHost, type HostOptions, type WebHost } from './web-host'

interface Fixtures {
  /** Options of this test's web host. */
  hostOptions: HostOptions
  host: WebHost
  data: SeedData
  /** The host's reference central (hostOptions.central must be true). */
  central: Central
  /** Uncaught errors thrown in the page; the test fails if any occurred. */
  pageErrors: Error[]
}

export const test = base.extend<Fixtures>({
  hostOptions: [{}, { option: true }],

  host: async ({ hostOptions }, use, testInfo) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'counterdesk-e2e-'))
    let host: WebHost | undefined
    try {
      host = await startWebHost(dataDir, hostOptions)
      await use(host)
    } finally {
      if (host !== undefined) {
        const crashed = !host.running()
        await host.stop()
        if (crashed || testInfo.status !== testInfo.expectedStatus) {
          const { stdout, stderr } = host.logs()
          await testInfo.attach('web-host-stdout', { body: stdout, contentType: 'text/plain' })
          await testInfo.attach('web-host-stderr', { body: stderr, contentType: 'text/plain' })
        }
      }
      rmSync(dataDir, { recursive: true, force: true })
    }
  },

  data: async ({ host }, use) => {
    const data = openSeedData(host.databaseFile)
    try {
      await use(data)
    } finally {
      data.close()
    }
  },

  central: async ({ host }, use) => {
    const central = await centralOf(host)
    try {
      await use(central)
    } finally {
      await central.dispose()
    }
  },

  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = []
      page.on('pageerror', (error) => errors.push(error))
      await use(errors)
      expect(errors.map((e) => e.message), 'uncaught errors in the page').toEqual([])
    },
    { auto: true }
  ]
})

export { expect }
