/**
 * Which data a bench database holds: a hash of the generator's code (the synthetic seed of
 * `@immd/db`, the migrations, the bench's own evidence writer) and the requested size. A database
 * with the same fingerprint is reused; any other is rebuilt.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Engine, getEngineFolder, getPrismaDir } from '@immd/db/engine'

/** Bump when the bench's data layout changes without a code change the hash would see. */
const DATA_LAYOUT = 1

const require = createRequire(import.meta.url)

/** The fingerprint of a data set of `engagements` synthetic engagements on `engine`. */
export function dataFingerprint(engine: Engine, engagements: number): string {
  const hash = createHash('sha256')
  hash.update(`${DATA_LAYOUT}:${engine}:${engagements}`)
  for (const module of ['@immd/db/seed/synthetic-rows', '@immd/db/seed/synthetic']) {
    hash.update(readFileSync(require.resolve(module)))
  }
  hash.update(readFileSync(fileURLToPath(new URL('./evidence.ts', import.meta.url))))
  const migrations = join(getPrismaDir(), getEngineFolder(engine), 'migrations')
  hash.update(readdirSync(migrations).sort().join(','))
  return hash.digest('hex').slice(0, 16)
}
