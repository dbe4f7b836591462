/**
 * The portfolio statistics complete for an export, read with the API's own report operations
 * (`report-operations.ts`): the aggregates of one `PortfolioStatistics` query plus every row of
 * the driver heatmap, walked page by page (100 rows a page stays within the query cost limit).
 * The result is the input `@immd/reports`' statistics tables declare.
 *
 * @packageDocumentation
 */
import type {
  PortfolioHeatmapInput,
  PortfolioStatisticsInput,
} from '@immd/reports/portfolio-statistics-tables'
import type { OperationRunner } from './in-process-client.js'
import { reportOperation } from './report-operations.js'

/**
 * The schema's `PortfolioStatisticsFilter` input as the download fills it (enum values as the
 * query string gives them, upper-cased: the API validates them).
 */
export interface PortfolioStatisticsFilter {
  organizationId?: string
  organizationalModel?: string[]
  sizeBand?: string[]
  country?: string[]
  constituency?: string[]
  createdFrom?: string
  createdTo?: string
}

/** The statistics and the whole heatmap. */
export interface PortfolioStatisticsExport extends PortfolioStatisticsInput {
  heatmapRows: PortfolioHeatmapInput[]
}

/** One page of the heatmap, as `PortfolioHeatmapPage` selects it. */
interface HeatmapPage {
  portfolioStatistics: {
    heatmap: { endCursor: string | null; hasNextPage: boolean; rows: PortfolioHeatmapInput[] }
  }
}

/** Reads the statistics for `filter` and walks the heatmap to its last page. */
export async function readPortfolioStatistics(
  run: OperationRunner,
  filter: PortfolioStatisticsFilter,
): Promise<PortfolioStatisticsExport> {
  const [{ portfolioStatistics }, heatmapRows] = await Promise.all([
    run.request<{ portfolioStatistics: PortfolioStatisticsInput }>(
      reportOperation('PortfolioStatistics'),
      { filter },
    ),
    readHeatmap(run, filter),
  ])
  return { ...portfolioStatistics, heatmapRows }
}

async function readHeatmap(
  run: OperationRunner,
  filter: PortfolioStatisticsFilter,
): Promise<PortfolioHeatmapInput[]> {
  const rows: PortfolioHeatmapInput[] = []
  let after: string | null = null
  for (;;) {
    const data: HeatmapPage = await run.request(reportOperation('PortfolioHeatmapPage'), {
      filter,
      after,
    })
    const page = data.portfolioStatistics.heatmap
    rows.push(...page.rows)
    if (!page.hasNextPage || !page.endCursor) return rows
    after = page.endCursor
  }
}
