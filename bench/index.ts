// `npm run bench -- <name>`: each benchmark prints our figure beside a raw baseline measured in the
// same run, so the ratio means something on a noisy machine. Results go to docs/BENCHMARKS.md by hand.
import path from 'node:path'
import { runLookupBench } from './lookup'

const benches: Record<string, (dataDir: string) => unknown> = {
  lookup: runLookupBench
}

const name = process.argv[2] ?? 'lookup'
const bench = benches[name]
if (!bench) {
  console.error(`unknown benchmark "${name}"; available: ${Object.keys(benches).join(', ')}`)
  process.exit(2)
}
bench(process.env.BENCH_DATA_DIR ?? path.join(__dirname, '.data'))
