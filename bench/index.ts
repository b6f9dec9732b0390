// `npm run bench -- <name> [flags]`: each benchmark prints our figure beside a raw baseline measured
// in the same run, so the ratio means something on a noisy machine. Results go to docs/BENCHMARKS.md
// by hand.
import path from 'node:path'
import { runActionsBench } from './actions'
import { runLookupBench } from './lookup'
import { runPrintBench } from './print'
import { SYNC_PARTS, runSyncBench } from './sync'

const benches: Record<string, (dataDir: string, args: string[]) => unknown> = {
  lookup: runLookupBench,
  actions: runActionsBench,
  print: () => runPrintBench(),
  sync: (_dir, args) => runSyncBench(SYNC_PARTS, args),
  ...Object.fromEntries(SYNC_PARTS.map((part) => [`sync:${part}`, (_dir: string, args: string[]) => runSyncBench([part], args)]))
}

const name = process.argv[2] ?? 'lookup'
// `sync:drain,propagation`: several sync parts on one cluster, in the order sync runs them.
const syncParts = /^sync:([a-z,]+)$/.exec(name)?.[1]?.split(',')
const bench =
  benches[name] ??
  (syncParts?.every((p) => (SYNC_PARTS as readonly string[]).includes(p))
    ? (_dir: string, args: string[]) => runSyncBench(SYNC_PARTS.filter((p) => syncParts.includes(p)), args)
    : undefined)
if (!bench) {
  console.error(`unknown benchmark "${name}"; available: ${Object.keys(benches).join(', ')}`)
  process.exit(2)
}
Promise.resolve(bench(process.env.BENCH_DATA_DIR ?? path.join(__dirname, '.data'), process.argv.slice(3))).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
