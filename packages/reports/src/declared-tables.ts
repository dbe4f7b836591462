/**
 * The stored worksheets that have a table in the CSV and XLSX exports, each with its declaration
 * (`@immd/core/worksheets`: id, columns, their order and the method field each fills) and its
 * translated name and headers. The table builder (`worksheet-tables.ts`) and the provenance of
 * the worksheet columns ("About this method version", `report-provenance.ts`) both read this
 * list, so a table and the statement of where its columns come from cannot drift apart.
 *
 * @packageDocumentation
 */
import {
  checklistItems,
  dataItems,
  documents,
  improvements,
  lessonsLearned,
  type ReportColumnKey,
  type ReportTableSpec,
  scopeEntries,
} from '@immd/core/worksheets'
import type { WorksheetId } from './export-table.js'
import type { ReportMessages } from './i18n/report-messages-en.js'

/** A declared worksheet with a report table. */
export interface ReportedWorksheet {
  methodWorksheets: readonly string[]
  report: ReportTableSpec<string, WorksheetId>
}

/** A declared worksheet's table as one locale prints it. */
export interface DeclaredTable<W extends ReportedWorksheet> {
  worksheet: W
  /** Sheet name. */
  name: string
  /** Header of each declared column. */
  headers: Readonly<Record<ReportColumnKey<W>, string>>
}

/** Pairs a declaration with its name and headers (keeps each entry's own column keys). */
function table<W extends ReportedWorksheet>(
  worksheet: W,
  name: string,
  headers: Readonly<Record<ReportColumnKey<W>, string>>,
): DeclaredTable<W> {
  return { worksheet, name, headers }
}

/** The declared tables in one locale, in the export's order. */
export function listDeclaredTables(t: ReportMessages) {
  const w = t.worksheets
  return {
    dataItems: table(dataItems, w.names.dataItems, w.dataItemsColumns),
    scopeList: table(scopeEntries, w.names.scopeList, w.scopeColumns),
    documents: table(documents, w.names.documents, w.documentsColumns),
    checklist: table(checklistItems, w.names.checklist, w.checklistColumns),
    improvements: table(improvements, w.names.improvements, w.improvementsColumns),
    lessons: table(lessonsLearned, w.names.lessons, w.lessonsColumns),
  } as const
}
