import { defineConfig } from 'vitest/config'

// Unit and integration tests run under plain Node against real SQLite files; the end-to-end
// tests (tests/e2e) run under Playwright against the built app.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/lint/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
