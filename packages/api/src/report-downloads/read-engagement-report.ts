/**
 * The complete engagement report, read with the API's own report operations
 * (`report-operations.ts`): the head query, the comparisons, and every worksheet connection
 * walked (in parallel) to its last page. The result is `@immd/reports`' declared input; the SDK's
 * `fetchEngagementReport` runs the same documents, and the CLI's typecheck proves its generated
 * type is assignable to that input (`packages/cli/src/report-input-check.ts`).
 *
 * @packageDocumentation
 */
import type {
  EngagementReport,
  EngagementReportComparisons,
  EngagementReportCore,
} from '@immd/reports/report-input'
import type { OperationRunner } from './in-process-client.js'
import { type ReportOperationName, reportOperation } from './report-operations.js'

/** The worksheet lists of the report, each with the page operation that reads it. */
const WORKSHEET_PAGES = {
  evaluations: 'EngagementEvaluationsPage',
  dataItems: 'EngagementDataItemsPage',
  improvements: 'EngagementImprovementsPage',
  lessons: 'EngagementLessonsPage',
  scopeList: 'EngagementScopeListPage',
  documents: 'EngagementDocumentsPage',
  preparationChecklist: 'EngagementChecklistPage',
} as const satisfies Record<string, ReportOperationName>

type WorksheetKey = keyof typeof WORKSHEET_PAGES

/** One page of a worksheet connection, as the page operations select it. */
interface WorksheetPage<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  edges: { node: TNode }[]
}

/** Walks one worksheet connection of engagement `id` from its first page to its last. */
async function readWorksheet<TKey extends WorksheetKey>(
  run: OperationRunner,
  id: string,
  key: TKey,
): Promise<EngagementReport[TKey]> {
  const nodes: EngagementReport[TKey][number][] = []
  let after: string | null = null
  for (;;) {
    const data: {
      engagement: Record<TKey, WorksheetPage<EngagementReport[TKey][number]> | null> | null
    } = await run.request(reportOperation(WORKSHEET_PAGES[key]), { id, after })
    const page = data.engagement?.[key]
    if (!page) return nodes as EngagementReport[TKey]
    nodes.push(...page.edges.map((edge) => edge.node))
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) {
      return nodes as EngagementReport[TKey]
    }
    after = page.pageInfo.endCursor
  }
}

/** Reads the report of one engagement (global id); `null` when it does not exist or is not yours. */
export async function readEngagementReport(
  run: OperationRunner,
  id: string,
): Promise<EngagementReport | null> {
  const { engagement } = await run.request<{ engagement: EngagementReportCore | null }>(
    reportOperation('EngagementReport'),
    { id },
  )
  if (!engagement) return null
  const keys = Object.keys(WORKSHEET_PAGES) as WorksheetKey[]
  const [comparisons, ...lists] = await Promise.all([
    run.request<{ engagement: EngagementReportComparisons | null }>(
      reportOperation('EngagementReportComparisons'),
      { id },
    ),
    ...keys.map((key) => readWorksheet(run, id, key)),
  ])
  const worksheets = Object.fromEntries(keys.map((key, i) => [key, lists[i]])) as Pick<
    EngagementReport,
    WorksheetKey
  >
  return {
    ...engagement,
    benchmark: comparisons.engagement?.benchmark ?? null,
    comparison: comparisons.engagement?.comparison ?? null,
    previousEngagement: comparisons.engagement?.previousEngagement ?? null,
    ...worksheets,
  }
}
