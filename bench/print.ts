// `npm run bench -- print`: issue 6's benchmark. The PDF of one penalty decision with a warm
// renderer (Debian's Chromium through playwright-core, one browser and one tab kept), beside a
// baseline in the same browser: page.pdf of a trivial one-line HTML in a second tab. Interleaved
// round by round, so both see the same machine. Then a batch of 100 decisions in one PDF.
//
// The workstation is the real core (createAppCore with demo data, not enrolled): its seeded
// decisions carry definitive numbers, so they print. Measured:
//   - render: the decision's HTML (template, QR code, embedded font subsets) and its PDF;
//   - print:reprint through core.dispatch: the same plus reading the archived content, the audit
//     entry and the archive update in one write-path transaction (what the clerk waits for);
//   - baseline: setContent('<p>…</p>') + page.pdf in the same browser;
//   - batch: 100 decisions in one HTML document → one 100-page PDF (what print:batch renders).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { chromium } from 'playwright-core'
import { createAppCore } from '../src/main/core/app-core'
import { loadWorkstationConfig } from '../src/main/core/config'
import { memoryLogger } from '../src/main/core/logger'
import type { CallerContext } from '../src/main/core/types'
import { CHROMIUM_ARGS, createChromiumRenderer } from '../src/main/printing/chromium-renderer'
import { decisionDocument } from '../src/main/printing/decision-document'
import { builtinProfiles } from '../src/main/rules/engine'
import { assertPrintable, decisionContent, prepareDecisionQueries } from '../src/main/services/printing/decision-data'
import type { Result } from '../src/shared/contract/result'
import { fmtMs, summarise, type Summary } from './stats'

const ROUNDS = Number(process.env.BENCH_PRINTS ?? 200)
const WARMUP = 10
const BATCH = 100
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 5)
const TARGET_P50_MS = 300

const log = (line: string): void => void process.stderr.write(`${line}\n`)
const row = (name: string, s: Summary): string => `${name.padEnd(34)} p50 ${fmtMs(s.p50).padStart(9)}   p99 ${fmtMs(s.p99).padStart(9)}   max ${fmtMs(s.max).padStart(9)}   (n=${s.n})`

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now()
  const value = await fn()
  return [performance.now() - start, value]
}

export async function runPrintBench(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'counterdesk-bench-print-'))
  const browser = await chromium.launch({ executablePath: process.env.COUNTERDESK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const renderer = createChromiumRenderer({ browser })
  const core = await createAppCore({ dataDir, host: 'web', demo: true, demoPeople: 400, logger: memoryLogger(), documentRenderer: renderer })
  try {
    const caller: CallerContext = { host: 'web', sessionKey: 'bench' }
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = (await core.dispatch(channel, input, caller)) as Result<T>
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
      return r.value
    }
    await call('session:signIn', { policeNo: '100001', password: 'demo-clerk-1' })

    // The seeded decisions, as the service reads them for printing.
    const config = loadWorkstationConfig(dataDir)
    const env = { config, profiles: builtinProfiles() }
    const sqlite = new Database(core.startup.databaseFile, { readonly: true })
    const queries = prepareDecisionQueries(sqlite)
    const ids = sqlite.prepare("SELECT d.id FROM decisions d JOIN violations v ON v.id = d.violation_id WHERE v.penalty IN ('fine', 'warning') ORDER BY d.id").pluck().all() as string[]
    const records = ids.map((id) => queries.byId(id)!).filter((d) => {
      try {
        assertPrintable(d, env)
        return true
      } catch {
        return false
      }
    })
    sqlite.close()
    if (records.length < BATCH) throw new Error(`need ${BATCH} printable seeded decisions, found ${records.length}`)
    const contents = records.slice(0, BATCH).map((d) => decisionContent(d, env))
    log(`workstation: ${records.length} printable seeded decisions; Chromium ${browser.version()}; ${ROUNDS} rounds after ${WARMUP} warm-up`)

    const baselineTab = await browser.newPage()
    const baseline = async (i: number): Promise<void> => {
      await baselineTab.setContent(`<p>decision ${i}</p>`)
      await baselineTab.pdf({ preferCSSPageSize: true })
    }
    const subject = records[0]!.id
    await call('print:decision', { decisionId: subject })
    const render = async (i: number): Promise<number> => {
      const doc = await decisionDocument([{ content: contents[i % contents.length]!, reprint: 0 }], config.printing.paper)
      return (await renderer.pdf(doc.html, doc.layout.page)).length
    }

    const samples = { baseline: [] as number[], render: [] as number[], reprint: [] as number[] }
    let bytes = 0
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      const [b] = await timed(() => baseline(i))
      const [r, size] = await timed(() => render(i))
      const [p] = await timed(() => call('print:reprint', { decisionId: subject }))
      if (i < WARMUP) continue
      samples.baseline.push(b)
      samples.render.push(r)
      samples.reprint.push(p)
      bytes += size
    }

    const batch: number[] = []
    let batchBytes = 0
    for (let i = 0; i < BATCH_RUNS; i++) {
      const [ms, size] = await timed(async () => {
        const doc = await decisionDocument(
          contents.map((content) => ({ content, reprint: 0 })),
          config.printing.paper
        )
        return (await renderer.pdf(doc.html, doc.layout.page)).length
      })
      batch.push(ms)
      batchBytes = size
    }

    const s = { baseline: summarise(samples.baseline), render: summarise(samples.render), reprint: summarise(samples.reprint), batch: summarise(batch) }
    console.log(row('baseline: one-line page.pdf', s.baseline))
    console.log(row('decision PDF (render)', s.render))
    console.log(row('print:reprint (render + archive)', s.reprint))
    console.log(row(`batch of ${BATCH} (one PDF)`, s.batch))
    console.log(`decision PDF ${Math.round(bytes / samples.render.length / 1024)} KiB; batch PDF ${Math.round(batchBytes / 1024)} KiB (${fmtMs(s.batch.p50 / BATCH)} per decision)`)
    console.log(`render p50 ÷ baseline p50: ${(s.render.p50 / s.baseline.p50).toFixed(1)}×; target p50 ≤ ${TARGET_P50_MS} ms: render ${s.render.p50 <= TARGET_P50_MS ? 'met' : 'NOT met'}, print:reprint ${s.reprint.p50 <= TARGET_P50_MS ? 'met' : 'NOT met'}`)
    console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  } finally {
    await core.shutdown()
    await browser.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
