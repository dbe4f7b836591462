#!/usr/bin/env node
// `pnpm immd …` from a checkout: pnpm finds no root script of that name and runs this bin the way
// `pnpm exec` does, with no `> pkg script` banner. It hands over to scripts/run.mjs, which builds
// the CLI with all build output on stderr, so `pnpm immd … --json > file` holds only the JSON.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const runner = join(dirname(fileURLToPath(import.meta.url)), '..', 'run.mjs')
const result = spawnSync(process.execPath, [runner, 'immd', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
if (result.error) {
  console.error(`immd: could not start ${runner}: ${result.error.message}`)
  process.exit(1)
}
process.exit(result.status ?? 1)
