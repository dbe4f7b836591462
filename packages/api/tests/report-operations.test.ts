/**
 * The API's report operations (`operations/*.graphql`, which the SDK also generates from): each
 * becomes a standalone document, one operation plus exactly the fragments it spreads, valid
 * against the schema on its own (so it passes the cost and depth limits alone).
 */
import { Kind, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import {
  type ReportOperationName,
  reportOperation,
} from '../src/report-downloads/report-operations.js'
import { schema } from '../src/schema/index.js'

const NAMES: ReportOperationName[] = [
  'EngagementReport',
  'EngagementReportComparisons',
  'EngagementEvaluationsPage',
  'EngagementDataItemsPage',
  'EngagementImprovementsPage',
  'EngagementLessonsPage',
  'EngagementScopeListPage',
  'EngagementDocumentsPage',
  'EngagementChecklistPage',
  'PortfolioStatistics',
  'PortfolioHeatmapPage',
]

describe('the report operations', () => {
  it.each(NAMES)('%s is one valid operation with only the fragments it uses', (name) => {
    const document = parse(reportOperation(name))
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    expect(operations.map((o) => o.name?.value)).toEqual([name])
    // `NoUnusedFragments` and `KnownFragmentNames` are among the specified rules.
    expect(validate(schema, document)).toEqual([])
  })

  it('names an unknown operation in its error', () => {
    expect(() => reportOperation('Nope' as ReportOperationName)).toThrow(/Nope/)
  })
})
