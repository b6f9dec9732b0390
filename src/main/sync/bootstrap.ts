// Bootstrap of a new (or reset) workstation from central's snapshot of its jurisdiction: pages
// of each table in id order, each page committed with the position it reached, so a crash
// resumes from the last page. The next page is fetched while the current one is written.
import { openSyncConnection } from './connection'
import { SyncClient, type SyncClientOptions } from './client'
import { SyncStore } from './sync-store'
import type { BootstrapPage } from './protocol'

export interface BootstrapProgressEvent {
  table: string
  rows: number
  total: number
  /** Rows of every table so far, and the sum of the tables' sizes at the snapshot. */
  loaded: number
  expected: number
}

export interface BootstrapJob {
  databaseFile: string
  client: SyncClientOptions
  pageSize?: number
}

/** The connection bootstrap ingest writes through (also used by the benchmark's baseline). */
export function openIngestConnection(file: string): ReturnType<typeof openSyncConnection> {
  return openSyncConnection(file, 'NORMAL')
}

export async function runBootstrap(job: BootstrapJob, onProgress: (e: BootstrapProgressEvent) => void): Promise<void> {
  const sqlite = openIngestConnection(job.databaseFile)
  try {
    // Replays happen in finishBootstrap, on the main connection: none are needed here.
    const store = new SyncStore(sqlite, () => {
      throw new Error('no replay during bootstrap ingest')
    })
    const client = new SyncClient(job.client)
    if (store.bootstrapProgress() === null) store.beginBootstrap((await client.bootstrapStart()).value)
    const pageSize = job.pageSize ?? 5000
    const progress = store.bootstrapProgress()!
    const expected = progress.tables.reduce((s, t) => s + t.total, 0)
    let loaded = progress.tables.reduce((s, t) => s + t.rows, 0)
    for (const entry of progress.tables) {
      if (entry.done) continue
      let next: Promise<BootstrapPage> = client.bootstrapPage(entry.table, entry.after, pageSize).then((r) => r.value)
      for (;;) {
        const page = await next
        if (!page.done && page.last !== null) next = client.bootstrapPage(entry.table, page.last, pageSize).then((r) => r.value)
        store.applyBootstrapPage(page)
        loaded += page.rows.length
        const now = store.bootstrapProgress()?.tables.find((t) => t.table === entry.table)
        onProgress({ table: entry.table, rows: now?.rows ?? 0, total: entry.total, loaded, expected })
        if (page.done || page.last === null) break
      }
    }
  } finally {
    sqlite.close()
  }
}
