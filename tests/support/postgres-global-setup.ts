// Vitest global setup: one throwaway PostgreSQL server per run, shared by every test file. Each
// file creates its own database on it (see central-databases.ts), so files stay independent.
import type { TestProject } from 'vitest/node'
import { startPostgresServer } from './postgres-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the run's PostgreSQL server, for creating per-test databases. */
    pgUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer()
  project.provide('pgUrl', server.url)
  return () => server.stop()
}
