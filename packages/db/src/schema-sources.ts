/**
 * One model definition, two provider schemas: reads `prisma/models/*.prisma` and renders the
 * committed copies `prisma/{sqlite,postgres}/schema.prisma`. Prisma allows one provider per schema
 * (prisma/prisma#3834), so the copies differ only in their header.
 *
 * @packageDocumentation
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Engine, getEngineFolder, getPrismaDir } from './engine.js'

/** A model file's name (relative to `prisma/models`) and its text. */
export interface ModelSource {
  name: string
  text: string
}

/** Reads the model files in file-name order, so the rendered copies are stable. */
export async function readModelSources(prismaDir = getPrismaDir()): Promise<ModelSource[]> {
  const dir = join(prismaDir, 'models')
  const names = (await readdir(dir)).filter((name) => name.endsWith('.prisma')).sort()
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
  )
}

/** Renders the schema of one engine: a generated-file notice, generator, datasource, models. */
export function renderEngineSchema(engine: Engine, models: readonly ModelSource[]): string {
  const folder = getEngineFolder(engine)
  const provider = engine === 'sqlite' ? 'sqlite' : 'postgresql'
  // PostgreSQL only: `relationJoins` lets the query compiler load nested relations in the same
  // statement (LATERAL joins + JSON aggregation) instead of one statement per relation, and most
  // of an API request's CPU follows its number of statements (docs/performance.md, issue #8).
  // Prisma implements the join strategy for PostgreSQL and MySQL only, so SQLite's copy keeps one
  // statement per relation. A preview feature changes no table, so no migration comes with it.
  const previewFeatures =
    engine === 'postgresql' ? '\n  previewFeatures     = ["relationJoins"]' : ''
  // PostgreSQL only: the "small" build of the query compiler (a WebAssembly module) holds about
  // 30 MiB less in every server process than the default "fast" one, at the same CPU per query
  // once a query shape is compiled and cached (docs/performance.md, issue #18). SQLite's client
  // keeps the default until it is measured the same way.
  const compilerBuild = engine === 'postgresql' ? '\n  compilerBuild       = "small"' : ''
  const header = `// GENERATED from prisma/models/*.prisma by \`pnpm db:migration <name>\`: do not edit.
// It is the schema the migration history of this engine reaches.

generator client {
  provider            = "prisma-client"
  output              = "../../src/generated/${folder}"
  moduleFormat        = "esm"
  importFileExtension = "js"
  runtime             = "nodejs"${compilerBuild}${previewFeatures}
}

datasource db {
  provider = "${provider}"
}
`
  const body = models.map((model) => `\n// ---- ${model.name}\n\n${model.text.trim()}\n`).join('')
  return header + body
}

/** Path of the committed schema copy of an engine. */
export function getEngineSchemaPath(engine: Engine, prismaDir = getPrismaDir()): string {
  return join(prismaDir, getEngineFolder(engine), 'schema.prisma')
}
