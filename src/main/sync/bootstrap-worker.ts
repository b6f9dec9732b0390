// Worker-thread entry for bootstrap ingest, so the main process (and the clerk's screen) stays
// responsive while millions of rows are written. Messages: progress events, then done or error.
import { parentPort, workerData } from 'node:worker_threads'
import { runBootstrap, type BootstrapJob } from './bootstrap'
import { SyncError } from './client'

const job = workerData as Omit<BootstrapJob, 'client'> & { client: Omit<BootstrapJob['client'], 'now'> }

runBootstrap({ ...job, client: { ...job.client, now: () => new Date() } }, (event) => parentPort?.postMessage({ kind: 'progress', event }))
  .then(() => parentPort?.postMessage({ kind: 'done' }))
  .catch((error: unknown) => {
    const e = error instanceof SyncError ? error : null
    parentPort?.postMessage({
      kind: 'error',
      code: e?.code ?? 'BOOTSTRAP_FAILED',
      message: error instanceof Error ? error.message : String(error),
      transient: e?.transient ?? true
    })
  })
