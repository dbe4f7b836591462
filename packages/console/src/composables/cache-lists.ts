/**
 * Adds a created object to the engagement's list in Apollo's cache from the write's payload, so a
 * page shows it without refetching. Only for lists the API orders oldest first (data items,
 * documents, scope entries, checklist items, lessons, improvements, communications): a new object
 * belongs at the end. A list cut at its page size (`first: N`, "100 of N" on screen) only counts
 * one more; the new object is past the page, as the server would answer.
 */
import type { ApolloCache, Reference } from '@apollo/client/core'

/** An object of a payload as the cache knows it (selected with its fragment). */
export interface CachedNode {
  __typename: string
  id: string
}

interface Connection {
  __typename?: string
  totalCount?: number
  edges?: { __typename?: string; node?: Reference }[]
}

/** The arguments of a cached field (`dataItems({"first":100})` → `{ first: 100 }`). */
export function parseFieldArguments(storeFieldName: string): Record<string, unknown> {
  const open = storeFieldName.indexOf('(')
  if (open < 0) return {}
  try {
    return JSON.parse(storeFieldName.slice(open + 1, -1)) as Record<string, unknown>
  } catch {
    return {}
  }
}

/**
 * Appends `node` to every cached page of `field` on the engagement that is unfiltered (its only
 * argument is the page size): a filtered page (`dataItems(driverId: …)`) may or may not contain it.
 */
export function appendToEngagementList(
  cache: ApolloCache<unknown>,
  engagementId: string,
  field: string,
  node: CachedNode,
) {
  const id = cache.identify({ __typename: 'Engagement', id: engagementId })
  if (!id) return
  const edgeTypename = `Engagement${field[0]?.toUpperCase()}${field.slice(1)}ConnectionEdge`
  cache.modify({
    id,
    fields: {
      [field]: (value, { storeFieldName, readField, toReference }) => {
        const connection = value as Connection | null
        const args = parseFieldArguments(storeFieldName)
        const filtered = Object.keys(args).some((key) => key !== 'first')
        if (!connection || !Array.isArray(connection.edges) || filtered) return value
        const edges = connection.edges
        if (edges.some((edge) => edge.node && readField('id', edge.node) === node.id)) return value
        const reference = toReference({ __typename: node.__typename, id: node.id })
        if (!reference) return value
        const pageSize = typeof args.first === 'number' ? args.first : Number.POSITIVE_INFINITY
        const complete =
          typeof connection.totalCount !== 'number' || edges.length >= connection.totalCount
        const next: Connection = { ...connection }
        if (complete && edges.length < pageSize) {
          next.edges = [...edges, { __typename: edgeTypename, node: reference }]
        }
        if (typeof connection.totalCount === 'number') next.totalCount = connection.totalCount + 1
        return next
      },
    },
  })
}

/**
 * An `update` of `useWrite` that appends the payload's `key` object (e.g. `dataItem`) to the
 * engagement's `field` list (e.g. `dataItems`); the payload selects `engagement { id }`.
 */
export function appendCreated(field: string, key: string) {
  return (cache: ApolloCache<unknown>, payload: Record<string, unknown>) => {
    const node = payload[key] as CachedNode | null | undefined
    const engagement = payload.engagement as { id?: string } | null | undefined
    if (node?.id && node.__typename && engagement?.id) {
      appendToEngagementList(cache, engagement.id, field, node)
    }
  }
}
