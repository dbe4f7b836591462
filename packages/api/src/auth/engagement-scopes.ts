/**
 * Scope helpers for engagement data, used as `authScopes` of types and mutation fields:
 * an engagement (or a row that belongs to one) is visible to members of its organization; who may
 * change it, see real names and restricted notes depends on roles (see `scopes.ts`).
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
 * Field scopes of a mutation on an engagement: who may change it (`engagementWriter`, see
 * `scopes.ts`). An engagement the viewer cannot see (unknown, or of another organization: the
 * loader runs on the tenant-guarded client) only needs authentication, so the resolver answers
 * with the same typed NotFoundError in both cases; its reads run on the guarded client too.
 */
export async function engagementWriterScopes(engagementId: string, ctx: ApiContext) {
  const organizationId = await ctx.loaders.engagementOrganization.load(engagementId)
  return organizationId ? { engagementWriter: engagementId } : { authenticated: true }
}

/** Field scopes that reveal interviewees' real names: the engagement's assessors. */
export function engagementAssessorScopes(row: { engagementId: string }) {
  return { engagementAssessor: row.engagementId }
}
