// The benchmarks' PostgreSQL: a throwaway cluster (tests/support/postgres-server.ts: a temporary
// folder, 127.0.0.1, removed on stop; under root it runs as the postgres user), with one database
// per data set, migrated by central's own migrator and filled in SQL (central-data.ts).
import pg from 'pg'
import { openCentralDb } from '../../src/central/db'
import { startPostgresServer } from '../../tests/support/postgres-server'
import { fillCentral, type CentralCounts } from './central-data'

export interface BenchCluster {
  serverUrl: string
  /** Creates, migrates and fills a database; returns its URL. */
  createCentralDatabase(name: string, counts: CentralCounts): Promise<string>
  version(): Promise<string>
  stop(): Promise<void>
}

export async function startBenchCluster(log: (line: string) => void): Promise<BenchCluster> {
  const server = await startPostgresServer()
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: server.url })
    await client.connect()
    try {
      return await fn(client)
    } finally {
      await client.end()
    }
  }
  return {
    serverUrl: server.url,
    async createCentralDatabase(name, counts) {
      await admin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`))
      const url = new URL(server.url)
      url.pathname = `/${name}`
      const db = await openCentralDb({ url: url.toString() })
      await db.close()
      const seconds = await fillCentral(url.toString(), counts, log)
      log(`  central database ${name} filled in ${seconds.toFixed(0)} s`)
      return url.toString()
    },
    version: () => admin(async (c) => (await c.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version.split(' ')[0]!),
    stop: () => server.stop()
  }
}
