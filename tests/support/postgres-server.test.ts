// The run's real PostgreSQL server: reachable, gives each test a database of its own, and runs
// transactions concurrently. The last point is why the sync suite needs it besides PGlite, which
// serves one connection at a time and so can never show one client waiting on another's lock.
import pg from 'pg'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { createTestDatabase, type PostgresTestDatabase } from './central-databases'
import { findPostgresBinDir } from './postgres-server'

describe('the test PostgreSQL server', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  async function database(): Promise<PostgresTestDatabase> {
    const db = await createTestDatabase('postgres')
    cleanups.push(() => db.dropAfter())
    return db
  }

  async function connect(url: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    cleanups.push(() => client.end())
    return client
  }

  it('stores and reads rows in a database of its own', async () => {
    const db = await database()
    expect(db.url).toMatch(/^postgres:\/\/.+\/cd_test_[0-9a-f]{16}$/)
    const client = await connect(db.url)
    await client.query('CREATE TABLE counters (id text PRIMARY KEY, value integer NOT NULL)')
    await client.query('INSERT INTO counters VALUES ($1, $2), ($3, $4)', ['a', 1, 'b', 2])
    const { rows } = await client.query('SELECT id, value FROM counters ORDER BY id')
    expect(rows).toEqual([
      { id: 'a', value: 1 },
      { id: 'b', value: 2 }
    ])
    expect((await client.query('SELECT current_database() AS name')).rows[0].name).toBe(new URL(db.url).pathname.slice(1))
  })

  it('drops the database afterwards, even with a connection still open', async () => {
    const db = await createTestDatabase('postgres')
    const name = new URL(db.url).pathname.slice(1)
    const lingering = new pg.Client({ connectionString: db.url })
    lingering.on('error', () => {}) // the forced drop terminates it
    await lingering.connect()
    await db.dropAfter()
    const admin = await connect(inject('pgUrl'))
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    expect(rowCount).toBe(0)
    await lingering.end().catch(() => {})
  })

  it('makes a second transaction wait for the first one’s row lock, then see its commit', async () => {
    const db = await database()
    const setup = await connect(db.url)
    await setup.query('CREATE TABLE counters (id text PRIMARY KEY, value integer NOT NULL)')
    await setup.query("INSERT INTO counters VALUES ('a', 1)")
    const first = await connect(db.url)
    const second = await connect(db.url)
    const observer = await connect(db.url)
    const secondPid: number = (await second.query('SELECT pg_backend_pid() AS pid')).rows[0].pid
    const firstPid: number = (await first.query('SELECT pg_backend_pid() AS pid')).rows[0].pid

    await first.query('BEGIN')
    await first.query("SELECT value FROM counters WHERE id = 'a' FOR UPDATE")

    await second.query('BEGIN')
    let secondDone = false
    const secondRead = second.query("SELECT value FROM counters WHERE id = 'a' FOR UPDATE").then((result) => {
      secondDone = true
      return result.rows[0].value as number
    })

    // Both transactions are open at once, and the server itself reports the second blocked by the
    // first: ask it rather than sleeping and hoping.
    await expect.poll(async () => (await observer.query('SELECT pg_blocking_pids($1) AS pids', [secondPid])).rows[0].pids, { timeout: 10_000 }).toEqual([firstPid])
    expect(secondDone).toBe(false)

    await first.query("UPDATE counters SET value = value + 1 WHERE id = 'a'")
    await first.query('COMMIT')

    // The lock is released and the waiting transaction reads the committed value.
    expect(await secondRead).toBe(2)
    await second.query("UPDATE counters SET value = value + 1 WHERE id = 'a'")
    await second.query('COMMIT')
    expect((await observer.query("SELECT value FROM counters WHERE id = 'a'")).rows[0].value).toBe(3)
  })

  it('says how to get PostgreSQL when the configured bin folder has none', () => {
    expect(() => findPostgresBinDir({ COUNTERDESK_PG_BIN: '/nonexistent/postgres/bin' })).toThrow(
      /holds no initdb and pg_ctl.*apt-get install postgresql.*COUNTERDESK_TEST_PG_URL/s
    )
  })
})
