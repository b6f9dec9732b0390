// Where things are: the data folder, the package root, the built renderer, the Electron binary.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export const DATA_DIR_ENV = 'COUNTERDESK_DATA_DIR'

/** --data-dir, else $COUNTERDESK_DATA_DIR, else <cwd>/.data; always absolute. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const chosen = flag ?? (env[DATA_DIR_ENV] !== undefined && env[DATA_DIR_ENV] !== '' ? env[DATA_DIR_ENV] : undefined)
  return path.resolve(cwd, chosen ?? '.data')
}

interface PackageJson {
  name?: string
  version?: string
}

function readPackageJson(dir: string): PackageJson | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson
  } catch {
    return null
  }
}

/**
 * The folder holding our package.json, found by walking up from `from` (out/main when built,
 * src/main/cli/… under tests). Null when we are not inside the package.
 */
export function findPackageRoot(from: string = __dirname): string | null {
  let dir = path.resolve(from)
  for (;;) {
    if (readPackageJson(dir)?.name === 'counterdesk') return dir
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

export function packageVersion(root: string | null): string | undefined {
  return root === null ? undefined : readPackageJson(root)?.version
}

/**
 * The built renderer: out/renderer next to out/main (where the CLI bundle lives), else under the
 * package root. The first candidate holding index.html wins; otherwise the package's out/renderer
 * is returned so the error message names the expected place.
 */
export function defaultRendererDir(root: string | null = findPackageRoot()): string {
  const candidates = [path.join(__dirname, '../renderer')]
  if (root !== null) candidates.push(path.join(root, 'out', 'renderer'))
  const expected = root !== null ? path.join(root, 'out', 'renderer') : path.join(__dirname, '../renderer')
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? expected
}

/**
 * The Electron executable if it was downloaded, found WITHOUT requiring the `electron` package
 * (its index downloads the binary when it is missing): node_modules/electron/path.txt names the
 * executable inside node_modules/electron/dist.
 */
export function findElectronBinary(root: string): string | null {
  let electronDir = path.join(root, 'node_modules', 'electron')
  try {
    // Resolving package.json does not run the package's index.
    electronDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'))
  } catch {
    // not resolvable: keep the conventional place, which will simply not exist
  }
  const pathFile = path.join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  if (relative === '') return null
  const binary = path.join(electronDir, 'dist', relative)
  return existsSync(binary) ? binary : null
}
