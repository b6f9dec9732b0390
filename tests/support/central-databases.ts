// The central databases the sync suite runs against: PGlite (in-process, one connection at a time)
// and a real PostgreSQL server (concurrent clients). Test files iterate over CENTRAL_DB_KINDS with
// `describe.each` and get a fresh, uniquely named database for each PostgreSQL case.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

export const CENTRAL_DB_KINDS = ['pglite', 'postgres'] as const
export type CentralDbKind = (typeof CENTRAL_DB_KINDS)[number]

/** PGlite needs no server: the caller opens an in-memory or temporary-folder instance. */
export interface PgliteTestDatabase {
  kind: 'pglite'
  url: null
  dropAfter(): Promise<void>
}

export interface PostgresTestDatabase {
  kind: 'postgres'
  /** URL of a database of its own on the run's server. */
  url: string
  /** Drops the database, closing any connection still open on it. */
  dropAfter(): Promise<void>
}

export type TestDatabase = PgliteTestDatabase | PostgresTestDatabase

export async function createTestDatabase(kind: 'postgres'): Promise<PostgresTestDatabase>
export async function createTestDatabase(kind: 'pglite'): Promise<PgliteTestDatabase>
export async function createTestDatabase(kind: CentralDbKind): Promise<TestDatabase>
export async function createTestDatabase(kind: CentralDbKind): Promise<TestDatabase> {
  if (kind === 'pglite') return { kind, url: null, dropAfter: async () => {} }

  const serverUrl = inject('pgUrl')
  if (!serverUrl) {
    throw new Error('No PostgreSQL server was provided: tests/support/postgres-global-setup.ts must be a globalSetup in vitest.config.mts.')
  }
  const name = `cd_test_${randomBytes(8).toString('hex')}`
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`

  let dropping: Promise<void> | undefined
  const dropAfter = () =>
    (dropping ??= onServer(serverUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
    }))
  return { kind, url: url.toString(), dropAfter }
}

async function onServer<T>(url: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await action(client)
  } finally {
    await client.end()
  }
}
