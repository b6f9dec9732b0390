// The printed documents' typeface: Noto Serif SC from npm (@fontsource/noto-serif-sc), embedded in
// the HTML as base64 @font-face rules, so a document renders the same on a machine without any
// Chinese font and the PDF carries only this font. The package splits the font into ~100 subsets
// by unicode-range; a document embeds only the subsets its own text needs (a decision needs about
// twenty of them), which keeps the HTML small enough to render in a few tens of milliseconds.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export const DOCUMENT_FONT_FAMILY = 'Noto Serif SC'
/**
 * Regular only, and templates use no bold: embedding the bold subsets would double the HTML
 * (~0.75 MB more) and the time to render it for a dozen characters, and a bold synthesised by
 * Chromium lands in the PDF as Type 3 outlines instead of the embedded font. Titles are set larger.
 */
export const DOCUMENT_FONT_WEIGHTS = [400] as const
export type FontWeight = (typeof DOCUMENT_FONT_WEIGHTS)[number]

interface FontFace {
  weight: FontWeight
  /** woff2 file name inside the package's files/ folder. */
  file: string
  /** The rule's unicode-range text, copied into the embedded rule as is. */
  rangeText: string
  ranges: readonly (readonly [number, number])[]
}

const FACE_RULE = /@font-face\s*{([^}]*)}/g

/** "U+4e00,U+4e2d-4e30" → [[0x4e00,0x4e00],[0x4e2d,0x4e30]]. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part) => {
      const [from, to] = part.split('-')
      const start = parseInt(from as string, 16)
      const end = to === undefined ? start : parseInt(to, 16)
      if (!Number.isFinite(start) || !Number.isFinite(end)) throw new Error(`unreadable unicode-range part "${part}"`)
      return [start, end]
    })
}

/** The @font-face rules of one weight's CSS file, in the file's order (which decides precedence). */
export function parseFontCss(css: string, weight: FontWeight): FontFace[] {
  const faces: FontFace[] = []
  for (const match of css.matchAll(FACE_RULE)) {
    const body = match[1] as string
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1]
    const rangeText = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim()
    if (file === undefined || rangeText === undefined) continue
    faces.push({ weight, file, rangeText, ranges: parseUnicodeRange(rangeText) })
  }
  return faces
}

function covers(face: FontFace, codePoint: number): boolean {
  return face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)
}

export interface FontSource {
  /** @font-face rules for exactly the subsets the given text needs, fonts inline as base64. */
  cssFor(text: string, weights?: readonly FontWeight[]): string
}

/**
 * Reads the package's CSS once; each subset file is read and base64-encoded the first time a
 * document needs it and kept for the next documents.
 */
export function createFontSource(packageDir: string = fontPackageDir()): FontSource {
  const faces = DOCUMENT_FONT_WEIGHTS.flatMap((weight) => parseFontCss(readFileSync(path.join(packageDir, `${weight}.css`), 'utf8'), weight))
  if (faces.length === 0) throw new Error(`no @font-face rules found in ${packageDir}`)
  const encoded = new Map<string, string>()
  const base64Of = (file: string): string => {
    let data = encoded.get(file)
    if (data === undefined) {
      data = readFileSync(path.join(packageDir, 'files', file)).toString('base64')
      encoded.set(file, data)
    }
    return data
  }

  return {
    cssFor(text, weights = DOCUMENT_FONT_WEIGHTS) {
      const codePoints = [...new Set(Array.from(text, (c) => c.codePointAt(0) as number))]
      // Every face covering a needed character, kept in the package's order: where subsets
      // overlap (ASCII is in two), the browser picks among them as the package intends.
      const needed = faces.filter((face) => weights.includes(face.weight) && codePoints.some((cp) => covers(face, cp)))
      return needed
        .map(
          (face) =>
            `@font-face{font-family:'${DOCUMENT_FONT_FAMILY}';font-style:normal;font-weight:${face.weight};` +
            `src:url(data:font/woff2;base64,${base64Of(face.file)}) format('woff2');unicode-range:${face.rangeText};}`
        )
        .join('\n')
    }
  }
}

/** Where npm installed the font (the package's own folder, found through Node's resolution). */
export function fontPackageDir(): string {
  const require = createRequire(__filename)
  return path.dirname(require.resolve('@fontsource/noto-serif-sc/package.json'))
}

let shared: FontSource | undefined

/** One font source per process: the base64 of each subset is built once. */
export function documentFonts(): FontSource {
  shared ??= createFontSource()
  return shared
}
