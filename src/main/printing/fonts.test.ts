import { describe, expect, it } from 'vitest'
import { createFontSource, parseUnicodeRange } from './fonts'

describe('document fonts', () => {
  it('reads unicode-range lists with single points and spans', () => {
    expect(parseUnicodeRange('U+20-22, U+4e00,U+ff0c-ff0e')).toEqual([
      [0x20, 0x22],
      [0x4e00, 0x4e00],
      [0xff0c, 0xff0e]
    ])
    expect(() => parseUnicodeRange('U+zz')).toThrow()
  })

  const fonts = createFontSource()
  const faces = (css: string): number => css.match(/@font-face/g)?.length ?? 0

  it('embeds only the subsets the text needs, as base64 woff2 with their ranges', () => {
    const latin = fonts.cssFor('Decision 2026')
    const chinese = fonts.cssFor('Decision 2026 公安交通管理简易程序处罚决定书')
    expect(faces(latin)).toBeGreaterThan(0)
    expect(faces(chinese)).toBeGreaterThan(faces(latin))
    expect(chinese).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\('woff2'\);unicode-range:U\+/)
    expect(chinese).not.toContain('url(./files')
  })

  it('adds nothing for characters no subset covers', () => {
    expect(fonts.cssFor('')).toBe('')
  })
})
