/**
 * Stored method definitions: the built-in `immd-1.0` and tailored copies (PRA6).
 *
 * @packageDocumentation
 */
import { getBuiltInMethod } from '@immd/core/method'
import type { MethodDefinition } from '@immd/core/method-types'
import type { DbExecutor } from './client.js'
import { NotFoundError } from './errors.js'
import type { MethodDefinition as MethodDefinitionRow } from './generated/sqlite/client.js'
import { toJsonValue } from './json.js'

/** Options for {@link saveMethodDefinition}. */
export interface SaveMethodDefinitionOptions {
  /** Owner of a tailored copy; null for built-in methods. */
  organizationId?: string | null
  createdById?: string | null
}

/**
 * Stores a method definition under its version id, or returns the stored row when that version
 * exists already. Versions are immutable: a changed definition needs a new version id.
 */
export async function saveMethodDefinition(
  db: DbExecutor,
  method: MethodDefinition,
  options: SaveMethodDefinitionOptions = {},
): Promise<MethodDefinitionRow> {
  return db.methodDefinition.upsert({
    where: { version: method.version },
    update: {},
    create: {
      version: method.version,
      basedOn: method.basedOn,
      name: method.name,
      definition: toJsonValue(method),
      organizationId: options.organizationId ?? null,
      createdById: options.createdById ?? null,
    },
  })
}

/**
 * Finds the stored row of a method version, storing a built-in method (e.g. `immd-1.0`) on first
 * use so a fresh database needs no seed to create engagements.
 *
 * @throws NotFoundError when the version is neither stored nor built in.
 */
export async function resolveMethodDefinition(
  db: DbExecutor,
  version: string,
): Promise<MethodDefinitionRow> {
  const stored = await db.methodDefinition.findUnique({ where: { version } })
  if (stored) return stored
  const builtIn = getBuiltInMethod(version)
  if (!builtIn) throw new NotFoundError('MethodDefinition', { version })
  return saveMethodDefinition(db, builtIn)
}

/** The definition stored in a row, typed. */
export function readMethodDefinition(
  row: Pick<MethodDefinitionRow, 'definition'>,
): MethodDefinition {
  return row.definition as unknown as MethodDefinition
}
