/**
 * The portfolio: a page of 100 engagements with state, band, total, threshold and team, newest
 * change first, with the total count; and the export: every engagement of the portfolio in the
 * same order (pages of 100 on the Relay APIs, whose pages stop there; one request elsewhere).
 *
 * @packageDocumentation
 */
import { enumName, items, rawId } from './canonical.js'

/** Fields of one portfolio row, in the GraphQL selection of our API and the naive server. */
const ROW = 'id title state latestBand latestTotal successThreshold team { shortName }'

export const PORTFOLIO_QUERY = `query Portfolio {
  engagements(first: 100, orderBy: { field: UPDATED_AT, direction: DESC }) {
    totalCount edges { node { ${ROW} } }
  }
}`

export const EXPORT_PAGE_QUERY = `query ExportPage($after: String) {
  engagements(first: 100, after: $after, orderBy: { field: UPDATED_AT, direction: DESC }) {
    pageInfo { hasNextPage endCursor } edges { node { ${ROW} } }
  }
}`

const PGL_ROW =
  'rowId title state latestBand latestTotal successThreshold teamByTeamId { shortName }'

export const PGL_PORTFOLIO_QUERY = `{
  allEngagements(first: 100, orderBy: [UPDATED_AT_DESC, PRIMARY_KEY_DESC]) {
    totalCount nodes { ${PGL_ROW} }
  }
}`

export const PGL_EXPORT_QUERY = `{
  allEngagements(orderBy: [UPDATED_AT_DESC, PRIMARY_KEY_DESC]) { nodes { ${PGL_ROW} } }
}`

/** One row in the compared shape. */
export interface PortfolioRow {
  id: string
  title: string
  state: string | null
  latestBand: string | null
  latestTotal: number | null
  successThreshold: string | null
  team: string | null
}

/** A row of any contender in the compared shape. */
export function canonicalRow(node: Record<string, unknown>): PortfolioRow {
  const team = (node.team ?? node.teamByTeamId) as { shortName: string } | null
  return {
    id: rawId(node.rowId ?? node.id),
    title: String(node.title),
    state: enumName(node.state),
    latestBand: enumName(node.latestBand),
    latestTotal: (node.latestTotal as number | null) ?? null,
    successThreshold: enumName(node.successThreshold),
    team: team?.shortName ?? null,
  }
}

/** A portfolio page in the compared shape. */
export function canonicalPage(connection: unknown) {
  const value = connection as { totalCount: number }
  return { totalCount: value.totalCount, rows: items(connection).map(canonicalRow) }
}
