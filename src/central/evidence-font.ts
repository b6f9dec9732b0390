// The font the reference central's evidence images carry inside them. An SVG shown as an image
// may use no font of the page and fetch nothing, and a workstation (or a test machine) may have
// no Chinese font at all, so the image embeds, as data URIs, the few pieces of the bundled Noto
// font (@fontsource, split by unicode range) that cover the characters it draws. The same text
// always embeds the same pieces: the images are deterministic, and look the same everywhere.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

interface Piece {
  file: string
  ranges: [number, number][]
}

export interface EmbeddedFont {
  family: string
  /** @font-face rules with the pieces this text needs (empty when the font is not installed). */
  css(text: string): string
}

const PACKAGES = [
  { name: '@fontsource/noto-sans-sc', family: 'Noto Sans SC' },
  { name: '@fontsource/noto-serif-sc', family: 'Noto Serif SC' }
]
/** At most this many pieces per image: a long place name must not make it huge. */
const MAX_PIECES = 12

function parseRanges(list: string): [number, number][] {
  return list.split(',').map((r) => {
    const [from, to] = r.trim().replace(/^U\+/i, '').split('-')
    const a = parseInt(from!, 16)
    return [a, to === undefined ? a : parseInt(to, 16)]
  })
}

function loadPieces(cssFile: string): Piece[] {
  const css = readFileSync(cssFile, 'utf8')
  const pieces: Piece[] = []
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1]
    const ranges = /unicode-range:\s*([^;]+);/.exec(block)?.[1]
    if (file !== undefined && ranges !== undefined) pieces.push({ file: path.join(path.dirname(cssFile), 'files', file), ranges: parseRanges(ranges) })
  }
  return pieces
}

function findFont(): { family: string; pieces: Piece[] } | null {
  const require = createRequire(__filename)
  for (const pkg of PACKAGES) {
    try {
      return { family: pkg.family, pieces: loadPieces(require.resolve(`${pkg.name}/400.css`)) }
    } catch {
      // Not installed here (a packaged app keeps only runtime dependencies): try the next one.
    }
  }
  return null
}

export function loadEmbeddedFont(): EmbeddedFont {
  const found = findFont()
  const data = new Map<string, string>()
  const dataOf = (file: string): string => {
    let b64 = data.get(file)
    if (b64 === undefined) {
      b64 = readFileSync(file).toString('base64')
      data.set(file, b64)
    }
    return b64
  }
  return {
    family: found?.family ?? 'sans-serif',
    css(text) {
      if (found === null) return ''
      const codes = new Set([...text].map((ch) => ch.codePointAt(0)!))
      const used = found.pieces.filter((p) => [...codes].some((c) => p.ranges.some(([a, b]) => c >= a && c <= b))).slice(0, MAX_PIECES)
      return used
        .map((p) => `@font-face{font-family:'${found.family}';src:url(data:font/woff2;base64,${dataOf(p.file)}) format('woff2');unicode-range:${p.ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',')};}`)
        .join('')
    }
  }
}
