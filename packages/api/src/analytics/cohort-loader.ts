/**
 * Batches the cohort counts of one request: the results page asks for an engagement's benchmark
 * in its own organization and across organizations in one GraphQL query, and both fields'
 * requests for the same cohort (organization, attributes, method version) become one statement
 * (`@immd/db/analytics/cohort-counts`) that counts every requested scope.
 *
 * @packageDocumentation
 */
import {
  type CohortCountsResult,
  type CohortQuery,
  type CohortScope,
  loadCohortCounts,
} from '@immd/db/analytics/cohort-counts'
import DataLoader from 'dataloader'
import type { ApiPrismaClient } from '../database.js'

/** One cohort in one scope. */
export type CohortKey = Omit<CohortQuery, 'scopes'> & { scope: CohortScope }

/** A scope's counts and whether the requester's organization opted in. */
export interface ScopedCounts {
  optedIn: boolean
  counts: CohortCountsResult
}

/** The cohort without its scope: requests that differ only in scope share a statement. */
const cohortOf = (key: CohortKey) =>
  JSON.stringify([
    key.organizationId,
    key.methodVersion,
    key.organizationalModel ?? null,
    key.country ?? null,
    key.constituency ?? null,
    key.sizeBand ?? null,
  ])

const EMPTY: CohortCountsResult = {
  cohort: { engagements: 0, organizations: 0 },
  totals: { engagements: 0, organizations: 0, bins: [] },
  drivers: [],
}

/** Creates the request's loader of cohort counts (one statement per distinct cohort). */
export function createCohortLoader(prisma: ApiPrismaClient) {
  return new DataLoader<CohortKey, ScopedCounts, string>(
    async (keys) => {
      const groups = new Map<string, { query: CohortQuery; scopes: Set<CohortScope> }>()
      for (const key of keys) {
        const id = cohortOf(key)
        const { scope, ...query } = key
        const group = groups.get(id) ?? { query: { ...query, scopes: [] }, scopes: new Set() }
        group.scopes.add(scope)
        groups.set(id, group)
      }
      const loaded = new Map(
        await Promise.all(
          [...groups.entries()].map(
            async ([id, group]) =>
              [
                id,
                await loadCohortCounts({ prisma }, { ...group.query, scopes: [...group.scopes] }),
              ] as const,
          ),
        ),
      )
      return keys.map((key) => {
        const result = loaded.get(cohortOf(key))
        return { optedIn: result?.optedIn ?? false, counts: result?.scopes[key.scope] ?? EMPTY }
      })
    },
    { cacheKeyFn: (key) => `${key.scope}|${cohortOf(key)}` },
  )
}
