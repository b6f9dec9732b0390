#!/usr/bin/env node
// Entry of the `counterdesk` command (and of `npm start`). Builds once if out/main/cli.js is
// missing, then hands the arguments to the CLI bundle and exits with its code.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const packageRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const cliBundle = path.join(packageRoot, 'out', 'main', 'cli.js')

function buildOnce() {
  process.stderr.write('首次运行：正在构建程序（electron-vite build）……\n')
  // The build's own output goes to stderr, so stdout stays for what scripts read (COUNTERDESK_URL=…).
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: packageRoot,
    stdio: ['inherit', 2, 2],
    shell: process.platform === 'win32'
  })
  if (result.error) {
    process.stderr.write(`构建失败：无法运行 npx（${result.error.message}）。\n`)
    return false
  }
  if (result.status !== 0) {
    process.stderr.write(`构建失败（退出码 ${result.status ?? result.signal}）。请查看上面的输出，修正后重试：npm run build\n`)
    return false
  }
  if (!existsSync(cliBundle)) {
    process.stderr.write(`构建完成，但没有生成 ${path.relative(packageRoot, cliBundle)}。请检查 electron.vite.config.ts 中的 cli 入口。\n`)
    return false
  }
  return true
}

if (!existsSync(cliBundle) && !buildOnce()) {
  process.exitCode = 1
} else {
  const require = createRequire(import.meta.url)
  const cli = require(cliBundle)
  if (typeof cli.main !== 'function') {
    process.stderr.write(`${cliBundle} 没有导出 main 函数，请重新构建：npm run build\n`)
    process.exitCode = 1
  } else {
    process.exitCode = await cli.main(process.argv.slice(2))
  }
}
