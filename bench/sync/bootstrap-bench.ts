// Bootstrap ingest: central's snapshot (HTTP pages from the central process, PostgreSQL behind it)
// into a fresh workstation file through the real code path (runBootstrap, as the worker runs it),
// beside a bare better-sqlite3 bulk insert of the same rows into another fresh workstation file
// (same schema and indexes via openStore, same connection settings, plain prepared INSERT, one
// transaction per page of the same size), measured in the same run.
import path from 'node:path'
import Database from 'better-sqlite3'
import { openStore } from '../../src/main/store/db'
import { openIngestConnection, runBootstrap } from '../../src/main/sync/bootstrap'
import { SYNCED_TABLES } from '../../src/main/sync/tables'
import { fmtInt } from '../stats'
import type { BenchCentral } from './central-child'
import { cpuSeconds } from './cpu'

/** runBootstrap's page size when the engine calls it (it passes none). */
export const BOOTSTRAP_PAGE = 5000

export interface BootstrapFigures {
  rows: number
  oursSeconds: number
  oursRate: number
  bareSeconds: number
  bareRate: number
  ratio: number
  cpu: Record<string, number>
}

function tableCounts(file: string): Record<string, number> {
  const sqlite = new Database(file, { readonly: true })
  try {
    return Object.fromEntries(
      SYNCED_TABLES.map((t) => [t.name, sqlite.prepare(`SELECT count(*) FROM "${t.name}"`).pluck().get() as number] as const).filter(([, n]) => n > 0)
    )
  } finally {
    sqlite.close()
  }
}

/** The baseline: the rows of `source`, page by page, inserted into a fresh file; only the inserts are timed. */
function bareInsert(source: string, target: string): number {
  openStore({ file: target }).close()
  const into = openIngestConnection(target)
  const from = new Database(source, { readonly: true })
  let insertNs = 0n
  try {
    for (const table of SYNCED_TABLES) {
      const names = table.columns.map((c) => `"${c.name}"`).join(', ')
      const insert = into.prepare(`INSERT INTO "${table.name}" (${names}) VALUES (${table.columns.map(() => '?').join(', ')})`)
      const page = from.prepare(`SELECT ${names} FROM "${table.name}" WHERE id > ? ORDER BY id LIMIT ${BOOTSTRAP_PAGE}`).raw()
      const writePage = into.transaction((rows: unknown[][]) => {
        for (const row of rows) insert.run(row)
      })
      let after = ''
      for (;;) {
        const rows = page.all(after) as unknown[][]
        if (rows.length === 0) break
        const t0 = process.hrtime.bigint()
        writePage(rows)
        insertNs += process.hrtime.bigint() - t0
        after = rows[rows.length - 1]![0] as string
      }
    }
  } finally {
    from.close()
    into.close()
  }
  return Number(insertNs) / 1e9
}

export async function runBootstrapBench(ctx: { central: BenchCentral; workDir: string; postgresPort: number | null; log: (line: string) => void }): Promise<BootstrapFigures> {
  const { central, workDir, log } = ctx
  const ours = path.join(workDir, 'bootstrap-ours.sqlite')
  openStore({ file: ours }).close()
  const { options } = await central.enrolClient('window', '基准-首次下载')
  let lastPrint = Date.now()
  const cpuBefore = cpuSeconds(central.pid, ctx.postgresPort)
  const started = process.hrtime.bigint()
  await runBootstrap({ databaseFile: ours, client: options }, (e) => {
    if (Date.now() - lastPrint > 10_000) {
      lastPrint = Date.now()
      log(`  bootstrap: ${fmtInt(e.loaded)} / ${fmtInt(e.expected)} rows (${e.table})`)
    }
  })
  const oursSeconds = Number(process.hrtime.bigint() - started) / 1e9
  const cpuAfter = cpuSeconds(central.pid, ctx.postgresPort)
  const counts = tableCounts(ours)
  const rows = Object.values(counts).reduce((s, n) => s + n, 0)
  log(`  bootstrap done: ${JSON.stringify(counts)} in ${oursSeconds.toFixed(1)} s; baseline insert of the same rows…`)
  const bareSeconds = bareInsert(ours, path.join(workDir, 'bootstrap-bare.sqlite'))
  const cpu = Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, (cpuAfter[k] ?? 0) - (cpuBefore[k] ?? 0)]))
  return { rows, oursSeconds, oursRate: rows / oursSeconds, bareSeconds, bareRate: rows / bareSeconds, ratio: bareSeconds / oursSeconds, cpu }
}
