// The application menu: only what a service-window clerk needs. Reload and the devtools exist only
// in development, so a production window offers no way into the page's internals.
import type { MenuItemConstructorOptions } from 'electron'
import { shellText } from './shell-text'

export interface MenuParams {
  isDev: boolean
  onAbout: () => void
}

export function buildMenuTemplate({ isDev, onAbout }: MenuParams): MenuItemConstructorOptions[] {
  const text = shellText.menu
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { label: text.reload, role: 'reload' },
        { label: text.toggleDevTools, role: 'toggleDevTools' },
        { type: 'separator' }
      ]
    : []
  return [
    { label: text.file, submenu: [{ label: text.quit, role: 'quit' }] },
    {
      label: text.view,
      submenu: [
        ...devItems,
        { label: text.resetZoom, role: 'resetZoom' },
        { label: text.zoomIn, role: 'zoomIn' },
        { label: text.zoomOut, role: 'zoomOut' }
      ]
    },
    { label: text.help, submenu: [{ label: text.about, click: onAbout }] }
  ]
}
