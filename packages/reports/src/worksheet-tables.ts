/**
 * The worksheets of one engagement, and the portfolio, as plain tables (a name, column headers and
 * rows of cells): the one shape both the CSV and the XLSX exports write.
 *
 * @packageDocumentation
 */

import {
  buildBenchmarkTable,
  buildImprovementOutcomesTable,
  buildReassessmentTable,
} from './comparison-tables.js'
import type { Cell, ExportTable } from './export-table.js'
import type { EngagementListItem, EngagementReport } from './report-input.js'
import { formatDate, type ReportView, toVocabularyId } from './report-view.js'

export { type Cell, type ExportTable, WORKSHEET_IDS, type WorksheetId } from './export-table.js'

/** Every worksheet of one engagement, in {@link WORKSHEET_IDS} order. */
export function buildWorksheetTables(report: EngagementReport, view: ReportView): ExportTable[] {
  const w = view.t.worksheets
  const f = w.summary
  return [
    {
      id: 'summary',
      name: w.names.summary,
      columns: [...w.summaryHeader],
      rows: [
        [f.title, view.title],
        [f.organization, view.organization],
        [f.imc, view.imcId],
        [f.state, view.state],
        [f.methodVersion, view.methodVersion],
        [f.algorithm, view.algorithmLabel],
        [f.status, view.status],
        [f.statusReasons, view.statusReasons.join(' ')],
        [f.total, view.total],
        [f.band, view.band],
        [f.indicativeBand, view.indicativeBand],
        [f.cap, view.cap],
        [
          f.excluded,
          view.excluded
            .map((e) => f.excludedEntry(e.driverId, e.reason, e.decidedBy, e.origin))
            .join('; '),
        ],
        [f.thinEvidence, view.thinEvidence],
        [f.warnings, view.warnings.join(' | ')],
        [f.candidates, view.candidates.join(' | ')],
        [f.threshold, view.threshold],
        [f.differentialBands, view.differentialBands],
        [f.differentialPoints, view.differentialPoints],
        [f.derivation, view.derivation],
        [f.teams, view.teams.join('; ')],
        [f.generated, view.generatedAt],
        ...view.methodRules.map((rule): Cell[] => [
          f.aboutRule(rule.rule),
          `${rule.marker} ${rule.detail}`,
        ]),
      ],
    },
    {
      id: 'immd-worksheet',
      name: w.names.worksheet,
      // Appended columns (provenance, confidence) keep earlier positions where older readers expect them.
      columns: [...w.worksheetHeader],
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
      name: w.names.dataItems,
      columns: [...w.dataItemsHeader],
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
      name: w.names.scopeList,
      columns: [...w.scopeHeader],
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
      name: w.names.documents,
      columns: [...w.documentsHeader],
      rows: report.documents.map((document) => [
        document.position,
        document.title,
        document.kind,
        document.owner,
        formatDate(document.requestedAt),
        formatDate(document.receivedAt),
        formatDate(document.reviewedAt),
        describeFiles(document, view),
      ]),
    },
    {
      id: 'preparation-checklist',
      name: w.names.checklist,
      columns: [...w.checklistHeader],
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
      name: w.names.improvements,
      columns: [...w.improvementsHeader],
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
      name: w.names.lessons,
      columns: [...w.lessonsHeader],
      rows: view.lessons.map((l) => [l.category, l.text, l.author, l.date]),
    },
    {
      id: 'handout',
      name: w.names.handout,
      columns: [...w.handoutHeader],
      rows: [
        ...view.handout.drivers.flatMap((d): Cell[][] => [
          [d.id, w.question, d.question.text, d.question.marker],
          ...d.prompts.map((p): Cell[] => [d.id, w.consider, p.text, p.marker]),
        ]),
        ...view.handout.answers.map((a): Cell[] => [
          null,
          w.criteriaFor(a.label),
          a.criteria?.text ?? view.t.handout.noCriteria,
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
  EngagementListItem,
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
function describeFiles(document: EngagementReport['documents'][number], view: ReportView): string {
  const t = view.t.documents
  const files = (document.files?.edges ?? []).map((edge) => edge.node).filter((f) => !f.deletedAt)
  if (files.length === 0) return t.noFile
  return files
    .map(
      (f) =>
        `${f.fileName ?? t.hidden} v${f.version} sha256:${f.sha256 ?? t.hidden} ${t.bytes(view.fmt.number(f.sizeBytes))}`,
    )
    .join('; ')
}
