/**
 * The single-request read operations, as each contender is asked for them: our API and the naive
 * server take the same GraphQL document, PostGraphile its own names, the limit a plain route.
 *
 * @packageDocumentation
 */
import type { Contender, ContenderName } from '../contenders/launch.js'
import type { BenchData } from '../data/bench-data.js'
import type { BenchRequest } from '../load.js'
import { dig } from './canonical.js'
import { canonicalDetail, DETAIL_QUERY, PGL_DETAIL_QUERY } from './detail.js'
import { canonicalPage, PGL_PORTFOLIO_QUERY, PORTFOLIO_QUERY } from './portfolio.js'

/** A read operation of one request per user action. */
export interface ReadOperation {
  id: 'portfolio' | 'detail'
  title: string
  request(contender: Contender, data: BenchData): BenchRequest
  /** The response in the shape every contender is compared in. */
  canonical(name: ContenderName, response: unknown): unknown
}

const graphql = (base: string, data: BenchData, query: string, variables = {}): BenchRequest => ({
  url: `${base}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
  body: JSON.stringify({ query, variables }),
})

const route = (base: string, data: BenchData, path: string): BenchRequest => ({
  url: `${base}${path}`,
  method: 'GET',
  headers: { authorization: `Bearer ${data.token}` },
})

const relayId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')

export const PORTFOLIO: ReadOperation = {
  id: 'portfolio',
  title: 'Portfolio page (100 engagements, total count)',
  request: ({ name, base }, data) => {
    if (name === 'limit') return route(base, data, '/portfolio')
    return graphql(base, data, name === 'postgraphile' ? PGL_PORTFOLIO_QUERY : PORTFOLIO_QUERY)
  },
  canonical: (name, response) =>
    canonicalPage(
      dig(response, 'data', name === 'postgraphile' ? 'allEngagements' : 'engagements'),
    ),
}

export const DETAIL: ReadOperation = {
  id: 'detail',
  title: 'Engagement detail (every worksheet)',
  request: ({ name, base }, data) => {
    const id = data.detailEngagementId
    if (name === 'limit') return route(base, data, `/detail?id=${id}`)
    if (name === 'postgraphile') return graphql(base, data, PGL_DETAIL_QUERY, { id })
    return graphql(base, data, DETAIL_QUERY, { id: relayId('Engagement', id) })
  },
  canonical: (_name, response) => canonicalDetail(dig(response, 'data', 'engagement')),
}
