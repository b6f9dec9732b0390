// Where the committed migrations are at run time: next to the built main bundle (copied there by
// electron.vite.config.ts), or in the source tree when running from tests, tsx or the dev server.
import { existsSync } from 'node:fs'
import path from 'node:path'

export function findMigrationsDir(): string {
  const candidates = [
    process.env.COUNTERDESK_MIGRATIONS_DIR,
    path.join(__dirname, 'migrations'),
    path.resolve(__dirname, '../../src/main/store/migrations'),
    path.resolve(__dirname, 'migrations'),
    path.resolve(process.cwd(), 'src/main/store/migrations')
  ].filter((dir): dir is string => typeof dir === 'string' && dir.length > 0)
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'meta', '_journal.json'))) return dir
  }
  throw new Error(`Migrations folder not found; looked in: ${candidates.join(', ')}`)
}
