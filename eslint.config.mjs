// Lint for the whole repository. Besides the usual recommended sets, one local rule,
// `counterdesk/layers`, proves the process boundaries the architecture depends on (see the
// LAYERS table below): only the Electron shell touches `electron`, the renderer stays a plain
// browser page, and the domain core stays free of UI code.
import { builtinModules } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const repoRoot = path.dirname(fileURLToPath(import.meta.url))

const SHELL_FILES = 'src/main/index.ts, src/main/electron/**, src/preload/**'

/** What each kind of import is, and why a layer may not have it. */
const WHY = {
  electron:
    `Only the Electron shell (${SHELL_FILES}) may import 'electron'. Everything else must run ` +
    'without Electron (the CLI, the web host, tests under plain Node): keep Electron calls in ' +
    'the shell and hand the core plain values.',
  node:
    'The renderer is a sandboxed browser page (also served by the web host) and has no Node ' +
    'built-ins. Ask main for what you need through a contract channel.',
  preloadNode:
    "The preload is sandboxed: it can require only 'electron', so Node built-ins do not exist there.",
  main:
    'Code running in a web page must not import main-process code (src/main/**): it would pull ' +
    'the core into the page. Share types and schemas through src/shared/contract and call main ' +
    'through window.counterdesk.',
  database:
    'The database lives in main only. Call main through a contract channel instead.',
  ui:
    'Domain code must not import React, MUI or Emotion: it runs under plain Node in both hosts ' +
    'and in tests. Keep presentation in src/renderer.'
}

/** First match wins. `forbids` lists import kinds (see classify) with the reason to give. */
const LAYERS = [
  {
    name: 'shell',
    test: (file) => file === 'src/main/index.ts' || file.startsWith('src/main/electron/'),
    forbids: {}
  },
  {
    name: 'preload',
    test: (file) => file.startsWith('src/preload/'),
    forbids: { node: WHY.preloadNode, main: WHY.main, database: WHY.database, ui: WHY.ui }
  },
  {
    name: 'renderer',
    test: (file) => file.startsWith('src/renderer/'),
    forbids: { electron: WHY.electron, node: WHY.node, main: WHY.main, database: WHY.database }
  },
  {
    name: 'domain core',
    test: (file) => /^src\/main\/(rules|store|services|audit|auth|sync|core|platform)\//.test(file),
    forbids: { electron: WHY.electron, ui: WHY.ui }
  },
  { name: 'other', test: () => true, forbids: { electron: WHY.electron } }
]

const NODE_BUILTINS = new Set(builtinModules)
const UI_PACKAGES = /^(react|react-dom)(\/|$)|^@(mui|emotion)\//
const DATABASE_PACKAGES = /^(better-sqlite3|drizzle-orm)(\/|$)/

/** The kind of an import specifier, seen from `file` (repo-relative, forward slashes). */
function classify(specifier, file) {
  if (/^electron(\/|$)/.test(specifier)) return 'electron'
  if (specifier.startsWith('node:')) return 'node'
  if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0])) return 'node'
  if (UI_PACKAGES.test(specifier)) return 'ui'
  if (DATABASE_PACKAGES.test(specifier)) return 'database'
  const target = specifier.startsWith('.')
    ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
    : specifier
  if (target === 'src/main' || target.startsWith('src/main/')) return 'main'
  return undefined
}

function repoRelative(filename) {
  return path.relative(repoRoot, filename).split(path.sep).join('/')
}

/** The string a module reference names, when it is written literally. */
function literalString(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked
  return undefined
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports inside the process boundaries (shell, preload, renderer, core).' },
    schema: [],
    messages: { forbidden: "'{{source}}' may not be imported here ({{layer}}). {{why}}" }
  },
  create(context) {
    const file = repoRelative(context.filename)
    const layer = LAYERS.find((candidate) => candidate.test(file))
    if (layer === undefined || Object.keys(layer.forbids).length === 0) return {}

    const check = (node, source) => {
      if (source === undefined) return
      const kind = classify(source, file)
      const why = kind === undefined ? undefined : layer.forbids[kind]
      if (why !== undefined) context.report({ node, messageId: 'forbidden', data: { source, layer: layer.name, why } })
    }
    const checkSource = (node) => {
      if (node.source) check(node.source, literalString(node.source))
    }

    return {
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: checkSource,
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length > 0) {
          check(node.arguments[0], literalString(node.arguments[0]))
        }
      },
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === 'TSExternalModuleReference') {
          check(node.moduleReference, literalString(node.moduleReference.expression))
        }
      },
      TSImportType(node) {
        check(node, literalString(node.source ?? node.argument?.literal))
      }
    }
  }
}

const ALL_SOURCES = ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}']
const TS_SOURCES = ['**/*.{ts,tsx,mts,cts}']
const RENDERER_SOURCES = ['src/renderer/**/*.{js,jsx,ts,tsx}']

export default defineConfig([
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'tests/artifacts/',
    'src/main/store/migrations/'
  ]),
  { files: ALL_SOURCES, extends: [js.configs.recommended] },
  { files: TS_SOURCES, extends: [tseslint.configs.recommended] },
  {
    files: ALL_SOURCES,
    ignores: RENDERER_SOURCES,
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: RENDERER_SOURCES,
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ALL_SOURCES,
    plugins: { counterdesk: { rules: { layers: layersRule } } },
    rules: { 'counterdesk/layers': 'error' }
  },
  {
    files: TS_SOURCES,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        {
          'ts-ignore': true,
          'ts-nocheck': true,
          'ts-check': false,
          'ts-expect-error': 'allow-with-description',
          minimumDescriptionLength: 10
        }
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
      ]
    }
  }
])
