// Runs once before the end-to-end tests: they drive the built app, so refuse to start (with a
// sentence saying what to do) when the build output is missing, rather than letting every test
// time out waiting for a web host that cannot start, or letting two workers build at once.
import { existsSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '..', '..')

export default function globalSetup(): void {
  const required = ['out/main/cli.js', 'out/renderer/index.html', 'bin/counterdesk.mjs']
  const missing = required.filter((file) => !existsSync(path.join(root, file)))
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end tests need the built app, but ${missing.join(', ')} ` +
        `${missing.length === 1 ? 'is' : 'are'} missing. Run \`npx electron-vite build\` ` +
        '(or `npm test`, which builds first), then run `npx playwright test` again.'
    )
  }
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium not found at ${chromium}. Install Debian's chromium package (apt-get install chromium) ` +
        'or set CHROMIUM_PATH. Never run `npx playwright install` here.'
    )
  }
}
