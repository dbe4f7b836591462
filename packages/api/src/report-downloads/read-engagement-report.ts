/**
 * The complete engagement report, read with the API's own report operations
 * (`report-operations.ts`): the head query, the comparisons, and every worksheet connection
 * walked (in parallel) to its last page by `@immd/mcp/report-walk`, which the SDK's
 * `fetchEngagementReport` shares. The result is `@immd/reports`' declared input; the SDK's
 * `fetchEngagementReport` runs the same documents, and the CLI's typecheck proves its generated
 * type is assignable to that input (`packages/cli/src/report-input-check.ts`).
 *
 * @packageDocumentation
 */
import { type ReportPage, type ReportWorksheet, readReportParts } from '@immd/mcp/report-walk'
import type {
  EngagementReport,
  EngagementReportComparisons,
  EngagementReportCore,
} from '@immd/reports/report-input'
import type { OperationRunner } from './in-process-client.js'
import { type ReportOperationName, reportOperation } from './report-operations.js'

/** The page operation that reads each worksheet list of the report. */
const WORKSHEET_PAGES = {
  evaluations: 'EngagementEvaluationsPage',
  dataItems: 'EngagementDataItemsPage',
  improvements: 'EngagementImprovementsPage',
  lessons: 'EngagementLessonsPage',
  scopeList: 'EngagementScopeListPage',
  documents: 'EngagementDocumentsPage',
  preparationChecklist: 'EngagementChecklistPage',
} as const satisfies Record<ReportWorksheet, ReportOperationName>

/** Reads the report of one engagement (global id); `null` when it does not exist or is not yours. */
export async function readEngagementReport(
  run: OperationRunner,
  id: string,
): Promise<EngagementReport | null> {
  return readReportParts<
    Pick<EngagementReport, ReportWorksheet>,
    EngagementReportCore,
    EngagementReport['benchmark'],
    EngagementReport['comparison'],
    EngagementReport['previousEngagement']
  >({
    head: async () =>
      (
        await run.request<{ engagement: EngagementReportCore | null }>(
          reportOperation('EngagementReport'),
          { id },
        )
      ).engagement,
    comparisons: async () =>
      (
        await run.request<{ engagement: EngagementReportComparisons | null }>(
          reportOperation('EngagementReportComparisons'),
          { id },
        )
      ).engagement,
    page: async (worksheet, after) => {
      const data = await run.request<{
        engagement: Partial<Record<ReportWorksheet, ReportPage<unknown> | null>> | null
      }>(reportOperation(WORKSHEET_PAGES[worksheet]), { id, after })
      return data.engagement?.[worksheet] ?? null
    },
  })
}
