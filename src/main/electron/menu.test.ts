import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from './menu'

function roles(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(item.role === undefined ? [] : [item.role]),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])
  ])
}

describe('buildMenuTemplate', () => {
  it('offers no reload or devtools in production', () => {
    const template = buildMenuTemplate({ isDev: false, onAbout: () => {} })
    expect(template.map((item) => item.label)).toEqual(['文件', '视图', '帮助'])
    expect(roles(template)).toEqual(['quit', 'resetZoom', 'zoomIn', 'zoomOut'])
  })

  it('adds reload and the devtools in development', () => {
    expect(roles(buildMenuTemplate({ isDev: true, onAbout: () => {} }))).toEqual([
      'quit',
      'reload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut'
    ])
  })

  it('opens the about panel from 帮助 → 关于', () => {
    let opened = 0
    const help = buildMenuTemplate({ isDev: false, onAbout: () => (opened += 1) })[2]
    const about = Array.isArray(help?.submenu) ? help.submenu[0] : undefined
    expect(about?.label).toBe('关于')
    about?.click?.({} as never, undefined, {} as never)
    expect(opened).toBe(1)
  })
})
