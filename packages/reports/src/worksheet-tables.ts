/**
 * The worksheets of one engagement, and the portfolio, as plain tables (a name, column headers and
 * rows of cells): the one shape both the CSV and the XLSX exports write.
 *
 * The stored worksheets' tables (data items, Scope List, Document Checklist, Preparation
 * Checklist, improvements, lessons) take their id, their columns and the columns' order from
 * the worksheet's declaration (`@immd/core/worksheets`, `report`); what is written here is only
 * each column's cell, keyed so that a declared column without one fails the build. The summary,
 * the IMMD Worksheet's driver rows, the handout and the comparisons are computed views, not
 * stored worksheets, so they are written out by hand.
 *
 * @packageDocumentation
 */

import type { ReportColumnKey } from '@immd/core/worksheets'
import {
  buildBenchmarkTable,
  buildImprovementOutcomesTable,
  buildReassessmentTable,
} from './comparison-tables.js'
import {
  type DeclaredTable,
  listDeclaredTables,
  type ReportedWorksheet,
} from './declared-tables.js'
import type { Cell, ExportTable } from './export-table.js'
import type { EngagementListItem, EngagementReport } from './report-input.js'
import { formatDate, type ReportView, toVocabularyId } from './report-view.js'

export { type Cell, type ExportTable, WORKSHEET_IDS, type WorksheetId } from './export-table.js'

/** Every worksheet of one engagement, in {@link WORKSHEET_IDS} order. */
export function buildWorksheetTables(report: EngagementReport, view: ReportView): ExportTable[] {
  const w = view.t.worksheets
  const f = w.summary
  const declared = listDeclaredTables(view.t)
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
    buildDeclaredTable(declared.dataItems, report.dataItems, {
      effect: (item) => item.effectCode,
      text: (item) => item.text,
      source: (item) => item.sourceKind,
      drivers: (item) => item.drivers.join('; '),
      created: (item) => formatDate(item.createdAt),
    }),
    buildDeclaredTable(declared.scopeList, report.scopeList, {
      position: (entry) => entry.position,
      kind: (entry) => toVocabularyId(entry.kind),
      pseudonym: (entry) => entry.pseudonym,
      unit: (entry) => entry.unit,
      role: (entry) => entry.role,
      functions: (entry) => entry.functions.map(toVocabularyId).join('; '),
      interviewed: (entry) => entry.interviewed,
    }),
    buildDeclaredTable(declared.documents, report.documents, {
      position: (document) => document.position,
      title: (document) => document.title,
      kind: (document) => document.kind,
      owner: (document) => document.owner,
      requested: (document) => formatDate(document.requestedAt),
      received: (document) => formatDate(document.receivedAt),
      reviewed: (document) => formatDate(document.reviewedAt),
      files: (document) => describeFiles(document, view),
    }),
    buildDeclaredTable(declared.checklist, report.preparationChecklist, {
      position: (item) => item.position,
      activity: (item) => item.activityId,
      item: (item) => item.text,
      owner: (item) => item.owner?.name ?? null,
      due: (item) => formatDate(item.dueDate),
      done: (item) => item.done,
      doneAt: (item) => formatDate(item.doneAt),
    }),
    buildDeclaredTable(declared.improvements, view.improvements, {
      driver: (i) => i.driverId,
      improvement: (i) => i.proposal,
      priority: (i) => i.priority,
      status: (i) => i.status,
      owner: (i) => i.owner,
      due: (i) => i.dueDate,
      expectedAnswer: (i) => i.expectedAnswer,
    }),
    buildDeclaredTable(declared.lessons, view.lessons, {
      category: (l) => l.category,
      lesson: (l) => l.text,
      author: (l) => l.author,
      date: (l) => l.date,
    }),
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
  | 'latestScoredDrivers'
  | 'latestMethodDrivers'
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
      'Scored drivers',
      'Method drivers',
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
      e.latestScoredDrivers,
      e.latestMethodDrivers,
      e.successThreshold?.toLowerCase() ?? null,
      formatDate(e.plannedStart),
      formatDate(e.plannedEnd),
      e.updatedAt,
      e.id,
    ]),
  }
}

/**
 * The table of a declared worksheet: its id and columns in declared order, each column's header
 * and its cells from `cells`, keyed by the declared column.
 */
function buildDeclaredTable<W extends ReportedWorksheet, Row>(
  { worksheet, name, headers }: DeclaredTable<W>,
  rows: readonly Row[],
  cells: { readonly [K in ReportColumnKey<W>]: (row: Row) => Cell },
): ExportTable {
  const keys = Object.keys(worksheet.report.columns) as ReportColumnKey<W>[]
  const cellOf = keys.map((key) => cells[key])
  return {
    id: worksheet.report.table,
    name,
    columns: keys.map((key) => headers[key]),
    rows: rows.map((row) => cellOf.map((cell) => cell(row))),
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
