// The engine must run unchanged on the central server: no I/O, no Electron, no database, no clock
// of its own. This reads the sources of the pure folders and refuses any import or call that
// would break that. (profiles/load.ts is the one file allowed to read the file system.)
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const RULES_DIR = path.resolve(__dirname, '..')
const PURE_FOLDERS = ['engine', 'calculators', 'profiles']
const ALLOWED_IO = new Set(['profiles/load.ts'])

function sources(folder: string): string[] {
  return readdirSync(path.join(RULES_DIR, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.test-support.ts'))
    .map((f) => path.posix.join(folder, f.split(path.sep).join('/')))
    .filter((f) => !ALLOWED_IO.has(f))
}

const FORBIDDEN: [RegExp, string][] = [
  [/from '(node:)?(fs|path|os|child_process|net|http|https|worker_threads)(\/[^']*)?'/, 'Node I/O module'],
  [/from ["']electron["']|require\(["']electron["']\)/, 'Electron'],
  [/from '(better-sqlite3|drizzle-orm)/, 'database'],
  [/from '(\.\.\/)+(store|services|core|platform|electron|web|cli)\//, 'workstation state'],
  [/Date\.now\(|new Date\(\)|performance\.now\(/, 'the machine clock'],
  [/Math\.random\(/, 'randomness']
]

describe('rules engine purity', () => {
  const files = PURE_FOLDERS.flatMap(sources)

  it('finds the sources', () => {
    expect(files).toContain('engine/evaluate.ts')
    expect(files).toContain('calculators/late-fee.ts')
  })

  for (const file of files) {
    it(`${file} has no I/O, clock, Electron or database`, () => {
      const text = readFileSync(path.join(RULES_DIR, file), 'utf8')
      const found = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, what]) => what)
      expect(found).toEqual([])
    })
  }
})
