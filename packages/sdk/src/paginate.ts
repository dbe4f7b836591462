/**
 * Relay pagination helpers: walk every page of a connection as one async iterator.
 *
 * @example
 * ```ts
 * for await (const engagement of iterateEngagements(client, { filter: { organizationId } })) {
 *   console.log(engagement.title, engagement.latestBand)
 * }
 * ```
 *
 * @packageDocumentation
 */
import type { ImmdClient } from './client.js'
import {
  type EngagementFilter,
  type EngagementListItemFragment,
  type EngagementOrder,
  EngagementsPageDocument,
  TeamsPageDocument,
  type TeamsPageQuery,
} from './generated/graphql.js'

/** The part of a Relay connection the helpers read. */
export interface ConnectionPage<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  edges: ReadonlyArray<{ node: TNode }>
}

/**
 * Yields every node of a connection, fetching the next page (`after` = the previous `endCursor`)
 * only when the consumer asks for more.
 */
export async function* paginate<TNode>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<TNode>>,
): AsyncGenerator<TNode, void, undefined> {
  let after: string | null = null
  for (;;) {
    const page: ConnectionPage<TNode> = await fetchPage(after)
    for (const edge of page.edges) yield edge.node
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return
    after = page.pageInfo.endCursor
  }
}

/** The page a null connection stands for. */
const EMPTY_PAGE: ConnectionPage<never> = {
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: [],
}

/** Collects an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = []
  for await (const item of items) result.push(item)
  return result
}

/** Options of {@link iterateEngagements}. */
export interface IterateEngagementsOptions {
  filter?: EngagementFilter
  /** Default: by title, then id, so that concurrent edits do not reorder pages. */
  orderBy?: EngagementOrder
  /** Nodes per request (the API allows at most 100). */
  pageSize?: number
}

/** Every engagement the token can see (optionally filtered), one page per request. */
export function iterateEngagements(
  client: ImmdClient,
  options: IterateEngagementsOptions = {},
): AsyncGenerator<EngagementListItemFragment, void, undefined> {
  const orderBy = options.orderBy ?? { field: 'TITLE', direction: 'ASC' }
  return paginate(async (after) => {
    const data = await client.request(EngagementsPageDocument, {
      first: options.pageSize ?? 100,
      after,
      filter: options.filter,
      orderBy,
    })
    // Null only comes with an error, which the client has thrown already.
    return data.engagements ?? EMPTY_PAGE
  })
}

/** One team record as listed by {@link iterateTeams}. */
export type TeamListItem = NonNullable<TeamsPageQuery['teams']>['edges'][number]['node']

/** Every inventory record (team) of one organization, by short name. */
export function iterateTeams(
  client: ImmdClient,
  options: { organizationId: string; pageSize?: number },
): AsyncGenerator<TeamListItem, void, undefined> {
  return paginate(async (after) => {
    const data = await client.request(TeamsPageDocument, {
      organizationId: options.organizationId,
      first: options.pageSize ?? 100,
      after,
    })
    return data.teams ?? EMPTY_PAGE
  })
}
