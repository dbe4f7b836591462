/**
 * Per-request DataLoaders for what Prisma's query folding cannot do: method definitions (built-in
 * data or a JSON column), the organization of an engagement and the viewer's role on its team (for
 * authorization), and the result history across re-assessments (a walk up `previousEngagementId`).
 *
 * @packageDocumentation
 */
import type { Locale } from '@immd/core/locale'
import { localizeMethod } from '@immd/core/localization'
import type { MethodDefinition } from '@immd/core/method-types'
import type { ResultSnapshot } from '@immd/db/generated/sqlite/client'
import DataLoader from 'dataloader'
import { createCohortLoader } from './analytics/cohort-loader.js'
import type { Viewer } from './auth/viewer.js'
import type { ApiPrismaClient } from './database.js'
import { loadRatingsByDriver, type RatingsByDriver } from './engagements/driver-evidence.js'
import { createGatesLoader } from './engagements/gates.js'
import { loadMethodsByVersion } from './methods.js'

/** How many predecessors the history follows at most (guards against a corrupted cycle). */
export const MAX_HISTORY_DEPTH = 50

/** The key of a method in one language. */
export interface LocalizedMethodKey {
  version: string
  locale: Locale
}

/**
 * Creates fresh loaders for one request. `prisma` is the request's tenant-guarded client, so an
 * engagement of another organization loads as null, exactly like one that does not exist.
 */
export function createLoaders(prisma: ApiPrismaClient, viewer: Viewer) {
  const methodByVersion = new DataLoader<string, MethodDefinition | null>((versions) =>
    loadMethodsByVersion(prisma, versions),
  )
  return {
    /** Version → the English method: what scoring, gates and every write work with. */
    methodByVersion,
    /**
     * (version, locale) → the method with its texts in that locale, for display only. The locale is
     * part of the cache key, so one request can never get a method in another language from it.
     */
    localizedMethod: new DataLoader<LocalizedMethodKey, MethodDefinition | null, string>(
      async (keys) => {
        const methods = await methodByVersion.loadMany(keys.map((key) => key.version))
        return methods.map((method, i) => {
          if (method instanceof Error) return method
          const locale = keys[i]?.locale ?? 'en'
          return method === null ? null : localizeMethod(method, locale)
        })
      },
      { cacheKeyFn: (key) => `${key.locale}:${key.version}` },
    ),
    /** Engagement id → activity gates (see `engagements/gates.ts`). */
    engagementGates: createGatesLoader(prisma, { methodByVersion }),
    /** Engagement id → organization id; primed whenever an engagement row is loaded. */
    engagementOrganization: new DataLoader<string, string | null>(async (ids) => {
      const rows = await prisma.engagement.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, organizationId: true },
      })
      const byId = new Map(rows.map((row) => [row.id, row.organizationId]))
      return ids.map((id) => byId.get(id) ?? null)
    }),
    /** Engagement id → its method version; primed like the organization. */
    engagementMethodVersion: new DataLoader<string, string | null>(async (ids) => {
      const rows = await prisma.engagement.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, methodVersion: true },
      })
      const byId = new Map(rows.map((row) => [row.id, row.methodVersion]))
      return ids.map((id) => byId.get(id) ?? null)
    }),
    /** Engagement id → the viewer's role on its team (EngagementMember.role), or null. */
    engagementTeamRole: new DataLoader<string, string | null>(async (ids) => {
      if (viewer.kind !== 'user') return ids.map(() => null)
      const rows = await prisma.engagementMember.findMany({
        where: { userId: viewer.userId, engagementId: { in: [...ids] } },
        select: { engagementId: true, role: true },
      })
      const byId = new Map(rows.map((row) => [row.engagementId, row.role]))
      return ids.map((id) => byId.get(id) ?? null)
    }),
    /** Engagement id → result snapshots of it and its predecessors, oldest first. */
    resultHistory: new DataLoader<string, ResultSnapshot[]>((ids) => loadHistory(prisma, ids)),
    /** Cohort (organization, attributes, method version, scope) → its counts; scopes share a statement. */
    cohortCounts: createCohortLoader(prisma),
    /** Engagement id → interviewee ratings per driver (one aggregate statement per batch). */
    driverRatings: new DataLoader<string, RatingsByDriver>((ids) =>
      loadRatingsByDriver(prisma, ids),
    ),
  }
}

export type Loaders = ReturnType<typeof createLoaders>

async function loadHistory(
  prisma: ApiPrismaClient,
  ids: readonly string[],
): Promise<ResultSnapshot[][]> {
  const previous = new Map<string, string | null>()
  let frontier = [...new Set(ids)]
  // One query per generation of re-assessments, for all requested engagements at once.
  for (let depth = 0; frontier.length > 0 && depth < MAX_HISTORY_DEPTH; depth += 1) {
    const rows = await prisma.engagement.findMany({
      where: { id: { in: frontier } },
      select: { id: true, previousEngagementId: true },
    })
    for (const row of rows) previous.set(row.id, row.previousEngagementId)
    frontier = rows
      .map((row) => row.previousEngagementId)
      .filter((id): id is string => id !== null && !previous.has(id))
  }
  const chains = ids.map((id) => {
    const chain: string[] = []
    for (let at: string | null | undefined = id; at && !chain.includes(at); at = previous.get(at)) {
      chain.push(at)
    }
    return chain
  })
  const snapshots = await prisma.resultSnapshot.findMany({
    where: { engagementId: { in: [...new Set(chains.flat())] } },
    orderBy: [{ computedAt: 'asc' }, { id: 'asc' }],
  })
  return chains.map((chain) => snapshots.filter((s) => chain.includes(s.engagementId)))
}
