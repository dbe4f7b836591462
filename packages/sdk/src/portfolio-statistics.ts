/**
 * The portfolio statistics (issue #15) complete for an export: the aggregates of one
 * `PortfolioStatistics` query plus every row of the driver heatmap, walked page by page (the
 * heatmap is paginated; a page of 100 rows stays well within the query cost limit).
 *
 * @packageDocumentation
 */
import type { ImmdClient } from './client.js'
import {
  PortfolioHeatmapPageDocument,
  type PortfolioHeatmapPageQuery,
  PortfolioStatisticsDocument,
  type PortfolioStatisticsFilter,
  type PortfolioStatisticsQuery,
} from './generated/graphql.js'

/** One engagement's row of the heatmap. */
export type PortfolioHeatmapRow =
  PortfolioHeatmapPageQuery['portfolioStatistics']['heatmap']['rows'][number]

/** The statistics and the whole heatmap. */
export type PortfolioStatisticsExport = PortfolioStatisticsQuery['portfolioStatistics'] & {
  heatmapRows: PortfolioHeatmapRow[]
}

/** Reads the statistics for `filter` and walks the heatmap to its last page. */
export async function fetchPortfolioStatistics(
  client: Pick<ImmdClient, 'request'>,
  filter: PortfolioStatisticsFilter,
): Promise<PortfolioStatisticsExport> {
  const [{ portfolioStatistics }, heatmapRows] = await Promise.all([
    client.request(PortfolioStatisticsDocument, { filter }),
    readHeatmap(client, filter),
  ])
  return { ...portfolioStatistics, heatmapRows }
}

async function readHeatmap(
  client: Pick<ImmdClient, 'request'>,
  filter: PortfolioStatisticsFilter,
): Promise<PortfolioHeatmapRow[]> {
  const rows: PortfolioHeatmapRow[] = []
  let after: string | null = null
  for (;;) {
    const data: PortfolioHeatmapPageQuery = await client.request(PortfolioHeatmapPageDocument, {
      filter,
      after,
    })
    const page = data.portfolioStatistics.heatmap
    rows.push(...page.rows)
    if (!page.hasNextPage || !page.endCursor) return rows
    after = page.endCursor
  }
}
