// Builds the three parts: main (the Electron shell `index` plus the plain-Node `cli`/web host),
// the sandboxed preload, and the React renderer.
import { cpSync, existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

const root = __dirname
const migrationSources = [
  { from: resolve(root, 'src/main/store/migrations'), to: 'migrations' },
  { from: resolve(root, 'src/central/migrations'), to: 'central-migrations' }
]

/**
 * The store reads `path.join(__dirname, 'migrations')` (central: 'central-migrations') at run
 * time, so the committed migrations are copied next to the built main bundle after every build.
 */
function copyMigrations(): Plugin {
  return {
    name: 'counterdesk:copy-migrations',
    apply: 'build',
    writeBundle(output) {
      for (const { from, to } of migrationSources) {
        if (!existsSync(from)) this.error(`Migrations folder not found: ${from}`)
        const target = resolve(output.dir ?? resolve(root, 'out/main'), to)
        rmSync(target, { recursive: true, force: true })
        cpSync(from, target, { recursive: true })
      }
    }
  }
}

// The Fast Refresh preamble @vitejs/plugin-react inlines into index.html during development.
const INLINE_REACT_PREAMBLE =
  /<script type="module">\s*import \{ injectIntoGlobalHook \} from "[^"]*@react-refresh";[\s\S]*?<\/script>/

/**
 * In development the React plugin inlines its Fast Refresh preamble, which the app's CSP
 * (`script-src 'self'`, in the page's meta tag and in main's response header) rightly blocks.
 * The plugin also serves the same preamble as a module; load that instead, so development runs
 * under the production policy rather than a loosened one.
 */
function reactPreambleAsModule(): Plugin {
  return {
    name: 'counterdesk:react-preamble-as-module',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!INLINE_REACT_PREAMBLE.test(html)) {
          console.warn('[counterdesk] React preamble not found in index.html; the dev page may violate the CSP')
          return html
        }
        return html.replace(
          INLINE_REACT_PREAMBLE,
          '<script type="module" src="/@id/@vitejs/plugin-react/preamble"></script>'
        )
      }
    }
  }
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: resolve(root, 'out/main'),
      // cli.js also runs under plain Node (package.json engines: >=20.19), not only inside Electron.
      target: 'node20.19',
      // package.json `dependencies` (better-sqlite3, drizzle-orm, zod) stay external.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          cli: resolve(root, 'src/main/cli/index.ts'),
          // Bootstrap ingest runs in a worker thread (sync/engine.ts looks for it beside the bundle).
          'bootstrap-worker': resolve(root, 'src/main/sync/bootstrap-worker.ts')
        },
        output: {
          format: 'cjs',
          entryFileNames: '[name].js',
          // Shared chunks sit beside the entries, not in a subfolder, so `__dirname` is out/main in
          // every chunk and the migrations copied there are found whichever chunk holds the store.
          chunkFileNames: '[name]-[hash].js'
        }
      }
    }
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require only 'electron': bundle every other import.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    // Relative asset URLs work from file:// in Electron and from / in the web host.
    base: './',
    plugins: [react(), reactPreambleAsModule()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: resolve(root, 'src/renderer/index.html')
      }
    }
  }
})
