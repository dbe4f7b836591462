/**
 * The two database engines and how a `DATABASE_URL` selects one.
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The database engines the data layer runs on. */
export type Engine = 'sqlite' | 'postgresql'

/** Both engines, in the order test suites and scripts iterate them. */
export const ENGINES: readonly Engine[] = ['sqlite', 'postgresql']

/**
 * Where the embedded database lives when `DATABASE_URL` is unset: `data/immd.db` under the
 * workspace root (the nearest folder with a `pnpm-workspace.yaml`, else the working directory), so
 * `pnpm db:migrate`, `pnpm db:seed` and `pnpm start` share one file whatever package they run in.
 */
export const DEFAULT_DATABASE_PATH = 'data/immd.db'

/** The folder the default database path is relative to. */
export function findWorkspaceRoot(from: string = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir
    if (dirname(dir) === dir) return resolve(from)
  }
}

/** A database URL together with the engine it selects. */
export interface ResolvedDatabaseUrl {
  engine: Engine
  url: string
}

/**
 * Picks the engine for a URL: `postgres://` / `postgresql://` select PostgreSQL, `file:` (or no
 * URL at all) selects the embedded SQLite database. Relative `file:` paths are relative to the
 * working directory; no URL means `data/immd.db` in the workspace root.
 *
 * @throws Error for any other scheme, naming the two accepted forms.
 */
export function resolveDatabaseUrl(
  url: string | undefined = process.env.DATABASE_URL,
): ResolvedDatabaseUrl {
  const value = url?.trim() || `file:${join(findWorkspaceRoot(), DEFAULT_DATABASE_PATH)}`
  if (/^postgres(ql)?:\/\//i.test(value)) return { engine: 'postgresql', url: value }
  if (value.startsWith('file:')) return { engine: 'sqlite', url: value }
  throw new Error(
    `DATABASE_URL must start with 'file:' (SQLite) or 'postgresql://' (PostgreSQL); got '${value.split(':')[0]}:…'`,
  )
}

/** Folder name under `prisma/` that holds an engine's schema copy and migration history. */
export function getEngineFolder(engine: Engine): 'sqlite' | 'postgres' {
  return engine === 'sqlite' ? 'sqlite' : 'postgres'
}

/** Absolute path of the package's `prisma/` folder (same depth from `src/` and `dist/`). */
export function getPrismaDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'prisma')
}
