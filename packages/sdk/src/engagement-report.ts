/**
 * The "engagement report": one typed object with everything the results deliverable (PAA1) and the
 * worksheet exports need. `fetchEngagementReport` runs the `EngagementReport` query, then walks
 * each worksheet connection (in parallel) to its last page, so the lists are complete.
 *
 * @packageDocumentation
 */
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
import { type ConnectionPage, collect, paginate } from './paginate.js'

const EMPTY_PAGE = { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] }

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

/** Fetches the report of one engagement (global id); `null` when it does not exist or is not yours. */
export async function fetchEngagementReport(
  client: Pick<ImmdClient, 'request'>,
  id: string,
): Promise<EngagementReport | null> {
  const { engagement } = await client.request(EngagementReportDocument, { id })
  if (!engagement) return null
  /** Walks one worksheet connection from its first page. */
  const list = <TNode>(
    page: (after: string | null) => Promise<ConnectionPage<TNode> | null | undefined>,
  ) => collect(paginate(async (after) => (await page(after)) ?? EMPTY_PAGE))
  const [
    comparisons,
    evaluations,
    dataItems,
    improvements,
    lessons,
    scopeList,
    documents,
    checklist,
  ] = await Promise.all([
    client.request(EngagementReportComparisonsDocument, { id }),
    list(
      async (after) =>
        (await client.request(EngagementEvaluationsPageDocument, { id, after })).engagement
          ?.evaluations,
    ),
    list(
      async (after) =>
        (await client.request(EngagementDataItemsPageDocument, { id, after })).engagement
          ?.dataItems,
    ),
    list(
      async (after) =>
        (await client.request(EngagementImprovementsPageDocument, { id, after })).engagement
          ?.improvements,
    ),
    list(
      async (after) =>
        (await client.request(EngagementLessonsPageDocument, { id, after })).engagement?.lessons,
    ),
    list(
      async (after) =>
        (await client.request(EngagementScopeListPageDocument, { id, after })).engagement
          ?.scopeList,
    ),
    list(
      async (after) =>
        (await client.request(EngagementDocumentsPageDocument, { id, after })).engagement
          ?.documents,
    ),
    list(
      async (after) =>
        (await client.request(EngagementChecklistPageDocument, { id, after })).engagement
          ?.preparationChecklist,
    ),
  ])
  return {
    ...engagement,
    benchmark: comparisons.engagement?.benchmark ?? null,
    comparison: comparisons.engagement?.comparison ?? null,
    previousEngagement: comparisons.engagement?.previousEngagement ?? null,
    evaluations,
    dataItems,
    improvements,
    lessons,
    scopeList,
    documents,
    preparationChecklist: checklist,
  }
}
