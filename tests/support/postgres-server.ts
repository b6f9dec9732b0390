// A throwaway PostgreSQL cluster for the sync suite. PGlite runs one connection at a time, so
// only a real server can show what concurrent clients do to the central database (row locks,
// serialization failures, interleaved pushes). The cluster lives in a fresh temporary folder,
// listens on a free 127.0.0.1 port and is removed on stop.
import { execFile, execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

/** Superuser created by initdb; tests connect as it without a password (trust, loopback only). */
const SUPERUSER = 'counterdesk'
/** PostgreSQL refuses to run as root; under root (CI) the cluster runs as this system user. */
const SYSTEM_USER = 'postgres'
const READY_TIMEOUT_MS = 30_000
const START_ATTEMPTS = 3

export interface PostgresServer {
  /** `postgres://counterdesk@127.0.0.1:PORT/postgres`, or COUNTERDESK_TEST_PG_URL when set. */
  url: string
  stop(): Promise<void>
}

/**
 * Starts a fresh cluster, or hands back the server named by COUNTERDESK_TEST_PG_URL (which is
 * then left running on stop).
 */
export async function startPostgresServer(env: NodeJS.ProcessEnv = process.env): Promise<PostgresServer> {
  const external = env.COUNTERDESK_TEST_PG_URL
  if (external) return { url: external, stop: async () => {} }

  const binDir = findPostgresBinDir(env)
  const owner = process.getuid?.() === 0 ? systemUser() : undefined
  const root = mkdtempSync(path.join(tmpdir(), 'counterdesk-pg-'))
  const dataDir = path.join(root, 'data')
  const socketDir = path.join(root, 'socket')
  const logFile = path.join(root, 'server.log')
  mkdirSync(socketDir)
  if (owner) for (const dir of [root, socketDir]) chownSync(dir, owner.uid, owner.gid)

  // Run from the temporary folder: PostgreSQL 15 fails when it cannot read its working directory,
  // which happens when the system user is started from root's checkout.
  const bin = (name: string, args: string[]) => {
    const file = path.join(binDir, name)
    return owner ? run('runuser', ['-u', SYSTEM_USER, '--', file, ...args], { cwd: root }) : run(file, args, { cwd: root })
  }
  const removeFolder = () => rmSync(root, { recursive: true, force: true })
  const pgCtlSync = (args: string[]) => {
    const file = path.join(binDir, 'pg_ctl')
    spawnSync(owner ? 'runuser' : file, owner ? ['-u', SYSTEM_USER, '--', file, ...args] : args, { cwd: root, stdio: 'ignore' })
  }
  // If the run dies without calling stop (a crash, an unhandled error), do not leave a server behind.
  const stopOnExit = () => {
    pgCtlSync(['stop', '-D', dataDir, '-m', 'immediate', '-s'])
    removeFolder()
  }

  try {
    await explain('initdb failed', () =>
      bin('initdb', ['-D', dataDir, '-A', 'trust', '-U', SUPERUSER, '--no-sync', '-E', 'UTF8', '--locale=C'])
    )
    const port = await startOnFreePort(async (candidate) => {
      const options = `-p ${candidate} -k '${socketDir}' -c listen_addresses=127.0.0.1 -c max_connections=200`
      await bin('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '30', '-s'])
    }, logFile)
    process.once('exit', stopOnExit)
    const url = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`
    await waitUntilAccepting(url)

    let stopping: Promise<void> | undefined
    const stop = () =>
      (stopping ??= (async () => {
        process.removeListener('exit', stopOnExit)
        try {
          await bin('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w', '-s'])
        } finally {
          removeFolder()
        }
      })())
    return { url, stop }
  } catch (error) {
    process.removeListener('exit', stopOnExit)
    stopOnExit()
    throw error
  }
}

/** The bin directory holding initdb and pg_ctl; throws saying how to get one when there is none. */
export function findPostgresBinDir(env: NodeJS.ProcessEnv = process.env): string {
  const hasServer = (dir: string) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))
  const explicit = env.COUNTERDESK_PG_BIN
  if (explicit) {
    if (hasServer(explicit)) return explicit
    throw new Error(`COUNTERDESK_PG_BIN is ${explicit}, but that folder holds no initdb and pg_ctl. ${HOW_TO_GET_POSTGRES}`)
  }
  for (const dir of debianBinDirs()) if (hasServer(dir)) return dir
  const fromPgConfig = pgConfigBinDir()
  if (fromPgConfig && hasServer(fromPgConfig)) return fromPgConfig
  throw new Error(
    'The sync test suite needs a PostgreSQL server, but no PostgreSQL binaries (initdb, pg_ctl) were found ' +
      `in /usr/lib/postgresql/*/bin or \`pg_config --bindir\`. ${HOW_TO_GET_POSTGRES}`
  )
}

const HOW_TO_GET_POSTGRES =
  "Install Debian's postgresql package (`apt-get install postgresql`, as .ci/run does), point " +
  'COUNTERDESK_PG_BIN at a PostgreSQL bin folder, or set COUNTERDESK_TEST_PG_URL to the URL of a ' +
  'running server (PostgreSQL 13 or later, as a user allowed to create databases).'

/** Debian's side-by-side installs, newest major version first. */
function debianBinDirs(): string[] {
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return []
  return readdirSync(base)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(base, version, 'bin'))
}

function pgConfigBinDir(): string | undefined {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch (_error) {
    return undefined
  }
}

/** The ids of the system user the cluster runs as under root. */
function systemUser(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, SYSTEM_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
    return { uid: id('-u'), gid: id('-g') }
  } catch (_error) {
    throw new Error(
      `The tests run as root, and PostgreSQL refuses to run as root, so the test server runs as the '${SYSTEM_USER}' ` +
        "system user, which does not exist here. Debian's postgresql package creates it; otherwise create it " +
        `(useradd --system --user-group ${SYSTEM_USER}), run the tests as a normal user, or set COUNTERDESK_TEST_PG_URL.`
    )
  }
}

/** A port nobody listens on right now (another process may still take it before the server does). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Starts on a free port, trying another when the chosen one was taken in the meantime. */
async function startOnFreePort(start: (port: number) => Promise<void>, logFile: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    try {
      await start(port)
      return port
    } catch (error) {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''
      if (attempt < START_ATTEMPTS && /could not bind|address already in use/i.test(log)) continue
      throw new Error(`PostgreSQL did not start: ${failureText(error)}\n${log.split('\n').slice(-20).join('\n')}`)
    }
  }
}

async function waitUntilAccepting(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 })
    try {
      await client.connect()
      await client.query('SELECT 1')
      return
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL at ${url} did not accept connections within 30 s: ${failureText(error)}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    } finally {
      await client.end().catch(() => {})
    }
  }
}

async function explain<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    throw new Error(`${what}: ${failureText(error)}`)
  }
}

/** A child-process failure with its stderr, which is where PostgreSQL says what went wrong. */
function failureText(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr
  const message = error instanceof Error ? error.message : String(error)
  return typeof stderr === 'string' && stderr.trim() && !message.includes(stderr.trim()) ? `${message}\n${stderr.trim()}` : message
}
