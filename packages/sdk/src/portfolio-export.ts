/**
 * The whole portfolio in one streamed request: `GET /exports/engagements.ndjson` (or `.csv`)
 * instead of a page of the `engagements` connection per 100 rows. Same credentials, filter and
 * order as the connection; rows carry the values GraphQL returns (Relay ids, enum names).
 *
 * @example
 * ```ts
 * import { exportPortfolio } from '@immd/sdk/portfolio-export'
 *
 * for await (const row of exportPortfolio(client, { filter: { band: ['LOW', 'BORDERLINE'] } })) {
 *   console.log(row.title, row.latestBand, row.team?.shortName)
 * }
 * ```
 *
 * @packageDocumentation
 */
import type { GetOptions, ImmdClient } from './client.js'
import type {
  Band,
  EngagementFilter,
  EngagementOrder,
  EngagementState,
} from './generated/graphql.js'

/** One exported engagement: the connection's `EngagementListItem` fields plus the team's name. */
export interface PortfolioExportRow {
  /** The Relay global id, as `engagements` and `engagement(id)` use it. */
  id: string
  title: string
  imcId: string | null
  state: EngagementState
  methodVersion: string
  successThreshold: Band | null
  latestTotal: number | null
  latestBand: Band | null
  /** Coverage of the latest result: drivers in its scored set, of the method's drivers. */
  latestScoredDrivers: number | null
  latestMethodDrivers: number | null
  plannedStart: string | null
  plannedEnd: string | null
  createdAt: string
  updatedAt: string
  organization: { id: string; slug: string; name: string }
  team: { id: string; shortName: string; officialName: string | null } | null
}

/** The formats of the export endpoint. */
export type PortfolioExportFormat = 'ndjson' | 'csv'

/** What to export: the connection's `filter` and `orderBy` (default: last changed first). */
export interface PortfolioExportOptions {
  filter?: EngagementFilter
  orderBy?: EngagementOrder
  signal?: AbortSignal
}

/** The export's path, relative to the GraphQL endpoint's folder. */
export function portfolioExportPath(format: PortfolioExportFormat): string {
  return `exports/engagements.${format}`
}

/** The filter and order as the export's query-string parameters. */
export function portfolioExportQuery(
  options: Pick<PortfolioExportOptions, 'filter' | 'orderBy'>,
): Record<string, string> {
  const query: Record<string, string> = {}
  const { filter, orderBy } = options
  if (filter?.organizationId) query.organizationId = String(filter.organizationId)
  if (filter?.state?.length) query.state = filter.state.join(',')
  if (filter?.band?.length) query.band = filter.band.join(',')
  if (filter?.threshold?.length) query.threshold = filter.threshold.join(',')
  if (filter?.search) query.search = filter.search
  if (filter?.updatedAfter) query.updatedAfter = filter.updatedAfter
  if (orderBy) {
    query.orderBy = orderBy.field
    if (orderBy.direction) query.direction = orderBy.direction
  }
  return query
}

/** A started download: its bytes, and how the server names the file. */
export interface PortfolioDownload {
  body: ReadableStream<Uint8Array>
  contentType: string
  fileName: string
}

/** Starts the export in a format and returns its byte stream (save it as it arrives). */
export async function downloadPortfolio(
  client: ImmdClient,
  options: PortfolioExportOptions & { format: PortfolioExportFormat },
): Promise<PortfolioDownload> {
  const request: GetOptions = { query: portfolioExportQuery(options), signal: options.signal }
  const response = await client.get(portfolioExportPath(options.format), request)
  const fileName =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    `immd-portfolio.${options.format}`
  return {
    body: response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() }),
    contentType: response.headers.get('content-type') ?? '',
    fileName,
  }
}

/**
 * Every engagement the credentials can read (filtered and ordered like the connection), one row
 * at a time as the NDJSON stream arrives: memory holds one network chunk, not the portfolio.
 * Breaking out of the loop cancels the download.
 */
export async function* exportPortfolio(
  client: ImmdClient,
  options: PortfolioExportOptions = {},
): AsyncGenerator<PortfolioExportRow, void, undefined> {
  const { body } = await downloadPortfolio(client, { ...options, format: 'ndjson' })
  const reader = body.getReader()
  // `stream: true` keeps a multi-byte character split between network chunks for the next one.
  const decoder = new TextDecoder()
  let rest = ''
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      const lines = (rest + decoder.decode(value, { stream: true })).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) {
        if (line.trim()) yield JSON.parse(line) as PortfolioExportRow
      }
    }
    rest += decoder.decode()
    if (rest.trim()) yield JSON.parse(rest) as PortfolioExportRow
  } finally {
    // Ends the request early when the consumer stops (no-op once the stream is done).
    await reader.cancel().catch(() => {})
  }
}
