/**
 * What the scaling mode asks our API, per data size: the console's own portfolio query (copied
 * from `packages/console/src/pages/PortfolioPage.vue` and its `PortfolioEngagement` fragment, the
 * document the console sends), a page deep in a cursor walk, sorted and searched pages, the
 * engagement detail, the streamed export, and a cheap `viewer` query.
 *
 * @packageDocumentation
 */
import { DETAIL_QUERY } from '../operations/detail.js'

/** The console's portfolio page (20 rows, each with its latest result snapshot). */
export const CONSOLE_PORTFOLIO_QUERY = `query Portfolio($organizationId: ID!, $filter: EngagementFilter,
  $orderBy: EngagementOrder, $first: Int, $after: String, $last: Int, $before: String) {
  organization: node(id: $organizationId) { id ... on Organization { name } }
  engagements(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id ...PortfolioEngagement } }
  }
}
fragment PortfolioEngagement on Engagement {
  id title imcId state latestBand latestTotal successThreshold updatedAt
  resultSnapshots(first: 1) { edges { node { id differential } } }
}`

/** Only the cursors: how the scaling mode walks to a deep page. */
export const CURSOR_WALK_QUERY = `query Walk($after: String) {
  engagements(first: 100, after: $after, orderBy: { field: UPDATED_AT, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
  }
}`

/** The cheapest authenticated query: what another user's click costs while detail loads run. */
export const VIEWER_QUERY = 'query Viewer { viewer { __typename } }'

export { DETAIL_QUERY }

/** A request of the scaling mode. */
export interface ScalingRequest {
  path: string
  method: 'GET' | 'POST'
  body?: string
}

export const graphqlRequest = (query: string, variables: Record<string, unknown> = {}) =>
  ({ path: '/graphql', method: 'POST', body: JSON.stringify({ query, variables }) }) as const

export const relayId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')
