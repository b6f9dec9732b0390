import { defineConfig } from 'vitest/config'

// Unit and integration tests run under plain Node against real SQLite files; the end-to-end
// tests (tests/e2e) run under Playwright against the built app. The global setup starts one
// throwaway PostgreSQL server per run for the sync suite (tests/support/postgres-server.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/support/**/*.test.ts', 'tests/sync/**/*.test.ts'],
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
