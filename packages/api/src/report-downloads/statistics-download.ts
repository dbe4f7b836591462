/**
 * The portfolio statistics download (issue #15): `GET /portfolio-statistics.(csv|xlsx)` with the
 * caller's own credentials and the analytics page's filter as query parameters
 * (`organizationId`, `model`, `size`, `country`, `constituency` (each repeatable), `from`, `to`).
 * XLSX holds the figures and the driver heatmap as two sheets; CSV one of them (`table=statistics`
 * (default) or `table=heatmap`). Aggregates of the caller's own organizations only: the API's
 * `portfolioStatistics` decides what they may see.
 *
 * @packageDocumentation
 */
import {
  buildPortfolioStatisticsTables,
  PORTFOLIO_STATISTICS_TABLES,
} from '@immd/reports/portfolio-statistics-tables'
import { CONTENT_TYPES } from '@immd/reports/render-export'
import { renderCsv, renderXlsx } from '@immd/reports/render-tables'
import type { AuthenticatedContext } from '../http/route-auth.js'
import { STATISTICS_ROUTE } from './download-paths.js'
import { createInProcessClient, DownloadAccessError } from './in-process-client.js'
import { type PortfolioStatisticsFilter, readPortfolioStatistics } from './read-statistics.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The filter of the query string, or the name of the parameter that is not valid. */
export function readStatisticsFilter(
  params: URLSearchParams,
): { filter: PortfolioStatisticsFilter } | { invalid: string } {
  const filter: PortfolioStatisticsFilter = {}
  const enumOf = (value: string) => value.toUpperCase().replaceAll('-', '_')
  const organizationId = params.get('organizationId')
  if (organizationId) filter.organizationId = organizationId
  const models = params.getAll('model').map(enumOf)
  if (models.length > 0) filter.organizationalModel = models
  const sizes = params.getAll('size').map(enumOf)
  if (sizes.length > 0) filter.sizeBand = sizes
  const countries = params.getAll('country')
  if (countries.some((c) => !/^[A-Za-z]{2}$/.test(c))) return { invalid: 'country' }
  if (countries.length > 0) filter.country = countries.map((c) => c.toUpperCase())
  const constituencies = params.getAll('constituency').filter((c) => c.trim() !== '')
  if (constituencies.length > 0) filter.constituency = constituencies
  for (const [name, key] of [
    ['from', 'createdFrom'],
    ['to', 'createdTo'],
  ] as const) {
    const value = params.get(name)
    if (value === null || value === '') continue
    if (!DATE.test(value) || Number.isNaN(Date.parse(value))) return { invalid: name }
    filter[key] = new Date(`${value}T00:00:00.000Z`).toISOString()
  }
  return { filter }
}

/** Answers a statistics download of an authenticated caller (the path matched the route). */
export async function handleStatisticsDownload(
  request: Request,
  context: AuthenticatedContext,
): Promise<Response> {
  const url = new URL(request.url)
  const match = STATISTICS_ROUTE.exec(url.pathname) as RegExpExecArray
  const format = match[1] as 'csv' | 'xlsx'
  const table = url.searchParams.get('table') ?? 'statistics'
  if (!(PORTFOLIO_STATISTICS_TABLES as readonly string[]).includes(table)) {
    return Response.json(
      { error: `table must be one of ${PORTFOLIO_STATISTICS_TABLES.join(', ')}` },
      { status: 400 },
    )
  }
  const read = readStatisticsFilter(url.searchParams)
  if ('invalid' in read) {
    return Response.json(
      {
        error: `${read.invalid} is not valid: ${read.invalid === 'country' ? 'a two-letter ISO country code' : 'a date as YYYY-MM-DD'} is expected.`,
      },
      { status: 400 },
    )
  }
  try {
    const stats = await readPortfolioStatistics(createInProcessClient(context), read.filter)
    const [figures, heatmap] = buildPortfolioStatisticsTables(stats, stats.heatmapRows)
    const data =
      format === 'xlsx'
        ? await renderXlsx([figures, heatmap], { title: 'IMMD portfolio statistics' })
        : Buffer.from(renderCsv(table === 'heatmap' ? heatmap : figures), 'utf8')
    const name = format === 'xlsx' ? 'portfolio-statistics' : `portfolio-${table}`
    return new Response(new Uint8Array(data), {
      status: 200,
      headers: {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${name}.${format}"`,
        'cache-control': 'private, no-store',
      },
    })
  } catch (error) {
    if (error instanceof DownloadAccessError) {
      return Response.json(
        { error: error.message },
        { status: error.code === 'FORBIDDEN' ? 403 : 401 },
      )
    }
    throw error
  }
}
