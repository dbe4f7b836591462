/**
 * How a complete engagement report is read over GraphQL, whoever runs the operations: the head
 * query, then (in parallel) the comparisons and every worksheet connection walked to its last
 * page. The SDK (`fetchEngagementReport`, typed documents over HTTP) and the API (`readEngagementReport`,
 * its own documents in process) both read reports with it, so the walk is written once; each
 * supplies how one page of one worksheet is read.
 *
 * @packageDocumentation
 */

/** The worksheet lists of a report, in the order they are read. */
export const REPORT_WORKSHEETS = [
  'evaluations',
  'dataItems',
  'improvements',
  'lessons',
  'scopeList',
  'documents',
  'preparationChecklist',
] as const

/** One worksheet list of a report. */
export type ReportWorksheet = (typeof REPORT_WORKSHEETS)[number]

/** One page of a connection, as the report's page operations select it. */
export interface ReportPage<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
  edges: { node: TNode }[]
}

/** What the comparisons query adds to a report (each null when there is none). */
export interface ReportComparisonParts<Benchmark, Comparison, Previous> {
  benchmark?: Benchmark | null
  comparison?: Comparison | null
  previousEngagement?: Previous | null
}

/** How {@link readReportParts} reads each part. */
export interface ReportReaders<Head, Benchmark, Comparison, Previous> {
  /** The report query's engagement; null when it does not exist or is not the caller's. */
  head: () => Promise<Head | null>
  /** The comparisons query's engagement (benchmark, comparison, previous engagement). */
  comparisons: () => Promise<ReportComparisonParts<Benchmark, Comparison, Previous> | null>
  /** One page of one worksheet after `after` (null: the first); null when the engagement is gone. */
  page: (worksheet: ReportWorksheet, after: string | null) => Promise<ReportPage<unknown> | null>
}

/** Reads every page of one connection, following `endCursor` until `hasNextPage` is false. */
export async function readAllPages<TNode>(
  readPage: (after: string | null) => Promise<ReportPage<TNode> | null>,
): Promise<TNode[]> {
  const nodes: TNode[] = []
  let after: string | null = null
  for (;;) {
    const page: ReportPage<TNode> | null = await readPage(after)
    if (!page) return nodes
    for (const edge of page.edges) nodes.push(edge.node)
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes
    after = page.pageInfo.endCursor
  }
}

/**
 * Reads a report: the head, then the comparisons and every worksheet list in parallel. `Lists`
 * names the type of each list; the caller's page operations select those nodes, so the lists
 * have that shape by construction. Null when the head is null.
 */
export async function readReportParts<
  Lists extends Record<ReportWorksheet, unknown[]>,
  Head extends object,
  Benchmark,
  Comparison,
  Previous,
>(
  readers: ReportReaders<Head, Benchmark, Comparison, Previous>,
): Promise<
  | (Head & {
      benchmark: Benchmark | null
      comparison: Comparison | null
      previousEngagement: Previous | null
    } & Lists)
  | null
> {
  const head = await readers.head()
  if (!head) return null
  const [comparisons, ...lists] = await Promise.all([
    readers.comparisons(),
    ...REPORT_WORKSHEETS.map((worksheet) =>
      readAllPages((after) => readers.page(worksheet, after)),
    ),
  ])
  const worksheets = Object.fromEntries(
    REPORT_WORKSHEETS.map((worksheet, i) => [worksheet, lists[i]]),
  ) as Lists
  return {
    ...head,
    benchmark: comparisons?.benchmark ?? null,
    comparison: comparisons?.comparison ?? null,
    previousEngagement: comparisons?.previousEngagement ?? null,
    ...worksheets,
  }
}
