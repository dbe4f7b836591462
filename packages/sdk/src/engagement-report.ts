/**
 * The "engagement report": one typed object with everything the results deliverable (PAA1) and the
 * worksheet exports need. `fetchEngagementReport` runs the `EngagementReport` query, then walks
 * each worksheet connection (in parallel) to its last page, so the lists are complete.
 *
 * @packageDocumentation
 */
import { type ReportPage, type ReportWorksheet, readReportParts } from '@immd/mcp/report-walk'
import type { ImmdClient } from './client.js'
import {
  EngagementChecklistPageDocument,
  EngagementDataItemsPageDocument,
  EngagementDocumentsPageDocument,
  EngagementEvaluationsPageDocument,
  EngagementImprovementsPageDocument,
  EngagementLessonsPageDocument,
  EngagementReportComparisonsDocument,
  type EngagementReportComparisonsQuery,
  EngagementReportDocument,
  type EngagementReportQuery,
  EngagementScopeListPageDocument,
  type ReportChecklistItemFragment,
  type ReportDataItemFragment,
  type ReportDocumentFragment,
  type ReportEvaluationFragment,
  type ReportImprovementFragment,
  type ReportLessonFragment,
  type ReportScopeEntryFragment,
} from './generated/graphql.js'

type RawReport = NonNullable<EngagementReportQuery['engagement']>

type RawComparisons = NonNullable<EngagementReportComparisonsQuery['engagement']>

/** The cohort benchmark of the report (k-anonymous aggregates; withheld statistics say why). */
export type EngagementReportBenchmark = RawComparisons['benchmark']

/** The re-assessment comparison of the report; null for a first assessment. */
export type EngagementReportComparison = RawComparisons['comparison']

/** One engagement, complete: what `@immd/reports` renders as PDF, DOCX, CSV and XLSX. */
export type EngagementReport = RawReport & {
  /**
   * Where the engagement sits in its cohort (organization scope, organizational model), or
   * undefined when the report was built without it (older callers, fixtures).
   */
  benchmark?: EngagementReportBenchmark | null
  /** The comparison with the previous engagement: null for a first assessment. */
  comparison?: EngagementReportComparison | null
  /** The engagement this one re-assesses (title and end date for the comparison's heading). */
  previousEngagement?: RawComparisons['previousEngagement']
  evaluations: ReportEvaluationFragment[]
  dataItems: ReportDataItemFragment[]
  improvements: ReportImprovementFragment[]
  lessons: ReportLessonFragment[]
  scopeList: ReportScopeEntryFragment[]
  documents: ReportDocumentFragment[]
  preparationChecklist: ReportChecklistItemFragment[]
}

/** The result of the report query for one engagement. */
export type EngagementReportResult = EngagementReportQuery['engagement']

type PageClient = Pick<ImmdClient, 'request'>
type PageVariables = { id: string; after: string | null }
type PageReader = (
  client: PageClient,
  variables: PageVariables,
) => Promise<ReportPage<unknown> | null | undefined>

/** How the SDK reads one page of each worksheet list (the typed page documents). */
const WORKSHEET_PAGES: Record<ReportWorksheet, PageReader> = {
  evaluations: async (client, variables) =>
    (await client.request(EngagementEvaluationsPageDocument, variables)).engagement?.evaluations,
  dataItems: async (client, variables) =>
    (await client.request(EngagementDataItemsPageDocument, variables)).engagement?.dataItems,
  improvements: async (client, variables) =>
    (await client.request(EngagementImprovementsPageDocument, variables)).engagement?.improvements,
  lessons: async (client, variables) =>
    (await client.request(EngagementLessonsPageDocument, variables)).engagement?.lessons,
  scopeList: async (client, variables) =>
    (await client.request(EngagementScopeListPageDocument, variables)).engagement?.scopeList,
  documents: async (client, variables) =>
    (await client.request(EngagementDocumentsPageDocument, variables)).engagement?.documents,
  preparationChecklist: async (client, variables) =>
    (await client.request(EngagementChecklistPageDocument, variables)).engagement
      ?.preparationChecklist,
}

/**
 * Fetches the report of one engagement (global id); `null` when it does not exist or is not yours.
 * The walk (head, then comparisons and every worksheet to its last page, in parallel) is
 * `@immd/mcp/report-walk`'s, which the API's own report downloads share.
 */
export async function fetchEngagementReport(
  client: Pick<ImmdClient, 'request'>,
  id: string,
): Promise<EngagementReport | null> {
  return readReportParts<
    Pick<EngagementReport, ReportWorksheet>,
    RawReport,
    EngagementReportBenchmark,
    EngagementReportComparison,
    RawComparisons['previousEngagement']
  >({
    head: async () => (await client.request(EngagementReportDocument, { id })).engagement ?? null,
    comparisons: async () =>
      (await client.request(EngagementReportComparisonsDocument, { id })).engagement ?? null,
    page: async (worksheet, after) =>
      (await WORKSHEET_PAGES[worksheet](client, { id, after })) ?? null,
  })
}
