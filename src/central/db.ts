// Central's database: PGlite (embedded PostgreSQL in WebAssembly) by default, so `npm start`
// works out of the box; a real PostgreSQL server when a URL is given (DATABASE_URL). Both are
// migrated with drizzle's migrator from src/central/migrations and used through one small
// interface: parameterised queries and transactions.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'

export type Row = Record<string, unknown>

export interface Querier {
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>
}

export interface TxOptions {
  isolation?: 'read committed' | 'repeatable read'
  readOnly?: boolean
}

export interface CentralDb extends Querier {
  kind: 'pglite' | 'postgres'
  transaction<T>(fn: (q: Querier) => Promise<T>, options?: TxOptions): Promise<T>
  close(): Promise<void>
}

export interface OpenCentralDbOptions {
  /** postgres://… : a real server. Otherwise PGlite. */
  url?: string | null
  /** PGlite's data directory; null or omitted keeps it in memory (tests). */
  dataDir?: string | null
}

export function findCentralMigrationsDir(): string {
  const candidates = [
    process.env.COUNTERDESK_CENTRAL_MIGRATIONS_DIR,
    path.join(__dirname, 'central-migrations'),
    path.resolve(__dirname, 'migrations'),
    path.resolve(__dirname, '../../src/central/migrations'),
    path.resolve(process.cwd(), 'src/central/migrations')
  ].filter((d): d is string => typeof d === 'string' && d.length > 0)
  for (const dir of candidates) if (existsSync(path.join(dir, 'meta', '_journal.json'))) return dir
  throw new Error(`Central migrations folder not found; looked in: ${candidates.join(', ')}`)
}

function begin(options: TxOptions = {}): string {
  const iso = options.isolation === 'repeatable read' ? ' ISOLATION LEVEL REPEATABLE READ' : ''
  return `BEGIN${iso}${options.readOnly ? ' READ ONLY' : ''}`
}

async function openPglite(dataDir: string | null): Promise<CentralDb> {
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true })
  const client = dataDir === null ? new PGlite() : new PGlite(dataDir)
  await client.waitReady
  await migratePglite(drizzlePglite(client), { migrationsFolder: findCentralMigrationsDir() })
  const querier = (exec: { query: PGlite['query'] }): Querier => ({
    async query<T extends Row>(text: string, params?: unknown[]) {
      return (await exec.query<T>(text, params)).rows
    }
  })
  // PGlite is one connection: its own mutex serialises transactions, which is what we need.
  return {
    kind: 'pglite',
    ...querier(client),
    async transaction(fn, options) {
      return client.transaction(async (tx) => {
        if (options?.isolation === 'repeatable read') await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
        if (options?.readOnly) await tx.query('SET TRANSACTION READ ONLY')
        return fn(querier(tx))
      })
    },
    close: () => client.close()
  }
}

async function openPostgres(url: string): Promise<CentralDb> {
  const pool = new pg.Pool({ connectionString: url, max: 16 })
  // Values travel as text: bigint counters and xid8 positions must not lose precision.
  pool.on('error', () => undefined)
  await migratePg(drizzlePg(pool), { migrationsFolder: findCentralMigrationsDir() })
  return {
    kind: 'postgres',
    async query<T extends Row>(text: string, params?: unknown[]) {
      return (await pool.query(text, params)).rows as T[]
    },
    async transaction(fn, options) {
      const client = await pool.connect()
      try {
        await client.query(begin(options))
        const result = await fn({ query: async <T extends Row>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[] })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end()
  }
}

export async function openCentralDb(options: OpenCentralDbOptions = {}): Promise<CentralDb> {
  if (options.url) return openPostgres(options.url)
  return openPglite(options.dataDir ?? null)
}

/** PostgreSQL error codes that mean "the same work may succeed if tried again". */
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '57P01', '57P03', '53300', '08006', '08001', '08003'])

export function isTransientDbError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && TRANSIENT_SQLSTATES.has(code)) return true
  const message = error instanceof Error ? error.message : ''
  return /ECONNRESET|ECONNREFUSED|Connection terminated|timeout/i.test(message)
}

export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
