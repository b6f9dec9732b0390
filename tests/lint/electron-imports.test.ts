// Runs the repository's real ESLint config on small snippets placed at chosen paths, proving the
// process boundaries are enforced by tooling rather than by convention.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const LAYERS_RULE = 'counterdesk/layers'

let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: repo })
})

/** Messages of the layering rule for `code` as if it lived at `filePath`. */
async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  const messages = result?.messages ?? []
  const fatal = messages.filter((message) => message.fatal)
  expect(fatal, 'snippet must parse').toEqual([])
  return messages.filter((message) => message.ruleId === LAYERS_RULE && message.severity === 2).map((m) => m.message)
}

describe('only the Electron shell imports electron', () => {
  const importApp = "import { app } from 'electron'\nexport const ready = app.isReady()\n"

  it('rejects electron outside the shell, saying why', async () => {
    for (const filePath of [
      'src/main/services/x.ts',
      'src/main/core/x.ts',
      'src/main/store/x.ts',
      'src/main/cli/index.ts',
      'src/shared/contract/x.ts',
      'tests/e2e/x.ts'
    ]) {
      const errors = await layerErrors(importApp, filePath)
      expect(errors, filePath).toHaveLength(1)
      expect(errors[0]).toMatch(/Only the Electron shell/)
    }
  })

  it('accepts electron in the shell', async () => {
    for (const filePath of ['src/main/electron/x.ts', 'src/main/index.ts', 'src/preload/index.ts']) {
      expect(await layerErrors(importApp, filePath), filePath).toEqual([])
    }
  })

  it('also catches require, dynamic import, type imports and electron subpaths', async () => {
    const snippets = [
      "const { app } = require('electron')\nexport default app\n",
      "export async function load() {\n  return import('electron')\n}\n",
      "import type { App } from 'electron'\nexport type A = App\n",
      "export type A = import('electron').App\n",
      "import electron = require('electron')\nexport default electron\n",
      "export { ipcMain } from 'electron/main'\n"
    ]
    for (const code of snippets) {
      expect(await layerErrors(code, 'src/main/services/x.ts'), code).toHaveLength(1)
    }
  })
})

describe('the renderer is a browser page', () => {
  it('rejects Node built-ins', async () => {
    for (const source of ['node:fs', 'fs', 'fs/promises', 'path', 'child_process']) {
      const code = `import * as mod from '${source}'\nexport default mod\n`
      expect(await layerErrors(code, 'src/renderer/src/App.tsx'), source).toHaveLength(1)
    }
  })

  it('rejects main-process code and electron, but accepts the shared contract', async () => {
    const file = 'src/renderer/src/pages/Search.tsx'
    expect(await layerErrors("import { x } from '../../../main/core/app-core'\nexport { x }\n", file)).toHaveLength(1)
    expect(await layerErrors("import { ipcRenderer } from 'electron'\nexport { ipcRenderer }\n", file)).toHaveLength(1)
    expect(await layerErrors("import { channels } from '../../../shared/contract'\nexport { channels }\n", file)).toEqual([])
    expect(await layerErrors("import { useState } from 'react'\nexport { useState }\n", file)).toEqual([])
  })

  it('allows node:fs in main code', async () => {
    expect(await layerErrors("import { readFileSync } from 'node:fs'\nexport { readFileSync }\n", 'src/main/store/x.ts')).toEqual([])
  })
})

describe('the domain core has no UI', () => {
  it('rejects react and MUI in rules, store, services, audit, auth, sync and core', async () => {
    for (const dir of ['rules', 'store', 'services', 'audit', 'auth', 'sync', 'core']) {
      const filePath = `src/main/${dir}/x.ts`
      expect(await layerErrors("import { useState } from 'react'\nexport { useState }\n", filePath), filePath).toHaveLength(1)
      expect(await layerErrors("import Button from '@mui/material/Button'\nexport { Button }\n", filePath), filePath).toHaveLength(1)
    }
  })
})

describe('the sandboxed preload', () => {
  it('may not import Node built-ins or main-process code', async () => {
    expect(await layerErrors("import path from 'node:path'\nexport { path }\n", 'src/preload/index.ts')).toHaveLength(1)
    expect(await layerErrors("import { x } from '../main/core/app-core'\nexport { x }\n", 'src/preload/index.ts')).toHaveLength(1)
  })
})

describe('other project rules', () => {
  it('rejects any and @ts-ignore', async () => {
    const [result] = await eslint.lintText('// @ts-ignore\nexport const x: any = 1\n', { filePath: 'src/main/services/x.ts' })
    const rules = (result?.messages ?? []).map((message) => message.ruleId)
    expect(rules).toContain('@typescript-eslint/no-explicit-any')
    expect(rules).toContain('@typescript-eslint/ban-ts-comment')
  })
})
