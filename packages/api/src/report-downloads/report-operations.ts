/**
 * The report operations the API owns (`packages/api/operations/*.graphql`): the engagement report
 * with its worksheet pages and comparisons, and the portfolio statistics with their heatmap pages.
 * The download routes and the MCP endpoint run them in process; the SDK generates its typed
 * documents from the same files, so the text has one home and no generated client is needed here.
 * Each operation becomes a standalone document holding only the fragments it spreads, so every
 * request stays within the query cost and depth limits on its own.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs'
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql'

/** `operations/` from `src/report-downloads/` and from `dist/report-downloads/` alike. */
const OPERATIONS_DIR = new URL('../../operations/', import.meta.url)

/** The names of the operations in `operations/*.graphql`. */
export type ReportOperationName =
  | 'EngagementReport'
  | 'EngagementReportComparisons'
  | 'EngagementEvaluationsPage'
  | 'EngagementDataItemsPage'
  | 'EngagementImprovementsPage'
  | 'EngagementLessonsPage'
  | 'EngagementScopeListPage'
  | 'EngagementDocumentsPage'
  | 'EngagementChecklistPage'
  | 'PortfolioStatistics'
  | 'PortfolioHeatmapPage'

/** An operation's text, standalone: the operation and the fragments it spreads (transitively). */
function standalone(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): string {
  const used = new Map<string, FragmentDefinitionNode>()
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value)
        if (!fragment || used.has(fragment.name.value)) return
        used.set(fragment.name.value, fragment)
        collect(fragment)
      },
    })
  collect(operation)
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] })
}

/** Reads the operation files: each named operation's standalone text. */
function loadOperations(files: readonly string[]): ReadonlyMap<string, string> {
  const documents: DocumentNode[] = files.map((file) =>
    parse(readFileSync(new URL(file, OPERATIONS_DIR), 'utf8')),
  )
  const definitions = documents.flatMap((document) => document.definitions)
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )
  return new Map(
    definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => [operation.name?.value ?? '', standalone(operation, fragments)]),
  )
}

/** Every report operation's text, read once when the module loads (never changed after). */
const OPERATIONS = loadOperations(['engagement-report.graphql', 'portfolio-statistics.graphql'])

/** The standalone text of one report operation. */
export function reportOperation(name: ReportOperationName): string {
  const text = OPERATIONS.get(name)
  if (text === undefined) throw new Error(`operations/*.graphql has no operation ${name}.`)
  return text
}
