/**
 * `immd engagements list`: the portfolio the token can see (optionally one organization, filtered
 * by state, band or text), every page.
 *
 * @packageDocumentation
 */
import type { ImmdClient } from '@immd/sdk/client'
import type {
  Band,
  EngagementFilter,
  EngagementListItemFragment,
  EngagementState,
} from '@immd/sdk/generated/graphql'
import { collect, iterateEngagements } from '@immd/sdk/paginate'
import { resolveOrganization } from '../connect.js'

/** Options of {@link listEngagements}. */
export interface ListEngagementsOptions {
  client: ImmdClient
  organization?: string | null
  state?: string[]
  band?: string[]
  search?: string
}

/** Lists engagements, ordered by title. */
export async function listEngagements(
  options: ListEngagementsOptions,
): Promise<EngagementListItemFragment[]> {
  const filter: EngagementFilter = {}
  if (options.organization) {
    filter.organizationId = (await resolveOrganization(options.client, options.organization)).id
  }
  if (options.state?.length) {
    filter.state = options.state.map((s) => s.toUpperCase().replaceAll('-', '_') as EngagementState)
  }
  if (options.band?.length) filter.band = options.band.map((b) => b.toUpperCase() as Band)
  if (options.search) filter.search = options.search
  return collect(iterateEngagements(options.client, { filter }))
}
