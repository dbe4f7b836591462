/**
 * The worksheets of one engagement, and the portfolio, as plain tables (a name, column headers and
 * rows of cells): the one shape both the CSV and the XLSX exports write.
 *
 * @packageDocumentation
 */
import type { EngagementReport } from '@immd/sdk/engagement-report'
import type { EngagementListItemFragment } from '@immd/sdk/generated/graphql'
import {
  buildBenchmarkTable,
  buildImprovementOutcomesTable,
  buildReassessmentTable,
} from './comparison-tables.js'
import { formatDate, type ReportView, toVocabularyId } from './report-view.js'

/** A cell: text, a number, or empty. */
export type Cell = string | number | boolean | null

/** One table of an export. */
export interface ExportTable {
  /** Sheet name (≤ 31 characters) and CSV file stem, e.g. `immd-worksheet`. */
  id: WorksheetId
  name: string
  columns: string[]
  rows: Cell[][]
}

/** The worksheets an engagement export can hold. */
export const WORKSHEET_IDS = [
  'summary',
  'immd-worksheet',
  'data-items',
  'scope-list',
  'document-checklist',
  'preparation-checklist',
  'improvements',
  'lessons',
  'handout',
  'reassessment',
  'improvement-outcomes',
  'benchmark',
] as const

export type WorksheetId =
  | (typeof WORKSHEET_IDS)[number]
  | 'portfolio'
  | 'portfolio-statistics'
  | 'portfolio-heatmap'

/** Every worksheet of one engagement, in {@link WORKSHEET_IDS} order. */
export function buildWorksheetTables(report: EngagementReport, view: ReportView): ExportTable[] {
  return [
    {
      id: 'summary',
      name: 'Summary',
      columns: ['Field', 'Value'],
      rows: [
        ['Title', view.title],
        ['Organization', view.organization],
        ['IMC', view.imcId],
        ['State', view.state],
        ['Method version', view.methodVersion],
        ['Algorithm', view.algorithmLabel],
        ['Status', view.status],
        ['Status reasons', view.statusReasons.join(' ')],
        ['Total value', view.total],
        ['Band (final only)', view.band],
        ['Indicative band (not final)', view.indicativeBand],
        ['Band cap', view.cap],
        [
          'Excluded drivers',
          view.excluded
            .map((e) => `${e.driverId}: ${e.reason} (by ${e.decidedBy}; ${e.origin})`)
            .join('; '),
        ],
        ['Thin evidence', view.thinEvidence],
        ['Warnings', view.warnings.join(' | ')],
        ['Next-step candidates (A6)', view.candidates.join(' | ')],
        ['Success threshold', view.threshold],
        ['Differential (bands)', view.differentialBands],
        ['Differential (points)', view.differentialPoints],
        ['Derivation', view.derivation],
        ['Teams', view.teams.join('; ')],
        ['Generated', view.generatedAt],
        ...view.methodRules.map((rule): Cell[] => [
          `About this method version: ${rule.rule}`,
          `${rule.marker} ${rule.detail}`,
        ]),
      ],
    },
    {
      id: 'immd-worksheet',
      name: 'IMMD Worksheet',
      columns: [
        'Driver',
        'Short name',
        'Question',
        'Answer',
        'Value',
        'Weight',
        'Contribution',
        'Rationale',
        'Success items (+)',
        'Failure items (-)',
        'Neutral items (0)',
        'Unknown items (?)',
        // Appended, so existing column positions stay where readers of older exports expect them.
        'Question provenance',
        'Value provenance',
        'Confidence',
      ],
      rows: view.drivers.map((d) => [
        d.id,
        d.shortName,
        d.question,
        d.answer,
        d.value,
        Number(d.weight.toFixed(4)),
        Number(d.contribution.toFixed(2)),
        d.rationale,
        d.tally.success,
        d.tally.failure,
        d.tally.neutral,
        d.tally.unknown,
        d.questionMarker,
        d.valueMarker,
        d.confidence,
      ]),
    },
    {
      id: 'data-items',
      name: 'Data items',
      columns: ['Effect', 'Text', 'Source', 'Drivers', 'Created'],
      rows: report.dataItems.map((item) => [
        item.effectCode,
        item.text,
        item.sourceKind,
        item.drivers.join('; '),
        formatDate(item.createdAt),
      ]),
    },
    {
      id: 'scope-list',
      name: 'Scope List',
      columns: ['Position', 'Kind', 'Pseudonym', 'Unit', 'Role', 'Functions', 'Interviewed'],
      rows: report.scopeList.map((entry) => [
        entry.position,
        toVocabularyId(entry.kind),
        entry.pseudonym,
        entry.unit,
        entry.role,
        entry.functions.map(toVocabularyId).join('; '),
        entry.interviewed,
      ]),
    },
    {
      id: 'document-checklist',
      name: 'Document Checklist',
      columns: [
        'Position',
        'Title',
        'Kind',
        'Owner',
        'Requested',
        'Received',
        'Reviewed',
        'Files (name, version, SHA-256, size)',
      ],
      rows: report.documents.map((document) => [
        document.position,
        document.title,
        document.kind,
        document.owner,
        formatDate(document.requestedAt),
        formatDate(document.receivedAt),
        formatDate(document.reviewedAt),
        describeFiles(document),
      ]),
    },
    {
      id: 'preparation-checklist',
      name: 'Preparation Checklist',
      columns: ['Position', 'Activity', 'Item', 'Owner', 'Due', 'Done', 'Done at'],
      rows: report.preparationChecklist.map((item) => [
        item.position,
        item.activityId,
        item.text,
        item.owner?.name ?? null,
        formatDate(item.dueDate),
        item.done,
        formatDate(item.doneAt),
      ]),
    },
    {
      id: 'improvements',
      name: 'Improvements',
      columns: ['Driver', 'Improvement', 'Priority', 'Status', 'Owner', 'Due', 'Expected answer'],
      rows: view.improvements.map((i) => [
        i.driverId,
        i.proposal,
        i.priority,
        i.status,
        i.owner,
        i.dueDate,
        i.expectedAnswer,
      ]),
    },
    {
      id: 'lessons',
      name: 'Lessons learned',
      columns: ['Category', 'Lesson', 'Author', 'Date'],
      rows: view.lessons.map((l) => [l.category, l.text, l.author, l.date]),
    },
    {
      id: 'handout',
      name: 'Interview handout',
      columns: ['Driver', 'Item', 'Text', 'Provenance'],
      rows: [
        ...view.handout.drivers.flatMap((d): Cell[][] => [
          [d.id, 'Question', d.question.text, d.question.marker],
          ...d.prompts.map((p): Cell[] => [d.id, 'Consider', p.text, p.marker]),
        ]),
        ...view.handout.answers.map((a): Cell[] => [
          null,
          `Answer criteria: ${a.label}`,
          a.criteria?.text ?? 'No criteria recorded.',
          a.criteria?.marker ?? null,
        ]),
      ],
    },
    buildReassessmentTable(view),
    buildImprovementOutcomesTable(view),
    buildBenchmarkTable(view),
  ]
}

/**
 * What the portfolio table reads of an engagement: a page row of the connection
 * (`EngagementListItem`) or a row of the streamed export (`@immd/sdk/portfolio-export`).
 */
export type PortfolioTableEngagement = Pick<
  EngagementListItemFragment,
  | 'id'
  | 'title'
  | 'imcId'
  | 'state'
  | 'methodVersion'
  | 'latestTotal'
  | 'latestBand'
  | 'successThreshold'
  | 'plannedStart'
  | 'plannedEnd'
  | 'updatedAt'
> & { organization: { slug: string }; team: { shortName: string } | null }

/** The portfolio: one row per engagement. */
export function buildPortfolioTable(engagements: readonly PortfolioTableEngagement[]): ExportTable {
  return {
    id: 'portfolio',
    name: 'Portfolio',
    columns: [
      'Title',
      'Organization',
      'IMC',
      'Team',
      'State',
      'Method version',
      'Total value',
      'Band',
      'Success threshold',
      'Planned start',
      'Planned end',
      'Updated',
      'Id',
    ],
    rows: engagements.map((e) => [
      e.title,
      e.organization.slug,
      e.imcId,
      e.team?.shortName ?? null,
      e.state.toLowerCase().replaceAll('_', '-'),
      e.methodVersion,
      e.latestTotal,
      e.latestBand?.toLowerCase() ?? null,
      e.successThreshold?.toLowerCase() ?? null,
      formatDate(e.plannedStart),
      formatDate(e.plannedEnd),
      e.updatedAt,
      e.id,
    ]),
  }
}

/** The live files of a document in one cell; name and hash read `hidden (TLP)` when the API hid them. */
function describeFiles(document: EngagementReport['documents'][number]): string {
  const files = (document.files?.edges ?? []).map((edge) => edge.node).filter((f) => !f.deletedAt)
  if (files.length === 0) return 'no file attached'
  return files
    .map(
      (f) =>
        `${f.fileName ?? 'hidden (TLP)'} v${f.version} sha256:${f.sha256 ?? 'hidden (TLP)'} ${f.sizeBytes} bytes`,
    )
    .join('; ')
}
