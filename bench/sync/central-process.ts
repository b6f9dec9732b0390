// Child-process entry of a benchmark central: the reference central on a PostgreSQL database,
// in a process of its own as in production (central is another machine), so its JSON work does
// not share the workstation's event loop. Prints `CENTRAL_URL=…` once listening; SIGTERM stops it.
import { openCentralDb } from '../../src/central/db'
import { createCentral } from '../../src/central/central'
import { startCentralServer } from '../../src/central/server'
import { builtinProfiles } from '../../src/main/rules/engine'

async function main(): Promise<void> {
  const url = process.env.BENCH_CENTRAL_DB_URL
  const adminToken = process.env.BENCH_CENTRAL_ADMIN_TOKEN
  if (!url || !adminToken) throw new Error('BENCH_CENTRAL_DB_URL and BENCH_CENTRAL_ADMIN_TOKEN are required')
  const db = await openCentralDb({ url })
  const central = await createCentral({ db, jurisdiction: '440300', jurisdictionName: '深圳市', timeZone: 'Asia/Shanghai', profiles: builtinProfiles() })
  const server = await startCentralServer({ central, adminToken, log: (line) => process.stderr.write(`central: ${line}\n`) })
  process.stdout.write(`CENTRAL_URL=${server.url}\n`)
  process.once('SIGTERM', () => {
    void server
      .close()
      .then(() => central.close())
      .finally(() => process.exit(0))
  })
}

main().catch((error: unknown) => {
  process.stderr.write(`central failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
