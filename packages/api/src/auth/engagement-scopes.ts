/**
 * Scope helpers for engagement data, used as `authScopes` of types and mutation fields:
 * an engagement (or a row that belongs to one) is visible to members of its organization.
 *
 * @packageDocumentation
 */
import type { ApiContext } from '../context.js'

/** Type scopes of an Engagement row; primes the loaders its children read (no query for them). */
export function engagementScopes(
  row: { id: string; organizationId: string; methodVersion: string },
  ctx: ApiContext,
) {
  ctx.loaders.engagementOrganization.prime(row.id, row.organizationId)
  ctx.loaders.engagementMethodVersion.prime(row.id, row.methodVersion)
  return { member: row.organizationId }
}

/** Type scopes of a row that belongs to an engagement (batched, usually primed: no query). */
export async function engagementChildScopes(row: { engagementId: string }, ctx: ApiContext) {
  const organizationId = await ctx.loaders.engagementOrganization.load(row.engagementId)
  return organizationId ? { member: organizationId } : false
}

/**
 * Field scopes of a mutation on an engagement: writers of its organization. An unknown engagement
 * only needs authentication, so the resolver can answer with a typed NotFoundError.
 */
export async function engagementWriterScopes(engagementId: string, ctx: ApiContext) {
  const organizationId = await ctx.loaders.engagementOrganization.load(engagementId)
  return organizationId ? { writer: organizationId } : { authenticated: true }
}
