/**
 * Method definitions by version: the built-in ones from `@immd/core`, tailored ones from
 * `MethodDefinition` rows (their `definition` column holds the full core definition).
 *
 * @packageDocumentation
 */

import type { Locale } from '@immd/core/locale'
import { getBuiltInMethod, listBuiltInMethods } from '@immd/core/method'
import type { MethodDefinition } from '@immd/core/method-types'
import type { ApiPrismaClient, ApiTransaction } from './database.js'

/** Loads methods by version in one query (none when every version is built in). */
export async function loadMethodsByVersion(
  prisma: ApiPrismaClient | ApiTransaction,
  versions: readonly string[],
): Promise<(MethodDefinition | null)[]> {
  const stored = versions.filter((version) => !getBuiltInMethod(version))
  const rows =
    stored.length === 0
      ? []
      : await prisma.methodDefinition.findMany({
          where: { version: { in: [...new Set(stored)] } },
          select: { version: true, definition: true },
        })
  const byVersion = new Map(rows.map((row) => [row.version, row.definition as unknown]))
  return versions.map(
    (version) =>
      getBuiltInMethod(version) ?? (byVersion.get(version) as MethodDefinition | undefined) ?? null,
  )
}

/** Loads an engagement's method through the request's loader; a missing one is corrupt data. */
export async function requireMethod(
  loaders: { methodByVersion: { load(version: string): Promise<MethodDefinition | null> } },
  version: string,
): Promise<MethodDefinition> {
  const method = await loaders.methodByVersion.load(version)
  if (!method) throw new Error(`Method ${version} is neither built in nor stored.`)
  return method
}

/**
 * Loads an engagement's method with its texts in `locale`, for what a response shows (names,
 * questions, prompts); scoring and writes use {@link requireMethod}, the English original.
 */
export async function requireLocalizedMethod(
  loaders: {
    localizedMethod: {
      load(key: { version: string; locale: Locale }): Promise<MethodDefinition | null>
    }
  },
  version: string,
  locale: Locale,
): Promise<MethodDefinition> {
  const method = await loaders.localizedMethod.load({ version, locale })
  if (!method) throw new Error(`Method ${version} is neither built in nor stored.`)
  return method
}

/** The built-in methods, oldest first. */
export function listBuiltIns(): MethodDefinition[] {
  return listBuiltInMethods()
}
