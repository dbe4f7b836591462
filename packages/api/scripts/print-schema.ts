/**
 * Second half of the `generate` task: prints the schema as sorted SDL to `schema.graphql`, the
 * committed contract that the console, the SDK and third parties read. `--check` fails instead of
 * writing when the file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { printSortedSchema } from '../src/print-schema.js'

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url))
const printed = printSortedSchema()

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '')
  if (current !== printed) {
    console.error('schema.graphql is stale: run `pnpm --filter @immd/api generate`.')
    process.exit(1)
  }
  console.log('schema.graphql is current.')
} else {
  await writeFile(target, printed)
  console.log('generate: schema -> schema.graphql')
}
