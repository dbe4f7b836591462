#!/usr/bin/env node
// `generate` task: runs `prisma generate` for both engine schemas into src/generated/{sqlite,postgres}.
// Offline trick: `prisma generate` downloads the native schema engine unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file; generation never runs it, so any file will do
// (we point at this script). Two clients, because a generated client embeds its provider's query
// compiler and refuses an adapter of the other provider.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const prismaCli = join(
  dirname(createRequire(import.meta.url).resolve('prisma/package.json')),
  'build/index.js',
)
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY || fileURLToPath(import.meta.url),
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
}

// `--if-stale` (used by `build`): skip a client that is newer than its schema, so a plain
// `pnpm --filter @immd/db build` works from a clean clone without regenerating every time.
const ifStale = process.argv.includes('--if-stale')

for (const folder of ['sqlite', 'postgres']) {
  const schema = join('prisma', folder, 'schema.prisma')
  const client = join(packageDir, 'src', 'generated', folder, 'client.ts')
  if (
    ifStale &&
    existsSync(client) &&
    statSync(client).mtimeMs > statSync(join(packageDir, schema)).mtimeMs
  ) {
    continue
  }
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
    cwd: packageDir,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '')
    console.error(`generate: prisma generate failed for ${schema}`)
    process.exit(result.status ?? 1)
  }
  console.log(`generate: client for ${folder} -> src/generated/${folder}`)
}
